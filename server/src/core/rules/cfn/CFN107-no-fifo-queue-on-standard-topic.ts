// CFN107 STANDARD_TOPIC_TO_FIFO_QUEUE: a standard SNS topic cannot deliver to an SQS FIFO queue.

import { queueOf, resourceAnchor, topicOf, wiring } from '../../cfn/resources';
import { defineRule } from '../types';

export default defineRule({
  id: 'CFN107',
  name: 'no-fifo-queue-on-standard-topic',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A standard SNS topic cannot subscribe an SQS FIFO queue.',
    why: 'SNS rejects the subscription: "FIFO SQS Queues can not be subscribed to standard SNS topics". Use a FIFO topic (which, since 2023-09, can deliver to both FIFO and standard queues), or a standard queue.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: jobs.fifo\n      FifoQueue: true\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: sqs\n      Endpoint: !GetAtt Queue.Arn\n' }],
    valid: [{ title: 'A FIFO topic may deliver to a standard queue', format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: jobs.fifo\n      FifoTopic: true\n  Queue:\n    Type: AWS::SQS::Queue\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: sqs\n      Endpoint: !GetAtt Queue.Arn\n' }],
    references: ['https://docs.aws.amazon.com/sns/latest/dg/fifo-message-delivery.html', 'https://github.com/localstack/localstack/issues/7267'],
  },
  messages: {
    fifoQueue: "Standard topic '{{topic}}' cannot deliver to FIFO queue '{{queue}}'; SNS rejects the subscription.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const s of wiring(t).subscriptions) {
      if (s.protocol !== 'sqs' || s.endpointNode === undefined) continue;
      const topic = topicOf(t, s.topic);
      const queue = queueOf(t, s.endpoint);
      if (topic?.fifo !== false || queue?.fifo !== true) continue;
      const related = [];
      if (topic.resource) related.push({ message: `Standard topic '${topic.resource.name}'`, ...resourceAnchor(topic.resource) });
      if (queue.resource) related.push({ message: `FIFO queue '${queue.resource.name}'`, ...resourceAnchor(queue.resource) });
      ctx.report({ node: s.endpointNode, messageId: 'fifoQueue', data: { topic: topic.label, queue: queue.label }, related });
    }
  },
});
