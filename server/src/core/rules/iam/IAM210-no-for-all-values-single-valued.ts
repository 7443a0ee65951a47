// IAM210 FORALLVALUES_WITH_SINGLE_VALUED_KEY: `ForAllValues:` on a single-valued key also matches
// requests without the key.

import { catalogOf } from '../shared/catalog';
import { entriesOf } from '../shared/condition-values';
import { flavorOf, replaceStringContent } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM210',
  name: 'no-for-all-values-single-valued',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: "Don't use `ForAllValues:` with single-valued keys.",
    why: '`ForAllValues:` is true when the request has no value for the key, so on a single-valued key such as `aws:SourceVpc` an Allow also applies to requests that do not carry the key at all (Access Analyzer: FORALLVALUES_WITH_SINGLE_VALUED_KEY; parliament: SINGLE_VALUE_CONDITION_TOO_PERMISSIVE). Drop the qualifier.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "ForAllValues:StringEquals": { "aws:SourceVpc": "vpc-1a2b3c4d" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringEquals": { "aws:SourceVpc": "vpc-1a2b3c4d" }, "ForAllValues:StringEquals": { "aws:TagKeys": "team" } } }]\n}\n' }],
    fixSafety: 'Dropping the qualifier makes the condition false when the key is absent, which narrows an Allow; it is a suggestion.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html'],
  },
  messages: {
    singleValued: "'{{key}}' is single-valued; ForAllValues also matches requests without it. Use {{fixed}}.",
  },
  check(ctx) {
    const catalog = catalogOf(ctx);
    if (catalog === undefined) return;
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const e of entriesOf(ctx)) {
      const op = e.operator;
      if (op?.qualifier !== 'ForAllValues') continue;
      const info = catalog.conditionKey(e.key);
      if (info === undefined || info.multivalued) continue;
      const fixed = op.canonical.replace(/^ForAllValues:/, '');
      ctx.report({ node: e.keyProp.key, messageId: 'singleValued', data: { key: e.key, fixed }, fixes: [{ title: `Change the operator to '${fixed}'`, safety: 'suggestion', edits: [replaceStringContent(e.block.key, fixed, flavor)] }] });
    }
  },
});
