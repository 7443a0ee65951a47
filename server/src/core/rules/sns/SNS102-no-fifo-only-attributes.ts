// SNS102 FIFO_ONLY_TOPIC_ATTRIBUTE: `ContentBasedDeduplication`, `FifoThroughputScope` and `ArchivePolicy` on a standard topic.

import { attributeView } from '../../settings/attributes';
import { SNS_FIFO_ONLY } from '../../settings/limits';
import { FIFO_ONLY_MESSAGES, checkFifoOnly } from '../shared/fifo';
import { defineRule } from '../types';

export default defineRule({
  id: 'SNS102',
  name: 'no-fifo-only-attributes',
  appliesTo: ['sns-topic-attributes'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: '`ContentBasedDeduplication`, `FifoThroughputScope` and `ArchivePolicy` apply only to FIFO topics.',
    why: 'CreateTopic rejects these attributes on a standard topic (message deduplication, FIFO throughput scope and message archiving exist only for FIFO topics), so the stack fails.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      ArchivePolicy:\n        MessageRetentionPeriod: 30\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: orders.fifo\n      FifoTopic: true\n      ArchivePolicy:\n        MessageRetentionPeriod: 30\n' }],
    fixSafety: 'Removing the attribute is safe: a standard topic cannot have it. Setting `FifoTopic: true` instead is a suggestion: it changes the topic type (and its subscribers).',
    references: ['https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html'],
  },
  messages: FIFO_ONLY_MESSAGES,
  check(ctx) {
    const v = attributeView(ctx.doc, ctx.unit);
    if (v !== undefined) checkFifoOnly(ctx, v, 'FifoTopic', SNS_FIFO_ONLY, 'topic');
  },
});
