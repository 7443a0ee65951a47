// ESM103 STARTING_POSITION: `StartingPosition` required for Kinesis and DynamoDB Streams, not allowed for SQS and Amazon MQ.

import { getProperty } from '../../parse/tree';
import { resolveString } from '../../cfn/resolve';
import { eventSourceAnchor, eventSourceLabel, wiring } from '../../cfn/resources';
import { ESM_STARTING_POSITIONS } from '../../settings/limits';
import { removeProperty } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'ESM103',
  name: 'valid-starting-position',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: '`StartingPosition` is required for Kinesis and DynamoDB Streams sources and not allowed for SQS and Amazon MQ; `AT_TIMESTAMP` is not available for DynamoDB Streams.',
    why: 'Lambda rejects a stream mapping without a starting position and a queue mapping with one. Values are `TRIM_HORIZON`, `LATEST` and `AT_TIMESTAMP` (with `StartingPositionTimestamp`).',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Mapping:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      EventSourceArn: arn:aws:sqs:us-east-1:123456789012:jobs\n      FunctionName: worker\n      StartingPosition: LATEST\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Mapping:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      EventSourceArn: arn:aws:kinesis:us-east-1:123456789012:stream/clicks\n      FunctionName: worker\n      StartingPosition: TRIM_HORIZON\n' }],
    fixSafety: 'Removing `StartingPosition` from a queue mapping is safe: queues have no position.',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html', 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html'],
  },
  messages: {
    missing: 'A {{type}} event source needs StartingPosition (TRIM_HORIZON, LATEST or AT_TIMESTAMP) ({{source}}).',
    notAllowed: 'An {{type}} event source takes no StartingPosition ({{source}}).',
    badValue: "StartingPosition must be {{allowed}}; '{{value}}' is not.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const es of wiring(t).eventSources) {
      const type = es.type;
      if (type === undefined) continue;
      const prop = getProperty(es.props, 'StartingPosition');
      const label = type === 'sqs' ? 'SQS' : type === 'mq' ? 'Amazon MQ' : type === 'kinesis' ? 'Kinesis' : type === 'dynamodb' ? 'DynamoDB Streams' : type;
      if ((type === 'kinesis' || type === 'dynamodb') && prop === undefined) {
        ctx.report({ range: eventSourceAnchor(es), messageId: 'missing', data: { type: label, source: eventSourceLabel(es) } });
      } else if ((type === 'sqs' || type === 'mq') && prop !== undefined) {
        ctx.report({ node: prop.key, messageId: 'notAllowed', data: { type: label, source: eventSourceLabel(es) }, fixes: [{ title: 'Remove StartingPosition', safety: 'safe', preferred: true, edits: [removeProperty(ctx.doc, prop, ctx.doc.format)] }] });
      } else if (prop?.value !== undefined) {
        const v = resolveString(t, prop.value);
        const allowed = type === 'dynamodb' ? ['TRIM_HORIZON', 'LATEST'] : ESM_STARTING_POSITIONS;
        if (v !== undefined && !allowed.includes(v.value)) ctx.report({ node: prop.value, messageId: 'badValue', data: { allowed: allowed.join(', '), value: v.value } });
      }
    }
  },
});
