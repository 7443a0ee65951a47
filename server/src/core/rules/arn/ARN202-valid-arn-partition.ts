// ARN202 INVALID_PARTITION: the partition field of an ARN names no AWS partition.

import { PARTITIONS, isDocPlaceholder, isOpenField } from '../../iam/arn';
import { fieldRange, resourceEntries, statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { defineRule } from '../types';

export default defineRule({
  id: 'ARN202',
  name: 'valid-arn-partition',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'The partition field of an ARN is an AWS partition: `aws`, `aws-cn`, `aws-us-gov`, `aws-iso`, `aws-iso-b`, `aws-iso-e`, `aws-iso-f` or `aws-eusc`.',
    why: 'The partition is the group of Regions an ARN lives in; any other value (a Region, `amazon`, a typo) matches no resource. Templates should use `${AWS::Partition}` so the same policy works in every partition. Access Analyzer reports it as INVALID_PARTITION.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:amazon:s3:::example-bucket/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-bucket/*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html'],
  },
  messages: {
    invalid: "'{{partition}}' is not an AWS partition (aws, aws-cn, aws-us-gov, …).",
    placeholder: "'{{partition}}' looks like a placeholder from an example: replace it with the partition (aws).",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const e of resourceEntries(statementModels(policy))) {
      if (e.fields.length < 6 || e.fields[0].text !== 'arn') continue;
      const partition = e.fields[1].text;
      if (isOpenField(partition) || PARTITIONS.includes(partition)) continue;
      if (isDocPlaceholder(partition, 'partition')) ctx.report({ range: fieldRange(e, 1), messageId: 'placeholder', data: { partition }, severity: 'info' });
      else ctx.report({ range: fieldRange(e, 1), messageId: 'invalid', data: { partition } });
    }
  },
});
