// ESM102 BATCH_WINDOW_REQUIRED: an SQS event source with BatchSize above 10 needs MaximumBatchingWindowInSeconds of at least 1.

import { getProperty } from '../../parse/tree';
import { resolveNumber } from '../../cfn/resolve';
import { eventSourceLabel, numberSetting, wiring } from '../../cfn/resources';
import { insertProperty, setScalar } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'ESM102',
  name: 'require-batching-window',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'An SQS event source with `BatchSize` above 10 needs `MaximumBatchingWindowInSeconds` of at least 1.',
    why: '"When you set BatchSize to a value greater than 10, you must set MaximumBatchingWindowInSeconds to at least 1." Lambda rejects the mapping otherwise. (FIFO queues accept at most 10: CFN106.)',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Mapping:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      EventSourceArn: arn:aws:sqs:us-east-1:123456789012:jobs\n      FunctionName: worker\n      BatchSize: 100\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Mapping:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      EventSourceArn: arn:aws:sqs:us-east-1:123456789012:jobs\n      FunctionName: worker\n      BatchSize: 100\n      MaximumBatchingWindowInSeconds: 1\n' }],
    fixSafety: 'Setting `MaximumBatchingWindowInSeconds: 1` is safe: it is the smallest value Lambda accepts with this batch size, and adds at most one second of latency.',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html'],
  },
  messages: {
    windowRequired: 'BatchSize {{size}} is above 10, so MaximumBatchingWindowInSeconds must be at least 1 ({{source}}).',
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const es of wiring(t).eventSources) {
      if (es.type !== 'sqs' || es.props === undefined) continue;
      const sizeNode = getProperty(es.props, 'BatchSize')?.value;
      const size = resolveNumber(t, sizeNode);
      if (sizeNode === undefined || size === undefined || size.value <= 10) continue;
      const window = numberSetting(t, es.props, 'MaximumBatchingWindowInSeconds', 0);
      if (window === undefined || window.value >= 1) continue;
      const existing = getProperty(es.props, 'MaximumBatchingWindowInSeconds')?.value;
      const edit = existing === undefined ? insertProperty(ctx.doc, es.props, 'MaximumBatchingWindowInSeconds', 1, ctx.doc.format) : window.from === 'resource' ? setScalar(existing, existing.type === 'string' ? '1' : 1, ctx.doc.format) : undefined;
      ctx.report({ node: sizeNode, messageId: 'windowRequired', data: { size: size.value, source: eventSourceLabel(es) }, fixes: edit ? [{ title: 'Set MaximumBatchingWindowInSeconds to 1', safety: 'safe', preferred: true, edits: [edit] }] : undefined });
    }
  },
});
