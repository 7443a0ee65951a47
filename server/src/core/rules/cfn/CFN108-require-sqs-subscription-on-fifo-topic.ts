// CFN108 FIFO_TOPIC_NON_SQS_SUBSCRIPTION: a subscription to a FIFO topic uses a protocol other than `sqs`.

import { resourceAnchor, topicOf, wiring } from '../../cfn/resources';
import { defineRule } from '../types';

export default defineRule({
  id: 'CFN108',
  name: 'require-sqs-subscription-on-fifo-topic',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Subscriptions to a FIFO topic (`AWS::SNS::Subscription`, SAM `SNS` events) must use the `sqs` protocol.',
    why: 'FIFO topics deliver only to SQS queues, FIFO or (since 2023-09) standard. Lambda, email, SMS, HTTP/S and mobile subscriptions are rejected; to run a function, subscribe a queue and let the function consume it. (SNS105 checks the inline subscriptions of a topic.)',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: orders.fifo\n      FifoTopic: true\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: lambda\n      Endpoint: arn:aws:lambda:us-east-1:123456789012:function:f\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: orders.fifo\n      FifoTopic: true\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: sqs\n      Endpoint: arn:aws:sqs:us-east-1:123456789012:orders\n' }],
    references: ['https://docs.aws.amazon.com/sns/latest/dg/fifo-message-delivery.html', 'https://aws.amazon.com/about-aws/whats-new/2023/09/amazon-sns-fifo-topics-message-delivery-sqs-standard-queues/'],
  },
  messages: {
    notSqs: "FIFO topic '{{topic}}' delivers only to SQS queues; this '{{protocol}}' subscription is rejected.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const s of wiring(t).subscriptions) {
      if (s.origin === 'inline' || s.protocol === undefined || s.protocol === 'sqs') continue;
      const topic = topicOf(t, s.topic);
      if (topic?.fifo !== true) continue;
      const node = s.origin === 'sam' ? s.topicNode : s.protocolNode;
      if (node === undefined) continue;
      ctx.report({ node, messageId: 'notSqs', data: { topic: topic.label, protocol: s.protocol }, related: topic.resource ? [{ message: `FIFO topic '${topic.resource.name}'`, ...resourceAnchor(topic.resource) }] : undefined });
    }
  },
});
