// CFN109 QUEUE_POLICY_MISSING_SNS_SEND: a queue subscribed to a topic has no policy letting the topic send to it.

import { addDeliveryFix, deliveryVerdict, policiesRelated, sourceArnCondition, sourceArnValue } from '../../cfn/delivery';
import { resourceAnchor, wiring } from '../../cfn/resources';
import { defineRule } from '../types';

export default defineRule({
  id: 'CFN109',
  name: 'require-sns-queue-policy',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "A queue subscribed to an SNS topic needs a queue policy letting `sns.amazonaws.com` `sqs:SendMessage` from that topic (`aws:SourceArn`).",
    why: 'Without it the subscription is created but every delivery fails silently: SNS is denied `sqs:SendMessage` and the messages are lost (or go to the subscription\'s dead-letter queue). The console adds the statement when you subscribe a queue; CloudFormation does not. The check evaluates the `AWS::SQS::QueuePolicy` resources attached to the queue (principal, action, resource and the `aws:SourceArn` condition) and says nothing when a part cannot be known, such as a policy attached through a parameter.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Queue:\n    Type: AWS::SQS::Queue\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: sqs\n      Endpoint: !GetAtt Queue.Arn\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Queue:\n    Type: AWS::SQS::Queue\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: sqs\n      Endpoint: !GetAtt Queue.Arn\n  QueuePolicy:\n    Type: AWS::SQS::QueuePolicy\n    Properties:\n      Queues: [!Ref Queue]\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { Service: sns.amazonaws.com }\n            Action: sqs:SendMessage\n            Resource: !GetAtt Queue.Arn\n            Condition:\n              ArnEquals:\n                aws:SourceArn: !Ref Topic\n' }],
    fixSafety: 'Adding the statement (or a queue policy holding it) is a suggestion: it grants SNS, for that topic only, permission to send to the queue. Note that an `AWS::SQS::QueuePolicy` replaces any policy the queue had.',
    references: ['https://docs.aws.amazon.com/sns/latest/dg/subscribe-sqs-queue-to-sns-topic.html', 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-subscribe-queue-sns-topic.html'],
  },
  messages: {
    noPolicy: "Queue '{{queue}}' is subscribed to topic '{{topic}}' but has no queue policy; SNS cannot send to it (add one allowing sns.amazonaws.com sqs:SendMessage with aws:SourceArn of the topic).",
    notAllowed: "No policy of queue '{{queue}}' lets topic '{{topic}}' send (sns.amazonaws.com, sqs:SendMessage, aws:SourceArn = the topic); deliveries will fail.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const s of wiring(t).subscriptions) {
      const queue = s.endpoint?.resource;
      if (s.protocol !== 'sqs' || s.endpointNode === undefined || queue?.type !== 'AWS::SQS::Queue') continue;
      const source = s.topic?.resource?.type === 'AWS::SNS::Topic' ? s.topic.resource : undefined;
      const q = { principal: 'sns.amazonaws.com', action: 'sqs:SendMessage', target: queue, source };
      const v = deliveryVerdict(t, q);
      if (v.verdict !== 'no') continue;
      const topicLabel = source?.name ?? s.topic?.literal ?? 'its topic';
      const related = [{ message: `Queue '${queue.name}'`, ...resourceAnchor(queue) }, ...policiesRelated(v.policies)];
      if (source) related.push({ message: `Topic '${source.name}'`, ...resourceAnchor(source) });
      ctx.report({
        node: s.endpointNode,
        messageId: v.policies.length === 0 ? 'noPolicy' : 'notAllowed',
        data: { queue: queue.name, topic: topicLabel },
        related,
        fixes: addDeliveryFix(ctx.doc, t, q, v.policies, sourceArnCondition(sourceArnValue(source, s.topicNode))),
      });
    }
  },
});
