// IAM108 INVALID_EFFECT: Effect is exactly "Allow" or "Deny" (case-sensitive).

import { policyView } from '../../iam/policy';
import { flavorOf, replaceStringContent } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM108',
  name: 'valid-effect',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`Effect` must be exactly `Allow` or `Deny`.',
    why: 'IAM matches Effect case-sensitively: `allow`, `ALLOW` or `Permit` make the whole policy invalid (Access Analyzer: INVALID_EFFECT).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "allow", "Action": "s3:ListAllMyBuckets", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*" }]\n}\n' }],
    fixSafety: 'Fixing the capitalisation of Allow/Deny is safe: it is what the author wrote, and AWS rejects the policy otherwise.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html'],
  },
  messages: {
    invalid: "Effect '{{value}}' is not valid; use \"Allow\" or \"Deny\".",
    wrongCase: "Effect '{{value}}' must be written \"{{fixed}}\" (case-sensitive).",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const s of policy.statements) {
      const v = s.effect?.value;
      if (v === undefined || ctx.isPlaceholder(v) || v.type === 'object') continue;
      if (v.type === 'string' && (v.value === 'Allow' || v.value === 'Deny')) continue;
      const text = v.type === 'string' ? v.value : String((v as { value?: unknown }).value ?? '');
      const lower = text.trim().toLowerCase();
      const fixed = lower === 'allow' ? 'Allow' : lower === 'deny' ? 'Deny' : undefined;
      if (fixed !== undefined) {
        ctx.report({
          node: v,
          messageId: 'wrongCase',
          data: { value: text, fixed },
          fixes: [{ title: `Change to "${fixed}"`, safety: 'safe', preferred: true, edits: [replaceStringContent(v, fixed, flavorOf(ctx.doc, ctx.unit))] }],
        });
      } else {
        ctx.report({
          node: v,
          messageId: 'invalid',
          data: { value: text },
          fixes: ['Allow', 'Deny'].map((e) => ({ title: `Change to "${e}"`, safety: 'suggestion' as const, edits: [replaceStringContent(v, e, flavorOf(ctx.doc, ctx.unit))] })),
        });
      }
    }
  },
});
