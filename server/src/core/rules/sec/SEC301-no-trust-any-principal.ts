// SEC301 ASSUMABLE_BY_ANY_PRINCIPAL: a trust policy lets every AWS principal assume the role, with no
// condition (or Deny) that narrows who. The literal `"Principal": "*"` form is IAM311's (AWS rejects it).

import { Reasoner } from '../../iam/coverage';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { openToEveryone } from '../shared/trust';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC301',
  name: 'no-trust-any-principal',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'A trust policy with `"Principal": {"AWS": "*"}` and no condition lets any AWS account assume the role.',
    why: 'Anyone with AWS credentials, in any account, can then call `sts:AssumeRole` on the role and act with its permissions. Name the accounts or roles that may assume it, or narrow the statement with `aws:PrincipalOrgID`, `aws:PrincipalArn` or `sts:ExternalId`. (`"Principal": "*"` itself is rejected by IAM in a trust policy: IAM311.) cloudsplaining rates it critical (AssumableByAnyPrincipal).',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "sts:AssumeRole" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "sts:AssumeRole" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html', 'https://cloudsplaining.readthedocs.io/en/latest/glossary/assumable-by-any-principal/'],
  },
  messages: {
    anyone: 'Any AWS principal, in any account, can assume this role: name the principals, or narrow it with a condition such as aws:PrincipalOrgID.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const statements = statementModels(policy);
    for (const open of openToEveryone(new Reasoner(ctx.services.catalog), statements)) {
      if (open.narrowed !== undefined) continue;
      for (const e of open.entries) if (e.type === 'AWS') ctx.report({ node: e.node, messageId: 'anyone' });
    }
  },
});
