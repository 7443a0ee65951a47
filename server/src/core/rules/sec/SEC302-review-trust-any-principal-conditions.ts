// SEC302 ASSUMABLE_BY_ANY_PRINCIPAL_WITH_CONDITIONS: a trust policy open to every AWS principal, narrowed
// only by conditions: they deserve a review.

import { Reasoner } from '../../iam/coverage';
import { statementModels, statementRelated } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { openToEveryone } from '../shared/trust';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC302',
  name: 'review-trust-any-principal-conditions',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'A trust policy open to every AWS principal and narrowed only by a condition: make sure the condition really restricts who can assume the role.',
    why: 'With `{"AWS": "*"}` the condition is the only thing between the role and every AWS account. `aws:PrincipalOrgID` is a strong restriction; `sts:ExternalId` alone, a wildcard in `aws:PrincipalArn`, or a condition that a caller can set is not. cloudsplaining reports it as AssumableByAnyPrincipalWithConditions.',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "sts:AssumeRole", "Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "sts:AssumeRole", "Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }]\n}\n' }],
    references: ['https://cloudsplaining.readthedocs.io/en/latest/glossary/assumable-by-any-principal-with-conditions/', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid'],
  },
  messages: {
    review: 'Any AWS principal can assume this role when {{key}} matches: check that this condition restricts it to the intended principals.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const statements = statementModels(policy);
    for (const open of openToEveryone(new Reasoner(ctx.services.catalog), statements)) {
      const by = open.narrowed;
      if (by === undefined) continue;
      for (const e of open.entries) if (e.type === 'AWS') ctx.report({ node: e.node, messageId: 'review', data: { key: by.key }, related: by.deny ? [statementRelated(by.deny, `Deny statement ${by.deny.label} narrows it`)] : undefined });
    }
  },
});
