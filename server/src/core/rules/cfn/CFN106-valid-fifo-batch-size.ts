// CFN106 FIFO_ESM_BATCH_SIZE: an event source mapping on a FIFO queue has a BatchSize above 10.

import { getProperty } from '../../parse/tree';
import { isUnresolved, resolveNumber } from '../../cfn/resolve';
import { eventSourceLabel, queueOf, resourceAnchor, wiring } from '../../cfn/resources';
import { setScalar } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'CFN106',
  name: 'valid-fifo-batch-size',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'An event source mapping that reads a FIFO queue takes at most 10 messages per batch.',
    why: 'For FIFO queues Lambda accepts a `BatchSize` of 1–10 only, and creating the mapping fails with a larger value. The queue is found through `Fn::GetAtt` or the `.fifo` suffix of a literal ARN; SAM `SQS` events are checked too.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: jobs.fifo\n      FifoQueue: true\n  Mapping:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      EventSourceArn: !GetAtt Queue.Arn\n      FunctionName: worker\n      BatchSize: 100\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Mapping:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      EventSourceArn: arn:aws:sqs:us-east-1:123456789012:jobs\n      FunctionName: worker\n      BatchSize: 100\n      MaximumBatchingWindowInSeconds: 5\n' }],
    fixSafety: 'Lowering `BatchSize` to 10 is safe: a larger value is rejected for FIFO queues.',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html'],
  },
  messages: {
    tooLarge: "BatchSize {{size}} is above 10, the maximum for FIFO queue '{{queue}}' ({{source}}).",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const es of wiring(t).eventSources) {
      if (es.type !== 'sqs') continue;
      const q = queueOf(t, es.source);
      const node = getProperty(es.props, 'BatchSize')?.value;
      if (q?.fifo !== true || node === undefined || isUnresolved(t, node)) continue;
      const n = resolveNumber(t, node);
      if (n === undefined || n.value <= 10) continue;
      ctx.report({
        node,
        messageId: 'tooLarge',
        data: { size: n.value, queue: q.label, source: eventSourceLabel(es) },
        related: q.resource ? [{ message: `FIFO queue '${q.resource.name}'`, ...resourceAnchor(q.resource) }] : undefined,
        fixes: n.node === node ? [{ title: 'Set BatchSize to 10', safety: 'safe', preferred: true, edits: [setScalar(node, node.type === 'string' ? '10' : 10, ctx.doc.format)] }] : undefined,
      });
    }
  },
});
