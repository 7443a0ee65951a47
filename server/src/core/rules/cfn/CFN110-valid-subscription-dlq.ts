// CFN110 SNS_SUBSCRIPTION_DLQ: a subscription's dead-letter queue is an SQS queue of the topic's type that SNS may send to.

import { isObject, getProperty, getValue } from '../../parse/tree';
import { resolveTargetIn } from '../../cfn/resolve';
import { addDeliveryFix, deliveryVerdict, policiesRelated, sourceArnCondition, sourceArnValue } from '../../cfn/delivery';
import { queueOf, resourceAnchor, topicOf } from '../../cfn/resources';
import { resolveTarget } from '../../cfn/resolve';
import { defineRule } from '../types';

export default defineRule({
  id: 'CFN110',
  name: 'valid-subscription-dlq',
  appliesTo: ['sns-redrive-policy'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "An SNS subscription's dead-letter queue must be an SQS queue ARN of the topic's type (FIFO or standard), with a policy letting SNS send to it.",
    why: 'SNS sends undeliverable messages to the `deadLetterTargetArn` of the subscription\'s `RedrivePolicy`: it must be an SQS queue in the same account and Region, a FIFO queue for a FIFO topic and a standard queue for a standard topic, and the queue policy must allow `sns.amazonaws.com` to `sqs:SendMessage` (otherwise the messages are lost after all; a warning).',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Dlq:\n    Type: AWS::SQS::Queue\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: arn:aws:sns:us-east-1:123456789012:orders\n      Protocol: sqs\n      Endpoint: arn:aws:sqs:us-east-1:123456789012:orders\n      RedrivePolicy:\n        deadLetterTargetArn: !Ref Dlq\n' }],
    valid: [{ format: 'json', code: '{\n  "deadLetterTargetArn": "arn:aws:sqs:us-east-1:123456789012:orders-dlq"\n}\n' }],
    fixSafety: 'Adding the queue policy statement for SNS is a suggestion: it grants the topic permission to send to the dead-letter queue.',
    references: ['https://docs.aws.amazon.com/sns/latest/dg/sns-dead-letter-queues.html'],
  },
  messages: {
    notQueue: "deadLetterTargetArn must be an SQS queue ARN; {{value}} is not.",
    refIsUrl: '!Ref {{queue}} returns the queue URL; deadLetterTargetArn needs the queue ARN (!GetAtt {{queue}}.Arn).',
    typeMismatch: "The dead-letter queue of a subscription to {{topicType}} topic '{{topic}}' must be a {{topicType}} queue; '{{queue}}' is {{queueType}}.",
    noSend: "No policy of dead-letter queue '{{queue}}' lets SNS send to it (sns.amazonaws.com, sqs:SendMessage); failed messages would be lost.",
  },
  check(ctx) {
    const root = ctx.unit.root;
    if (!isObject(root)) return;
    const t = ctx.doc.template;
    const node = getProperty(root, 'deadLetterTargetArn')?.value;
    if (node === undefined || (ctx.isPlaceholder(node) && ctx.unit.embedding !== 'string')) return;
    const target = resolveTargetIn(t, ctx.unit, node);
    if (target === undefined) return;
    if (target.resource !== undefined) {
      if (target.resource.type !== 'AWS::SQS::Queue') {
        ctx.report({ node, messageId: 'notQueue', data: { value: `${target.resource.type} '${target.resource.name}'` } });
        return;
      }
      if (target.attribute === 'Ref') {
        ctx.report({ node, messageId: 'refIsUrl', data: { queue: target.resource.name } });
        return;
      }
    } else if (target.literal !== undefined && !(target.literal.startsWith('arn:') && target.service === 'sqs')) {
      ctx.report({ node, messageId: 'notQueue', data: { value: `'${target.literal}'` } });
      return;
    } else if (target.service !== undefined && target.service !== 'sqs') {
      ctx.report({ node, messageId: 'notQueue', data: { value: `a ${target.service} ARN` } });
      return;
    }
    // The topic of the subscription: `TopicArn`, or a SAM SNS event's `Topic`.
    const holder = ctx.unit.hostNode?.parent?.type === 'property' ? ctx.unit.hostNode.parent.parent : undefined;
    if (t === undefined || holder === undefined) return;
    const topicNode = getValue(holder, 'TopicArn') ?? getValue(holder, 'Topic');
    const topic = topicOf(t, resolveTarget(t, topicNode));
    const dlq = queueOf(t, target);
    if (topic?.fifo !== undefined && dlq?.fifo !== undefined && topic.fifo !== dlq.fifo) {
      const kind = (f: boolean): string => (f ? 'FIFO' : 'standard');
      ctx.report({ node, messageId: 'typeMismatch', data: { topicType: kind(topic.fifo), topic: topic.label, queue: dlq.label, queueType: kind(dlq.fifo) }, related: dlq.resource ? [{ message: `Dead-letter queue '${dlq.resource.name}'`, ...resourceAnchor(dlq.resource) }] : undefined });
      return;
    }
    const queue = target.resource;
    if (queue === undefined) return;
    const q = { principal: 'sns.amazonaws.com', action: 'sqs:SendMessage', target: queue, source: topic?.resource };
    const v = deliveryVerdict(t, q);
    if (v.verdict !== 'no') return;
    ctx.report({
      node,
      messageId: 'noSend',
      severity: 'warning',
      data: { queue: queue.name },
      related: [{ message: `Dead-letter queue '${queue.name}'`, ...resourceAnchor(queue) }, ...policiesRelated(v.policies)],
      fixes: addDeliveryFix(ctx.doc, t, q, v.policies, sourceArnCondition(sourceArnValue(topic?.resource, topicNode))),
    });
  },
});
