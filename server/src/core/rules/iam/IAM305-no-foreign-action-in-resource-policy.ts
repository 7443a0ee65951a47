// IAM305 UNSUPPORTED_ACTION_IN_POLICY: a resource policy can only grant actions on its own resource's
// service, and a trust policy only the actions that assume the role.

import { RESOURCE_POLICY_NAMES, RESOURCE_POLICY_SERVICES, S3_POLICIES, TRUST_POLICY_ACTIONS, isTrustAction } from '../../iam/knowledge';
import { wildcardMatch } from '../../iam/wildcard';
import { literalStrings, statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM305',
  name: 'no-foreign-action-in-resource-policy',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource', 'trust'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: "Resource policies grant only their own service's actions; trust policies only `sts:AssumeRole*`, `sts:TagSession`, `sts:SetSourceIdentity` and `sts:SetContext`.",
    why: 'A bucket policy that lists `kms:Decrypt`, or a trust policy that lists `s3:GetObject`, is rejected (Access Analyzer: UNSUPPORTED_ACTION_IN_POLICY): the policy is attached to one resource and can only govern actions on it. Permissions for other services belong in an identity policy. Access Analyzer checks this for trust, bucket and access point policies (an error here); for other services\' policies it is a warning, as their acceptance of foreign actions is not documented.',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": ["sts:AssumeRole", "s3:GetObject"] }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": ["sts:AssumeRole", "sts:TagSession"] }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
  },
  messages: {
    trust: "'{{action}}' cannot be allowed in a trust policy; use {{allowed}}.",
    resource: "'{{action}}' is not an action of the {{service}} service, so a {{policy}} cannot grant it.",
  },
  check(ctx) {
    const trust = ctx.unit.policyType === 'trust';
    const resource = ctx.unit.context.policyResource;
    const services = resource !== undefined ? RESOURCE_POLICY_SERVICES[resource] : undefined;
    if (!trust && services === undefined) return;
    for (const s of statementsOf(ctx)) {
      for (const a of [...literalStrings(ctx, s.action), ...literalStrings(ctx, s.notAction)]) {
        const action = a.value;
        if (action === '*' || action.indexOf('${') !== -1) continue;
        const colon = action.indexOf(':');
        if (colon < 0) continue; // Not an action at all: other rules.
        if (trust) {
          if (!isTrustAction(action)) ctx.report({ node: a, messageId: 'trust', data: { action, allowed: TRUST_POLICY_ACTIONS.join(', ') } });
          continue;
        }
        const service = action.slice(0, colon).toLowerCase();
        if (services!.some((sv) => wildcardMatch(service, sv))) continue;
        ctx.report({ node: a, messageId: 'resource', data: { action, service: services!.join('/'), policy: RESOURCE_POLICY_NAMES[resource!] ?? 'resource policy' }, severity: S3_POLICIES.has(resource!) ? undefined : 'warning' });
      }
    }
  },
});
