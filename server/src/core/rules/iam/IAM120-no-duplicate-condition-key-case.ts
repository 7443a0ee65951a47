// IAM120 DUPLICATE_KEYS_WITH_DIFFERENT_CASE: one operator block names the same key twice, differently
// capitalised. Keys are case-insensitive, so the two entries collide.

import { conditionBlocks, isIntrinsicKey } from '../../iam/conditions';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM120',
  name: 'no-duplicate-condition-key-case',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An operator block must not name the same condition key twice with different capitalisation.',
    why: 'Condition key names are case-insensitive, so `aws:SourceVpc` and `aws:sourcevpc` in one block are the same key written twice; IAM rejects the policy (Access Analyzer: DUPLICATE_KEYS_WITH_DIFFERENT_CASE). Put both values in one list instead.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEquals": { "aws:SourceVpc": "vpc-11111111", "aws:sourcevpc": "vpc-22222222" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEquals": { "aws:SourceVpc": ["vpc-11111111", "vpc-22222222"] } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html'],
  },
  messages: {
    duplicate: "'{{key}}' repeats '{{first}}' in this block (condition keys are case-insensitive); merge their values into one list.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      for (const { keys } of conditionBlocks(s)) {
        if (keys === undefined) continue;
        const seen = new Map<string, { text: string; offset: number; length: number }>();
        for (const p of keys.properties) {
          if (isIntrinsicKey(p.key.value)) continue;
          const lower = p.key.value.toLowerCase();
          const first = seen.get(lower);
          if (first === undefined) {
            seen.set(lower, { text: p.key.value, offset: p.key.offset, length: p.key.length });
            continue;
          }
          if (first.text === p.key.value) continue; // Same spelling: IAM138 (duplicate key).
          ctx.report({ node: p.key, messageId: 'duplicate', data: { key: p.key.value, first: first.text }, related: [{ message: `'${first.text}' is here`, offset: first.offset, length: first.length }] });
        }
      }
    }
  },
});
