// IAM802 UNRECOGNISED_SIMULATION_PRINCIPAL: the request's principal is not a principal the evaluator knows.

import { getProperty, isObject } from '../../parse/tree';
import { classifyPrincipal } from '../../evaluator/principal';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM802',
  name: 'valid-simulation-principal',
  appliesTo: ['simulation-request'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'The principal of a simulation request should be a user, role session, federated user, root, service principal or `*`.',
    why: 'The evaluator decides from the kind of principal (an IAM role session is limited by its session policy, a federated user without one has no permissions, a service principal only gets what resource-based policies grant). A principal of no known shape is evaluated as an unknown IAM identity, which is rarely what was meant: IAM group ARNs and IAM policy ARNs, for example, are never principals.',
    invalid: [{ format: 'json', code: '{\n  "policies": { "identity": [] },\n  "request": { "principal": "arn:aws:iam::111122223333:group/admins", "action": "s3:GetObject", "resource": "*" }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "policies": { "identity": [] },\n  "request": { "principal": "arn:aws:sts::111122223333:assumed-role/admin/alice", "action": "s3:GetObject", "resource": "*" }\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html'],
  },
  messages: {
    unknown: 'The principal {{principal}} is not a user, role, role session, federated user, account root, service principal or "*".',
  },
  check(ctx) {
    const root = ctx.unit.root;
    if (!isObject(root)) return;
    const request = getProperty(root, 'request')?.value;
    const principal = getProperty(request, 'principal')?.value;
    if (principal?.type !== 'string' || principal.value === '') return;
    if (classifyPrincipal(principal.value).kind === 'unknown') ctx.report({ node: principal, messageId: 'unknown', data: { principal: JSON.stringify(principal.value) } });
  },
});
