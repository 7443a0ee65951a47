// SEC404 RESOURCE_POLICY_ALLOW_NOT_ACTION: Allow with NotAction in an S3, SQS or SNS resource policy.

import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { resourcePolicyService } from '../shared/trust';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC404',
  name: 'no-resource-policy-allow-not-action',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'An S3 bucket, SQS queue or SNS topic policy uses `Allow` with `NotAction`.',
    why: 'NotAction in an Allow grants every action not listed, including policy rewrites and actions the service adds later. In a resource policy that applies to outside principals too. List the actions to allow. The Guard rules S3_BUCKET_POLICY_NO_ALLOW_PLUS_NOT_ACTION, SQS_QUEUEPOLICY_NO_ALLOW_PLUS_NOT_ACTION and SNS_TOPICPOLICY_NO_ALLOW_PLUS_NOT_ACTION check the same.',
    invalid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "NotAction": "sns:DeleteTopic", "Resource": "arn:aws:sns:us-east-1:444455556666:events" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": ["sns:Publish", "sns:Subscribe"], "Resource": "arn:aws:sns:us-east-1:444455556666:events" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html'],
  },
  messages: {
    notAction: 'Allow with NotAction in this {{what}} policy grants every other action, including rewriting the policy; list the actions to allow.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const statements = statementModels(policy);
    const service = resourcePolicyService(ctx.unit.context.policyResource, statements);
    const what = service === 's3' ? 'bucket' : service === 'sqs' ? 'queue' : service === 'sns' ? 'topic' : undefined;
    if (what === undefined) return;
    for (const s of statements) {
      if (s.effect === 'Allow' && s.actions?.negated) ctx.report({ node: s.actions.prop.key, messageId: 'notAction', data: { what } });
    }
  },
});
