// CFN115 FANOUT_SIZE_MISMATCH: SNS → SQS fan-out where the queue's and the topic's maximum message sizes disagree.

import { numberSetting, resourceAnchor, wiring } from '../../cfn/resources';
import { SNS_NUMBERS, SQS_NUMBERS } from '../../settings/limits';
import { defineRule } from '../types';

export default defineRule({
  id: 'CFN115',
  name: 'no-fanout-size-mismatch',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'info',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "In SNS → SQS fan-out, a queue that accepts less than its topic carries drops large messages; a queue raised above its topic's size never receives them.",
    why: 'Since 2025-08-04 an SQS queue accepts up to 1 MiB by default, while an SNS topic carries 256 KiB unless its `MaximumMessageSize` is raised (possible since 2026). A queue whose `MaximumMessageSize` is below the topic\'s loses the larger deliveries; a queue explicitly raised above its topic\'s limit suggests large messages that the topic will refuse at publish time.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      MaximumMessageSize: 65536\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: sqs\n      Endpoint: !GetAtt Queue.Arn\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Queue:\n    Type: AWS::SQS::Queue\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: sqs\n      Endpoint: !GetAtt Queue.Arn\n' }],
    references: ['https://docs.aws.amazon.com/sns/latest/dg/large-message-payloads.html', 'https://aws.amazon.com/about-aws/whats-new/2025/08/amazon-sqs-max-payload-size-1mib/'],
  },
  messages: {
    queueSmaller: "Queue '{{queue}}' accepts messages up to {{queueSize}} bytes but topic '{{topic}}' carries up to {{topicSize}}; larger deliveries fail.",
    topicSmaller: "Queue '{{queue}}' is raised to {{queueSize}} bytes but topic '{{topic}}' carries at most {{topicSize}} (raise the topic's MaximumMessageSize to pass larger messages).",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const s of wiring(t).subscriptions) {
      const queue = s.endpoint?.resource;
      const topic = s.topic?.resource;
      if (s.protocol !== 'sqs' || s.endpointNode === undefined || queue?.type !== 'AWS::SQS::Queue' || topic?.type !== 'AWS::SNS::Topic') continue;
      const qs = numberSetting(t, queue.properties, 'MaximumMessageSize', SQS_NUMBERS.MaximumMessageSize.default);
      const ts = numberSetting(t, topic.properties, 'MaximumMessageSize', SNS_NUMBERS.MaximumMessageSize.default);
      if (qs === undefined || ts === undefined || qs.value === ts.value) continue;
      if (qs.value > ts.value && qs.from === 'default') continue;
      const related = [{ message: `Queue '${queue.name}': ${qs.value} bytes`, ...(qs.node ? { offset: qs.node.offset, length: qs.node.length } : resourceAnchor(queue)) }, { message: `Topic '${topic.name}': ${ts.value} bytes`, ...(ts.node ? { offset: ts.node.offset, length: ts.node.length } : resourceAnchor(topic)) }];
      ctx.report({ node: s.endpointNode, messageId: qs.value < ts.value ? 'queueSmaller' : 'topicSmaller', data: { queue: queue.name, queueSize: qs.value, topic: topic.name, topicSize: ts.value }, related });
    }
  },
});
