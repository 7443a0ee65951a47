// SQS103 FIFO_ONLY_ATTRIBUTE: `ContentBasedDeduplication`, `DeduplicationScope` and `FifoThroughputLimit` on a standard queue.

import { attributeView } from '../../settings/attributes';
import { SQS_FIFO_ONLY } from '../../settings/limits';
import { FIFO_ONLY_MESSAGES, checkFifoOnly } from '../shared/fifo';
import { defineRule } from '../types';

export default defineRule({
  id: 'SQS103',
  name: 'no-fifo-only-attributes',
  appliesTo: ['sqs-queue-attributes'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: '`ContentBasedDeduplication`, `DeduplicationScope` and `FifoThroughputLimit` apply only to FIFO queues.',
    why: 'SQS rejects these attributes on a standard queue (CreateQueue / SetQueueAttributes), so the stack or the CLI call fails. Either the queue was meant to be FIFO (`FifoQueue: true` and a `.fifo` name) or the attributes should go.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      ContentBasedDeduplication: true\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      FifoQueue: true\n      ContentBasedDeduplication: true\n' }],
    fixSafety: 'Removing the attribute is safe: a standard queue cannot have it. Setting `FifoQueue: true` instead is a suggestion: it changes the queue type (and needs a `.fifo` name).',
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html'],
  },
  messages: FIFO_ONLY_MESSAGES,
  check(ctx) {
    const v = attributeView(ctx.doc, ctx.unit);
    if (v !== undefined) checkFifoOnly(ctx, v, 'FifoQueue', SQS_FIFO_ONLY, 'queue');
  },
});
