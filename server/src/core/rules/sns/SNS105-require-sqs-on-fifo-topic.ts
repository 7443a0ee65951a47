// SNS105 FIFO_TOPIC_PROTOCOL: an inline `Subscription` of a FIFO topic uses a protocol other than `sqs`.

import { getValue, isArray } from '../../parse/tree';
import { resolveString } from '../../cfn/resolve';
import { attributeView, boolAttr } from '../../settings/attributes';
import { defineRule } from '../types';

export default defineRule({
  id: 'SNS105',
  name: 'require-sqs-on-fifo-topic',
  appliesTo: ['sns-topic-attributes'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A FIFO topic delivers only to SQS queues: its inline subscriptions must use the `sqs` protocol.',
    why: 'FIFO topics reject email, SMS, HTTP/S, mobile push and Lambda subscriptions. To reach a Lambda function, subscribe an SQS queue (FIFO or, since 2023-09, standard) and let the function consume it.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: orders.fifo\n      FifoTopic: true\n      Subscription:\n        - Protocol: email\n          Endpoint: ops@example.com\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: orders.fifo\n      FifoTopic: true\n      Subscription:\n        - Protocol: sqs\n          Endpoint: !GetAtt Queue.Arn\n' }],
    references: ['https://docs.aws.amazon.com/sns/latest/dg/fifo-message-delivery.html'],
  },
  messages: {
    notSqs: "A FIFO topic delivers only to SQS queues; protocol '{{protocol}}' is rejected (for Lambda, subscribe a queue and consume it).",
  },
  check(ctx) {
    const v = attributeView(ctx.doc, ctx.unit);
    if (v === undefined || boolAttr(v, 'FifoTopic') !== true) return;
    const subs = getValue(v.attrs, 'Subscription');
    if (!isArray(subs)) return;
    for (const s of subs.items) {
      const p = getValue(s, 'Protocol');
      const protocol = resolveString(v.t, p)?.value.toLowerCase();
      if (p !== undefined && protocol !== undefined && protocol !== 'sqs') ctx.report({ node: p, messageId: 'notSqs', data: { protocol } });
    }
  },
});
