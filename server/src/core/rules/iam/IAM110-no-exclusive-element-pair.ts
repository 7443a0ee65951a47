// IAM110 UNSUPPORTED_ELEMENT_COMBINATION: Action with NotAction, Resource with NotResource, Principal
// with NotPrincipal in one statement.

import { policyView, StatementView } from '../../iam/policy';
import type { PropertyNode } from '../../parse/tree';
import { defineRule } from '../types';

const PAIRS: [keyof StatementView, keyof StatementView, string, string][] = [
  ['action', 'notAction', 'Action', 'NotAction'],
  ['resource', 'notResource', 'Resource', 'NotResource'],
  ['principal', 'notPrincipal', 'Principal', 'NotPrincipal'],
];

export default defineRule({
  id: 'IAM110',
  name: 'no-exclusive-element-pair',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A statement cannot have both `Action` and `NotAction`, `Resource` and `NotResource`, or `Principal` and `NotPrincipal`.',
    why: 'Each pair is mutually exclusive: IAM rejects a statement that has both (Access Analyzer: UNSUPPORTED_ELEMENT_COMBINATION). Usually one of them was meant as a Condition or a separate Deny statement.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:*", "NotAction": "s3:DeleteBucket", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "s3:*", "Resource": "*" },\n    { "Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*" }\n  ]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html'],
  },
  messages: {
    both: "A statement cannot have both {{first}} and {{second}}.",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const s of policy.statements) {
      for (const [a, b, first, second] of PAIRS) {
        const pa = s[a] as PropertyNode | undefined;
        const pb = s[b] as PropertyNode | undefined;
        if (pa === undefined || pb === undefined) continue;
        const later = pb.offset > pa.offset ? pb : pa;
        const earlier = later === pb ? pa : pb;
        ctx.report({
          node: later.key,
          messageId: 'both',
          data: { first, second },
          related: [{ message: `${earlier.key.value} is here`, offset: earlier.key.offset, length: earlier.key.length }],
        });
      }
    }
  },
});
