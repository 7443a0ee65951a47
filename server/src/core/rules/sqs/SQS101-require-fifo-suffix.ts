// SQS101 FIFO_QUEUE_NAME_SUFFIX: a FIFO queue's name ends with `.fifo`, and a `.fifo` name means a FIFO queue.

import { attributeView } from '../../settings/attributes';
import { FIFO_NAME_MESSAGES, checkFifoName } from '../shared/fifo';
import { defineRule } from '../types';

export default defineRule({
  id: 'SQS101',
  name: 'require-fifo-suffix',
  appliesTo: ['sqs-queue-attributes'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "A FIFO queue's name must end with `.fifo`, and a name ending with `.fifo` needs `FifoQueue: true`.",
    why: '"A FIFO queue name must end with the .fifo suffix." CreateQueue fails either way round: a FIFO queue without the suffix, or a `.fifo` name on a standard queue. cfn-lint (E3501) checks only the first direction.',
    invalid: [
      { title: 'A FIFO queue without the suffix', format: 'yaml', code: 'Resources:\n  Orders:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: orders\n      FifoQueue: true\n' },
    ],
    valid: [
      { format: 'yaml', code: 'Resources:\n  Orders:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: orders.fifo\n      FifoQueue: true\n' },
    ],
    fixSafety: "Adding '.fifo' to a FIFO queue's name is safe (CloudFormation replaces the queue, which could not be created anyway). For a '.fifo' name on a standard queue, setting `FifoQueue: true` or removing the suffix are both suggestions: only you know which queue type you meant.",
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html'],
  },
  messages: FIFO_NAME_MESSAGES,
  check(ctx) {
    const v = attributeView(ctx.doc, ctx.unit);
    if (v !== undefined) checkFifoName(ctx, v, 'FifoQueue', 'queue');
  },
});
