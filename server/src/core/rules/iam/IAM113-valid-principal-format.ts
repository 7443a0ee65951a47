// IAM113 INVALID_PRINCIPAL_FORMAT: Principal/NotPrincipal is `"*"` or an object of principal keys.

import { isIntrinsic } from '../../iam/conditions';
import { flavorOf, replaceNode, valueText } from '../fixes';
import { statementsOf } from '../shared/iam';
import { defineRule, Fix } from '../types';

export default defineRule({
  id: 'IAM113',
  name: 'valid-principal-format',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`Principal` must be `"*"` or an object such as `{"AWS": ...}` or `{"Service": ...}`.',
    why: 'A bare ARN, account ID or list as the Principal value is rejected (Access Analyzer: INVALID_PRINCIPAL_FORMAT): IAM needs to know whether the value names an AWS account or role, a service, a federated provider or a canonical user.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": "arn:aws:iam::111122223333:root", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }]\n}\n' }],
    fixSafety: 'Wrapping an ARN or account ID in `{"AWS": ...}` (or a service name in `{"Service": ...}`) keeps what the author wrote and is what IAM expects, so it is safe.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html'],
  },
  messages: {
    invalid: '{{element}} must be "*" or an object such as {"AWS": ...}, {"Service": ...}, {"Federated": ...} or {"CanonicalUser": ...}.',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      for (const prop of [s.principal, s.notPrincipal]) {
        const v = prop?.value;
        if (prop === undefined || v === undefined || isIntrinsic(v) || ctx.isPlaceholder(v)) continue;
        if (v.type === 'object' || (v.type === 'string' && v.value === '*')) continue;
        if (v.type === 'array' && v.items.length === 0) continue; // IAM603.
        const fixes: Fix[] = [];
        const strings = v.type === 'string' ? [v.value] : v.type === 'array' && v.items.every((i) => i.type === 'string') ? v.items.map((i) => (i as { value: string }).value) : undefined;
        if (strings !== undefined && strings.length > 0) {
          const key = strings.every((x) => /\.amazonaws\.com(\.cn)?$/.test(x)) ? 'Service' : strings.every((x) => /^(\d{12}|arn:[^:]+:(iam|sts)::)/.test(x)) ? 'AWS' : undefined;
          if (key !== undefined) {
            const flavor = flavorOf(ctx.doc, ctx.unit);
            fixes.push({ title: `Wrap in {"${key}": ...}`, safety: 'safe', preferred: true, edits: [replaceNode(v, valueText({ [key]: strings.length === 1 ? strings[0] : strings }, flavor))] });
          }
        }
        ctx.report({ node: v, messageId: 'invalid', data: { element: prop.key.value }, fixes });
      }
    }
  },
});
