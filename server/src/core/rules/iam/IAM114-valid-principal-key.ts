// IAM114 INVALID_PRINCIPAL_KEY: the keys of a Principal object are AWS, Service, Federated, CanonicalUser.

import { isIntrinsic, isIntrinsicKey } from '../../iam/conditions';
import { PRINCIPAL_KEYS } from '../../iam/principals';
import { closest } from '../../iam/suggest';
import { flavorOf, replaceStringContent } from '../fixes';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM114',
  name: 'valid-principal-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Principal keys are `AWS`, `Service`, `Federated` and `CanonicalUser` (case-sensitive).',
    why: 'IAM rejects any other key in a Principal object, including `aws` or `Services` (Access Analyzer: INVALID_PRINCIPAL_KEY).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Services": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }]\n}\n', kind: 'iam-trust-policy' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }]\n}\n', kind: 'iam-trust-policy' }],
    fixSafety: 'Renaming to the near principal key is offered as preferred when only the case differs; otherwise it is a suggestion.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html'],
  },
  messages: {
    invalid: "'{{key}}' is not a principal key; use AWS, Service, Federated or CanonicalUser.",
    invalidDidYouMean: "'{{key}}' is not a principal key; did you mean '{{suggestion}}'?",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      for (const prop of [s.principal, s.notPrincipal]) {
        const v = prop?.value;
        if (v?.type !== 'object' || isIntrinsic(v)) continue;
        for (const p of v.properties) {
          const key = p.key.value;
          if ((PRINCIPAL_KEYS as readonly string[]).includes(key) || isIntrinsicKey(key)) continue;
          const near = closest(key, PRINCIPAL_KEYS, 1);
          if (near.length === 0) {
            ctx.report({ node: p.key, messageId: 'invalid', data: { key } });
            continue;
          }
          const caseOnly = near[0].toLowerCase() === key.toLowerCase();
          ctx.report({
            node: p.key,
            messageId: 'invalidDidYouMean',
            data: { key, suggestion: near[0] },
            fixes: [{ title: `Rename to '${near[0]}'`, safety: caseOnly ? 'safe' : 'suggestion', preferred: caseOnly, edits: [replaceStringContent(p.key, near[0], flavorOf(ctx.doc, ctx.unit))] }],
          });
        }
      }
    }
  },
});
