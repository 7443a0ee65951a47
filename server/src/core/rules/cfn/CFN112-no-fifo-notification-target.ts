// CFN112 S3_NOTIFICATION_FIFO_TARGET: S3 event notifications cannot target SQS FIFO queues or SNS FIFO topics.

import { queueOf, resourceAnchor, topicOf, wiring } from '../../cfn/resources';
import { defineRule } from '../types';

export default defineRule({
  id: 'CFN112',
  name: 'no-fifo-notification-target',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'S3 event notifications cannot be sent to an SQS FIFO queue or an SNS FIFO topic.',
    why: '"Amazon SQS FIFO queues aren\'t supported as an Amazon S3 event notification destination" and "Currently, Standard SNS is only allowed as an S3 event notification destination, whereas SNS FIFO is not allowed." The bucket\'s notification configuration is rejected. Route the events through EventBridge to reach a FIFO queue.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: uploads.fifo\n      FifoQueue: true\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      NotificationConfiguration:\n        QueueConfigurations:\n          - Event: s3:ObjectCreated:*\n            Queue: !GetAtt Queue.Arn\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      NotificationConfiguration:\n        QueueConfigurations:\n          - Event: s3:ObjectCreated:*\n            Queue: !GetAtt Queue.Arn\n' }],
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html'],
  },
  messages: {
    fifoTarget: "Bucket '{{bucket}}' sends event notifications to FIFO {{what}} '{{target}}'; S3 supports only standard queues and topics (use EventBridge for FIFO).",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const n of wiring(t).notifications) {
      if (n.kind === 'lambda') continue;
      const view = n.kind === 'queue' ? queueOf(t, n.target) : topicOf(t, n.target);
      if (view?.fifo !== true) continue;
      ctx.report({
        node: n.node,
        messageId: 'fifoTarget',
        data: { bucket: n.bucket.name, what: n.kind, target: view.label },
        related: view.resource ? [{ message: `FIFO ${n.kind} '${view.resource.name}'`, ...resourceAnchor(view.resource) }] : undefined,
      });
    }
  },
});
