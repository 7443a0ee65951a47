// SEC403 RESOURCE_POLICY_WILDCARD_ACTION: `*` or `service:*` allowed in an S3 bucket or SQS queue policy.

import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { isUniversal } from '../../iam/patterns';
import { isServiceWide } from '../shared/sec';
import { resourcePolicyService } from '../shared/trust';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC403',
  name: 'no-resource-policy-wildcard-action',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'An S3 bucket or SQS queue policy allows `*` or `s3:*`/`sqs:*` to its principals.',
    why: 'A wildcard in a resource policy hands the principal every action on the resource, including rewriting the policy itself (`s3:PutBucketPolicy`, `sqs:SetQueueAttributes`), deleting it, or changing its encryption. Grant the actions the principal uses. The Guard rules S3_BUCKET_POLICY_NO_WILDCARD_ACTION and SQS_QUEUEPOLICY_NO_WILDCARD_ACTION check the same.',
    invalid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "sqs:*", "Resource": "arn:aws:sqs:us-east-1:444455556666:orders" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": ["sqs:SendMessage", "sqs:GetQueueUrl"], "Resource": "arn:aws:sqs:us-east-1:444455556666:orders" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html'],
  },
  messages: {
    wildcard: "'{{entry}}' grants every action on this {{what}}, including rewriting its policy; name the actions the principal uses.",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const statements = statementModels(policy);
    const service = resourcePolicyService(ctx.unit.context.policyResource, statements);
    if (service !== 's3' && service !== 'sqs') return;
    for (const s of statements) {
      if (s.effect !== 'Allow' || s.actions === undefined || s.actions.negated) continue;
      for (const i of s.actions.items) {
        if (isUniversal(i.pattern) || (isServiceWide(i.pattern) && i.pattern.startsWith(`${service}:`))) ctx.report({ node: i.node, messageId: 'wildcard', data: { entry: i.text, what: service === 's3' ? 'bucket' : 'queue' } });
      }
    }
  },
});
