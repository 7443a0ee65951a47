// IAM127 TYPE_MISMATCH_IP_RANGE: an IpAddress/NotIpAddress value is not an IP address or CIDR block.

import { parseCidr } from '../../evaluator/ip';
import { isDocPlaceholder, literalValuesOf } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM127',
  name: 'valid-ip-value',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`IpAddress` and `NotIpAddress` take IPv4 or IPv6 addresses and CIDR blocks.',
    why: 'IAM rejects a value that is not an address or CIDR block (`10.0.0.0/33`, `10.0.0.*`, a host name) in an IP condition (Access Analyzer: TYPE_MISMATCH_IP_RANGE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "NotIpAddress": { "aws:SourceIp": "203.0.113.*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "NotIpAddress": { "aws:SourceIp": ["203.0.113.0/24", "2001:DB8:1234:5678::/64"] } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress'],
  },
  messages: {
    notIp: "'{{value}}' is not an IP address or CIDR block.",
  },
  check(ctx) {
    for (const v of literalValuesOf(ctx, 'IpAddress')) {
      if (parseCidr(v.text) !== undefined || isDocPlaceholder(v.text)) continue;
      ctx.report({ node: v.node, messageId: 'notIp', data: { value: v.text } });
    }
  },
});
