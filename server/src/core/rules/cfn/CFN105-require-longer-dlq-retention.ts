// CFN105 DLQ_RETENTION_TOO_SHORT: a standard queue's dead-letter queue keeps messages no longer than the source does.

import { numberSetting, resourceAnchor } from '../../cfn/resources';
import { redriveView } from '../../cfn/redrive';
import { setResourceProperty } from '../../cfn/edits';
import { SQS_NUMBERS, formatSeconds } from '../../settings/limits';
import { defineRule } from '../types';

const MAX = SQS_NUMBERS.MessageRetentionPeriod.max;

export default defineRule({
  id: 'CFN105',
  name: 'require-longer-dlq-retention',
  appliesTo: ['sqs-redrive-policy'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "A standard queue's dead-letter queue should keep messages longer than the source queue (default 4 days each).",
    why: 'For standard queues "the expiration of a message is always based on its original enqueue timestamp": a message that spent 3 of its 4 days in the source queue lives one more day in a dead-letter queue with the same retention. AWS recommends a longer retention for the DLQ; 14 days (the maximum) is the usual choice. FIFO queues reset the timestamp when a message moves, so they are not checked.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Dlq:\n    Type: AWS::SQS::Queue\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      RedrivePolicy:\n        deadLetterTargetArn: !GetAtt Dlq.Arn\n        maxReceiveCount: 5\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Dlq:\n    Type: AWS::SQS::Queue\n    Properties:\n      MessageRetentionPeriod: 1209600\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      RedrivePolicy:\n        deadLetterTargetArn: !GetAtt Dlq.Arn\n        maxReceiveCount: 5\n' }],
    fixSafety: "Setting the dead-letter queue's `MessageRetentionPeriod` to 14 days is safe: it only keeps failed messages longer.",
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html'],
  },
  messages: {
    shortRetention: "Dead-letter queue '{{dlq}}' keeps messages {{dlqRetention}}, no longer than its source queue '{{source}}' ({{sourceRetention}}); messages keep their original enqueue time, so they may expire soon after they move.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    const v = redriveView(ctx.doc, ctx.unit);
    const node = v?.targetProp?.value;
    const dlq = v?.dlq?.resource;
    if (t === undefined || v === undefined || node === undefined || dlq === undefined || v.source === undefined) return;
    if (v.sourceFifo !== false || v.dlq?.fifo !== false) return;
    const def = SQS_NUMBERS.MessageRetentionPeriod.default;
    const src = numberSetting(t, v.source.properties, 'MessageRetentionPeriod', def);
    const dst = numberSetting(t, dlq.properties, 'MessageRetentionPeriod', def);
    if (src === undefined || dst === undefined || dst.value > src.value || src.value >= MAX) return;
    const edit = dst.from === 'parameter' ? undefined : setResourceProperty(ctx.doc, dlq, 'MessageRetentionPeriod', MAX);
    const dstNode = dst.node ?? dst.prop;
    ctx.report({
      node,
      messageId: 'shortRetention',
      data: { dlq: dlq.name, dlqRetention: formatSeconds(dst.value), source: v.source.name, sourceRetention: formatSeconds(src.value) },
      related: [{ message: `Retention of dead-letter queue '${dlq.name}': ${formatSeconds(dst.value)}${dst.from === 'default' ? ' (the default)' : ''}`, ...(dstNode ? { offset: dstNode.offset, length: dstNode.length } : resourceAnchor(dlq)) }],
      fixes: edit ? [{ title: `Set MessageRetentionPeriod of '${dlq.name}' to 1209600 (14 days)`, safety: 'safe', preferred: true, edits: [edit] }] : undefined,
    });
  },
});
