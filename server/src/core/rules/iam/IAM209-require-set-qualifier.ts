// IAM209 MISSING_QUALIFIER: a multivalued key compared without ForAnyValue/ForAllValues.

import { catalogOf } from '../shared/catalog';
import { entriesOf } from '../shared/condition-values';
import { flavorOf, replaceStringContent } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM209',
  name: 'require-set-qualifier',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Multivalued keys (`aws:TagKeys`, `aws:CalledVia`, ...) need `ForAnyValue:` or `ForAllValues:`.',
    why: 'A multivalued key holds a set; without a set qualifier the operator compares the set as a whole, with results that differ from what the values suggest (Access Analyzer: MISSING_QUALIFIER). Say whether any request value or all of them must match. A warning: some service keys are typed as multivalued while AWS\'s own examples and managed policies compare them without a qualifier.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "ec2:CreateTags", "Resource": "*", "Condition": { "StringEquals": { "aws:TagKeys": ["owner", "team"] } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "ec2:CreateTags", "Resource": "*", "Condition": { "ForAnyValue:StringEquals": { "aws:TagKeys": ["owner", "team"] }, "Null": { "aws:TagKeys": "false" } } }]\n}\n' }],
    fixSafety: 'Adding a qualifier decides how sets are compared: `ForAnyValue:` and `ForAllValues:` are offered as suggestions.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html'],
  },
  messages: {
    missing: "'{{key}}' is multivalued; use ForAnyValue:{{operator}} or ForAllValues:{{operator}}.",
  },
  check(ctx) {
    const catalog = catalogOf(ctx);
    if (catalog === undefined) return;
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const e of entriesOf(ctx)) {
      const op = e.operator;
      if (op === undefined || op.qualifier !== undefined || op.base.family === 'Null') continue;
      if (catalog.conditionKey(e.key)?.multivalued !== true) continue;
      ctx.report({
        node: e.keyProp.key,
        messageId: 'missing',
        data: { key: e.key, operator: op.canonical },
        fixes: ['ForAnyValue', 'ForAllValues'].map((q) => ({ title: `Change the operator to '${q}:${op.canonical}'`, safety: 'suggestion' as const, edits: [replaceStringContent(e.block.key, `${q}:${op.canonical}`, flavor)] })),
      });
    }
  },
});
