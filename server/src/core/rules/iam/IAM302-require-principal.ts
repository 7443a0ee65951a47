// IAM302 MISSING_PRINCIPAL: statements of resource-based, trust and resource control policies name
// who they apply to.

import { anchorOf } from '../../iam/policy';
import { getPropertyCI } from '../../parse/tree';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM302',
  name: 'require-principal',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource', 'trust', 'rcp'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Statements of resource-based, trust and resource control policies need a `Principal` (or `NotPrincipal`).',
    why: 'A resource policy says who may act on the resource; without a Principal the service rejects it (Access Analyzer: MISSING_PRINCIPAL). In an RCP the Principal is always `"*"`.',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sts:AssumeRole" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html'],
  },
  messages: {
    missing: 'The statement has no Principal; a {{type}} must say who it applies to.',
  },
  check(ctx) {
    const type = ctx.unit.policyType === 'trust' ? 'trust policy' : ctx.unit.policyType === 'rcp' ? 'resource control policy' : 'resource-based policy';
    for (const s of statementsOf(ctx)) {
      if (s.principal !== undefined || s.notPrincipal !== undefined) continue;
      if (getPropertyCI(s.node, 'Principal') !== undefined || getPropertyCI(s.node, 'NotPrincipal') !== undefined) continue;
      ctx.report({ range: anchorOf(s.node), messageId: 'missing', data: { type } });
    }
  },
});
