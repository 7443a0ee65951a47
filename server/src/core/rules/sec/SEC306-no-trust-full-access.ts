// SEC306 TRUST_POLICY_FULL_ACCESS: a trust policy allows every action (`*`, `sts:*`) or uses NotAction.

import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { isUniversal } from '../../iam/patterns';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC306',
  name: 'no-trust-full-access',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'A trust policy names the `sts` actions it allows (`sts:AssumeRole`, `sts:TagSession`, …), not `*`, `sts:*` or a NotAction.',
    why: 'A trust policy decides who may assume the role and how (plain, with SAML, with a web identity, with session tags, with a source identity). `sts:*` or `*` allows every way, including session tagging that can change what the role\'s ABAC conditions grant; `Allow` with `NotAction` allows everything not listed. The CloudFormation Guard rules IAM_ROLE_NO_FULL_ACCESS_ON_TRUST_POLICY and IAM_ROLE_NO_ALLOW_PLUS_NOT_ACTION_ON_TRUST_POLICY check the same.',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "sts:*" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": ["sts:AssumeRole", "sts:TagSession"] }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-trust-policy'],
  },
  messages: {
    fullAccess: "'{{entry}}' allows every way of assuming this role; name the sts actions (sts:AssumeRole, sts:TagSession, …).",
    notAction: 'Allow with NotAction in a trust policy allows every action not listed; name the sts actions instead.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const s of statementModels(policy)) {
      if (s.effect !== 'Allow' || s.actions === undefined) continue;
      if (s.actions.negated) {
        ctx.report({ node: s.actions.prop.key, messageId: 'notAction' });
        continue;
      }
      for (const i of s.actions.items) {
        if (isUniversal(i.pattern) || i.pattern === 'sts:*') ctx.report({ node: i.node, messageId: 'fullAccess', data: { entry: i.text } });
      }
    }
  },
});
