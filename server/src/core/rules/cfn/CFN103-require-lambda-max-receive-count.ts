// CFN103 LAMBDA_QUEUE_MAX_RECEIVE_COUNT: a queue consumed by Lambda sends messages to its DLQ after fewer than 5 receives.

import { resolveScalarIn, toNumber } from '../../cfn/resolve';
import { redriveView } from '../../cfn/redrive';
import { eventSourceAnchor, eventSourceLabel, wiring } from '../../cfn/resources';
import { flavorOf, setScalar } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'CFN103',
  name: 'require-lambda-max-receive-count',
  appliesTo: ['sqs-redrive-policy'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "A queue consumed by a Lambda function should have a `maxReceiveCount` of at least 5 in its redrive policy.",
    why: 'AWS: "set the maxReceiveCount on the source queue\'s redrive policy to at least 5". When Lambda is throttled or a batch fails, messages are received again; a low count moves good messages to the dead-letter queue before they had a chance. (A count of 1 is reported by SQS105 for every queue.)',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Dlq:\n    Type: AWS::SQS::Queue\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      RedrivePolicy:\n        deadLetterTargetArn: !GetAtt Dlq.Arn\n        maxReceiveCount: 2\n  Mapping:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      EventSourceArn: !GetAtt Queue.Arn\n      FunctionName: my-function\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Dlq:\n    Type: AWS::SQS::Queue\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      RedrivePolicy:\n        deadLetterTargetArn: !GetAtt Dlq.Arn\n        maxReceiveCount: 2\n' }],
    fixSafety: 'Setting `maxReceiveCount` to 5 is a suggestion: it changes how many attempts a message gets before it is set aside.',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html'],
  },
  messages: {
    lowCount: "Queue '{{queue}}' is consumed by Lambda ({{source}}) and moves messages to its dead-letter queue after {{count}} receives; AWS recommends at least 5.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    const v = redriveView(ctx.doc, ctx.unit);
    const node = v?.countProp?.value;
    if (t === undefined || v?.source === undefined || node === undefined || ctx.isPlaceholder(node)) return;
    const es = wiring(t).eventSources.find((e) => e.type === 'sqs' && e.source?.resource === v.source);
    if (es === undefined) return;
    const r = resolveScalarIn(t, ctx.unit, node);
    const n = r === undefined ? undefined : toNumber(r.value);
    if (r === undefined || n === undefined || !Number.isInteger(n) || n <= 1 || n >= 5) return;
    const fixes = r.node === node ? [{ title: 'Set maxReceiveCount to 5', safety: 'suggestion' as const, preferred: true, edits: [setScalar(node, node.type === 'string' ? '5' : 5, flavorOf(ctx.doc, ctx.unit))] }] : undefined;
    const label = eventSourceLabel(es);
    ctx.report({ node, messageId: 'lowCount', data: { queue: v.source.name, count: n, source: label }, related: [{ message: `Consumed by ${label}`, ...eventSourceAnchor(es) }], fixes });
  },
});
