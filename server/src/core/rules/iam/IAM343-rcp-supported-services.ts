// IAM343 RCP_SYNTAX_ERROR_ACTION: RCP actions must belong to services that support RCPs.

import { hasWildcard, wildcardMatch } from '../../iam/wildcard';
import { catalogOf } from '../shared/catalog';
import { literalStrings, statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM343',
  name: 'rcp-supported-services',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['rcp'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Resource control policies can only name actions of services that support RCPs (S3, STS, KMS, SQS, Secrets Manager, ...).',
    why: 'AWS Organizations rejects an RCP whose actions belong to a service RCPs do not apply to, such as `ec2:*` (Access Analyzer: RCP_SYNTAX_ERROR_ACTION). The list of supported services comes from the catalog.',
    invalid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": ["s3:*", "ec2:*"], "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": ["s3:*", "sts:AssumeRole", "kms:*"], "Resource": "*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services'],
  },
  messages: {
    unsupported: "'{{service}}' does not support resource control policies; an RCP can only name actions of {{supported}}.",
  },
  check(ctx) {
    const catalog = catalogOf(ctx);
    if (catalog === undefined) return;
    const supported = catalog.services().filter((s) => s.rcpSupported).map((s) => s.prefix);
    if (supported.length === 0) return;
    for (const s of statementsOf(ctx)) {
      for (const a of literalStrings(ctx, s.action)) {
        const colon = a.value.indexOf(':');
        if (a.value === '*' || colon <= 0) continue;
        const service = a.value.slice(0, colon).toLowerCase();
        const ok = hasWildcard(service) ? supported.some((p) => wildcardMatch(service, p.toLowerCase())) : supported.some((p) => p.toLowerCase() === service);
        if (ok || (!hasWildcard(service) && catalog.service(service) === undefined)) continue;
        ctx.report({ node: a, messageId: 'unsupported', data: { service: a.value.slice(0, colon), supported: supported.join(', ') } });
      }
    }
  },
});
