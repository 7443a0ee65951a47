// IAM122 WILDCARD_WITHOUT_LIKE_OPERATOR: `*` or `?` in a value of StringEquals and friends, which
// compare literally.

import { flavorOf, replaceStringContent } from '../fixes';
import { entriesOf, entryValues } from '../shared/condition-values';
import { defineRule, Fix } from '../types';

export default defineRule({
  id: 'IAM122',
  name: 'no-wildcard-without-like',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`*` and `?` are wildcards only with `StringLike`/`StringNotLike` (and the ARN operators).',
    why: '`StringEquals` compares literally: `"s3:prefix": "home/*"` matches only the prefix made of the characters `home/*`, so the condition almost never holds (Access Analyzer: WILDCARD_WITHOUT_LIKE_OPERATOR). Use `StringLike`, or `${*}` if a literal `*` is meant.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket", "Condition": { "StringEquals": { "s3:prefix": "home/*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket", "Condition": { "StringLike": { "s3:prefix": "home/*" } } }]\n}\n' }],
    fixSafety: 'Switching to the Like operator changes how every value of the block is compared, so it is a suggestion.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String'],
  },
  messages: {
    wildcard: "'{{value}}' contains a wildcard, but {{operator}} compares literally; use {{like}}.",
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const e of entriesOf(ctx, 'String')) {
      const op = e.operator!;
      if (op.base.wildcards) continue;
      const like = op.canonical.replace(/String(Not)?Equals(IgnoreCase)?/, (_m, not: string | undefined) => `String${not ?? ''}Like`);
      for (const v of entryValues(ctx, e)) {
        const bare = v.text.replace(/\$\{[^}]*\}/g, '');
        if (bare.indexOf('*') === -1 && bare.indexOf('?') === -1) continue;
        const fixes: Fix[] = [{ title: `Change the operator to '${like}'`, safety: 'suggestion', edits: [replaceStringContent(e.block.key, like, flavor)] }];
        ctx.report({ node: v.node, messageId: 'wildcard', data: { value: v.text, operator: op.canonical, like }, fixes });
      }
    }
  },
});
