// IAM107 MISSING_EFFECT: every statement needs `Effect`.

import { anchorOf } from '../../iam/policy';
import { getPropertyCI } from '../../parse/tree';
import { flavorOf, insertPropertyFirst } from '../fixes';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM107',
  name: 'require-effect',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Every statement needs an `Effect` (`Allow` or `Deny`).',
    why: 'IAM rejects a statement without Effect (Access Analyzer: MISSING_EFFECT). There is no default: the author must say whether the statement allows or denies.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Action": "s3:GetObject", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}\n' }],
    fixSafety: 'Adding `"Effect": "Allow"` or `"Effect": "Deny"` decides what the statement does, so both are suggestions.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html'],
  },
  messages: {
    missing: 'The statement has no Effect; add "Effect": "Allow" or "Effect": "Deny".',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      if (s.effect !== undefined || getPropertyCI(s.node, 'Effect') !== undefined) continue;
      const flavor = flavorOf(ctx.doc, ctx.unit);
      ctx.report({
        range: anchorOf(s.node),
        messageId: 'missing',
        fixes: ['Allow', 'Deny'].map((e) => ({ title: `Add "Effect": "${e}"`, safety: 'suggestion' as const, edits: [insertPropertyFirst(ctx.doc, s.node, 'Effect', e, flavor)] })),
      });
    }
  },
});
