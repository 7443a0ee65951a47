// CFN113 S3_NOTIFICATION_TARGET_ACCESS: the queue or topic an S3 bucket notifies must let `s3.amazonaws.com` send or publish.

import { addDeliveryFix, deliveryVerdict, policiesRelated } from '../../cfn/delivery';
import { resourceAnchor, wiring } from '../../cfn/resources';
import { defineRule } from '../types';

export default defineRule({
  id: 'CFN113',
  name: 'require-notification-target-policy',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'The queue or topic an S3 bucket notifies needs a policy letting `s3.amazonaws.com` send to it (`sqs:SendMessage` / `sns:Publish`).',
    why: 'S3 validates the destinations when the notification configuration is written and fails with "Unable to validate the following destination configurations" when the queue or topic policy does not let `s3.amazonaws.com` deliver; the stack update fails. Declare the policy (and make the bucket depend on it). Conditions on `aws:SourceArn`/`aws:SourceAccount` are accepted; the check says nothing when a part cannot be known.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      NotificationConfiguration:\n        QueueConfigurations:\n          - Event: s3:ObjectCreated:*\n            Queue: !GetAtt Queue.Arn\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n  QueuePolicy:\n    Type: AWS::SQS::QueuePolicy\n    Properties:\n      Queues: [!Ref Queue]\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: { Service: s3.amazonaws.com }\n            Action: sqs:SendMessage\n            Resource: !GetAtt Queue.Arn\n  Bucket:\n    Type: AWS::S3::Bucket\n    DependsOn: QueuePolicy\n    Properties:\n      NotificationConfiguration:\n        QueueConfigurations:\n          - Event: s3:ObjectCreated:*\n            Queue: !GetAtt Queue.Arn\n' }],
    fixSafety: 'Adding the statement (or a policy holding it, with `DependsOn` on the bucket so the policy exists first) is a suggestion: it grants S3 permission to deliver to the queue or topic. It is conditioned on `aws:SourceAccount`, not on the bucket ARN: referencing the bucket from the policy would create a dependency cycle. Narrow it to the bucket\'s name by hand if you know it.',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html'],
  },
  messages: {
    noPolicy: "Bucket '{{bucket}}' notifies {{what}} '{{target}}', which has no policy letting s3.amazonaws.com {{action}}; S3 rejects the notification configuration.",
    notAllowed: "No policy of {{what}} '{{target}}' lets s3.amazonaws.com {{action}} for bucket '{{bucket}}'; S3 rejects the notification configuration.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const n of wiring(t).notifications) {
      const target = n.target?.resource;
      if (n.kind === 'lambda' || target === undefined) continue;
      if (!(n.kind === 'queue' ? target.type === 'AWS::SQS::Queue' : target.type === 'AWS::SNS::Topic')) continue;
      const action = n.kind === 'queue' ? 'sqs:SendMessage' : 'sns:Publish';
      const q = { principal: 's3.amazonaws.com', action, target, source: n.bucket };
      const v = deliveryVerdict(t, q);
      if (v.verdict !== 'no') continue;
      ctx.report({
        node: n.node,
        messageId: v.policies.length === 0 ? 'noPolicy' : 'notAllowed',
        data: { bucket: n.bucket.name, what: n.kind, target: target.name, action },
        related: [{ message: `${n.kind === 'queue' ? 'Queue' : 'Topic'} '${target.name}'`, ...resourceAnchor(target) }, ...policiesRelated(v.policies)],
        fixes: addDeliveryFix(ctx.doc, t, q, v.policies, { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } }, n.bucket),
      });
    }
  },
});
