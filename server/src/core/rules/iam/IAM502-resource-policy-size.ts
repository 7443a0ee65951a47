// IAM502 POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA: resource policies over their service's quota.

import { checkQuota, Quota } from '../shared/size';
import { defineRule } from '../types';

/** Per-service quotas; SQS queue policies are SQS107's. */
const QUOTAS: Readonly<Record<string, Quota>> = {
  'AWS::S3::Bucket': { limit: 20480, unit: 'bytes', what: 'S3 bucket policy' },
  'AWS::S3::AccessPoint': { limit: 20480, unit: 'bytes', what: 'S3 access point policy' },
  'AWS::SNS::Topic': { limit: 30720, unit: 'bytes', what: 'SNS topic policy' },
  'AWS::KMS::Key': { limit: 32768, unit: 'bytes', what: 'KMS key policy' },
  'AWS::SecretsManager::Secret': { limit: 20480, unit: 'characters', what: 'Secrets Manager resource policy' },
  'AWS::ECR::Repository': { limit: 10240, unit: 'characters', what: 'ECR repository policy' },
  'AWS::Logs::ResourcePolicy': { limit: 5120, unit: 'characters', what: 'CloudWatch Logs resource policy' },
};

export default defineRule({
  id: 'IAM502',
  name: 'resource-policy-size',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource'],
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Resource policies must fit their service\'s quota (S3 20 KB, SNS 30 KB, KMS 32 KB, Secrets Manager 20,480 characters, ECR 10,240, CloudWatch Logs 5,120).',
    why: 'The service rejects a policy over its quota when it is set (Access Analyzer: POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA). Merge statements with the same principal and action, or use wildcards. The S3 figure is AWS\'s documented 20 KB (to verify against the S3 quotas page).',
    invalid: [{ format: 'yaml', code: `Resources:\n  LogsPolicy:\n    Type: AWS::Logs::ResourcePolicy\n    Properties:\n      PolicyName: delivery\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: delivery.logs.amazonaws.com }\n            Action: logs:PutLogEvents\n            Resource:\n${Array.from({ length: 70 }, (_, i) => `              - arn:aws:logs:us-east-1:111122223333:log-group:/aws/vendedlogs/application-${String(i).padStart(2, '0')}:*`).join('\n')}\n` }],
    valid: [{ format: 'yaml', code: 'Resources:\n  LogsPolicy:\n    Type: AWS::Logs::ResourcePolicy\n    Properties:\n      PolicyName: delivery\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: delivery.logs.amazonaws.com }\n            Action: logs:PutLogEvents\n            Resource: arn:aws:logs:us-east-1:111122223333:log-group:/aws/vendedlogs/*\n' }],
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html', 'https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_limits.html'],
  },
  messages: {
    tooLarge: 'This policy is {{size}} {{unit}} without whitespace; the {{what}} quota is {{limit}}.',
  },
  check(ctx) {
    const r = ctx.unit.context.policyResource;
    if (r !== undefined) checkQuota(ctx, QUOTAS[r]);
  },
});
