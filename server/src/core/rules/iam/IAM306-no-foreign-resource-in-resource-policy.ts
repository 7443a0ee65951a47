// IAM306 UNSUPPORTED_RESOURCE_ARN_IN_POLICY: a resource policy's Resource ARNs belong to its own service.

import { RESOURCE_POLICY_NAMES, RESOURCE_POLICY_SERVICES, S3_POLICIES } from '../../iam/knowledge';
import { hasWildcard } from '../../iam/wildcard';
import { literalStrings, statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM306',
  name: 'no-foreign-resource-in-resource-policy',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: "A resource policy's `Resource` ARNs must be of its own service (a bucket policy names S3 ARNs).",
    why: 'A KMS key ARN in a bucket policy, or a queue ARN in a topic policy, is rejected (Access Analyzer: UNSUPPORTED_RESOURCE_ARN_IN_POLICY): the policy is attached to one resource and governs only it (and, for buckets, its objects). An error for bucket and access point policies, which Access Analyzer validates; a warning for other services.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: amzn-s3-demo-bucket\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: "arn:aws:iam::111122223333:root" }\n            Action: s3:GetObject\n            Resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: amzn-s3-demo-bucket\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: "arn:aws:iam::111122223333:root" }\n            Action: s3:GetObject\n            Resource: arn:aws:s3:::amzn-s3-demo-bucket/*\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
  },
  messages: {
    foreign: "'{{arn}}' is a {{service}} ARN; a {{policy}} can only name {{expected}} resources.",
  },
  check(ctx) {
    const resource = ctx.unit.context.policyResource;
    const services = resource !== undefined ? RESOURCE_POLICY_SERVICES[resource] : undefined;
    if (services === undefined) return;
    for (const s of statementsOf(ctx)) {
      for (const r of [...literalStrings(ctx, s.resource), ...literalStrings(ctx, s.notResource)]) {
        const parts = r.value.split(':');
        if (parts.length < 6 || parts[0] !== 'arn') continue;
        const service = parts[2];
        if (service === '' || hasWildcard(service) || service.indexOf('${') !== -1 || services.includes(service)) continue;
        ctx.report({ node: r, messageId: 'foreign', data: { arn: r.value, service, policy: RESOURCE_POLICY_NAMES[resource!] ?? 'resource policy', expected: services.join('/') }, severity: S3_POLICIES.has(resource!) ? undefined : 'warning' });
      }
    }
  },
});
