// IAM307 IRRELEVANT_CONDITION_KEY_IN_POLICY: keys about the resource owner's account or organization
// are constant in that resource's own policy.

import { conditionEntries } from '../../iam/conditions';
import { RESOURCE_OWNER_KEYS, keyIn } from '../../iam/knowledge';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM307',
  name: 'no-irrelevant-condition-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource'],
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Resource-owner keys (`aws:ResourceAccount`, `aws:ResourceOrgID`, ...) decide nothing in a resource-based policy.',
    why: "In a bucket, queue or key policy the resource is the policy's own resource, so `aws:ResourceAccount` is always the owner's account: the condition is constant (Access Analyzer: IRRELEVANT_CONDITION_KEY_IN_POLICY). It was probably meant as `aws:PrincipalAccount` or `aws:SourceAccount`.",
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*", "Condition": { "StringEquals": { "aws:ResourceAccount": "111122223333" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*", "Condition": { "StringEquals": { "aws:PrincipalAccount": "111122223333" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-resourceaccount'],
  },
  messages: {
    irrelevant: "'{{key}}' is the resource owner's value in its own resource policy, so this condition is constant; did you mean a principal or source key?",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      for (const e of conditionEntries(s)) if (keyIn(RESOURCE_OWNER_KEYS, e.key)) ctx.report({ node: e.keyProp.key, messageId: 'irrelevant', data: { key: e.key } });
    }
  },
});
