// IAM415 MISSING_PAIRED_CONDITION_KEYS: `aws:VpcSourceIp` alone matches the address in any VPC.

import { conditionEntries } from '../../iam/conditions';
import { keyIn } from '../../iam/knowledge';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM415',
  name: 'require-paired-condition-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: 'Pair `aws:VpcSourceIp` with `aws:SourceVpc` or `aws:SourceVpce`.',
    why: 'Private address ranges repeat across VPCs (every account can use 10.0.0.0/16), so `aws:VpcSourceIp` alone also matches requests from other people\'s VPCs (Access Analyzer: MISSING_PAIRED_CONDITION_KEYS).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "IpAddress": { "aws:VpcSourceIp": "10.0.0.0/16" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "IpAddress": { "aws:VpcSourceIp": "10.0.0.0/16" }, "StringEquals": { "aws:SourceVpc": "vpc-1a2b3c4d" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-vpcsourceip'],
  },
  messages: {
    unpaired: "'{{key}}' also matches the same addresses in other VPCs; add aws:SourceVpc or aws:SourceVpce to this statement.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      const entries = conditionEntries(s);
      if (entries.some((e) => keyIn(['aws:SourceVpc', 'aws:SourceVpce', 'aws:SourceVpcArn'], e.key))) continue;
      for (const e of entries) if (keyIn(['aws:VpcSourceIp'], e.key) && e.operator?.base.family !== 'Null') ctx.report({ node: e.keyProp.key, messageId: 'unpaired', data: { key: e.key } });
    }
  },
});
