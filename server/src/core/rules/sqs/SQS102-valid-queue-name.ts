// SQS102 QUEUE_NAME_INVALID: queue names are at most 80 characters of letters, digits, `-` and `_` (plus `.fifo`).

import { attributeView, nameOf } from '../../settings/attributes';
import { defineRule } from '../types';

const NAME = /^[A-Za-z0-9_-]+(\.fifo)?$/;

export default defineRule({
  id: 'SQS102',
  name: 'valid-queue-name',
  appliesTo: ['sqs-queue-attributes'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Queue names are 1–80 characters of letters, digits, hyphens and underscores, plus an optional `.fifo` suffix.',
    why: 'CreateQueue rejects other names: "A queue name can have up to 80 characters. Valid values: alphanumeric characters, hyphens (-), and underscores (_)." The `.fifo` suffix counts towards the 80 characters.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: orders.v2\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: orders_v2-dlq\n' }],
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html'],
  },
  messages: {
    tooLong: "The queue name is {{length}} characters long; the maximum is 80 (the '.fifo' suffix included).",
    badCharacters: "The queue name '{{name}}' may contain only letters, digits, '-' and '_' (plus a final '.fifo').",
    empty: 'The queue name is empty.',
  },
  check(ctx) {
    const v = attributeView(ctx.doc, ctx.unit);
    const node = v?.nameProp?.value;
    if (v === undefined || node === undefined || ctx.isPlaceholder(node)) return;
    const name = nameOf(v);
    if (name === undefined) return;
    if (name.length === 0) ctx.report({ node, messageId: 'empty' });
    else if (!NAME.test(name)) ctx.report({ node, messageId: 'badCharacters', data: { name } });
    else if (name.length > 80) ctx.report({ node, messageId: 'tooLong', data: { length: name.length } });
  },
});
