// ESM104 STREAM_ON_FAILURE_DESTINATION: a stream or Kafka mapping's on-failure destination is an SNS topic, SQS queue or S3 bucket.

import { wiring } from '../../cfn/resources';
import { defineRule } from '../types';

const ALLOWED = new Set(['sns', 'sqs', 's3']);

export default defineRule({
  id: 'ESM104',
  name: 'valid-on-failure-destination',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "An event source mapping's `DestinationConfig.OnFailure` is an SNS topic, an SQS queue or an S3 bucket, and exists only for stream and Kafka sources.",
    why: 'Kinesis, DynamoDB Streams, Amazon MSK and self-managed Kafka mappings send records of failed batches to an SNS topic, an SQS queue or an S3 bucket; other destinations are rejected. SQS mappings have no destination: failed messages go to the queue\'s own dead-letter queue.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Mapping:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      EventSourceArn: arn:aws:kinesis:us-east-1:123456789012:stream/clicks\n      FunctionName: worker\n      StartingPosition: LATEST\n      DestinationConfig:\n        OnFailure:\n          Destination: arn:aws:lambda:us-east-1:123456789012:function:handler\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Mapping:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      EventSourceArn: arn:aws:kinesis:us-east-1:123456789012:stream/clicks\n      FunctionName: worker\n      StartingPosition: LATEST\n      DestinationConfig:\n        OnFailure:\n          Destination: arn:aws:sqs:us-east-1:123456789012:failed-batches\n' }],
    references: ['https://docs.aws.amazon.com/lambda/latest/api/API_OnFailure.html'],
  },
  messages: {
    badService: 'The on-failure destination of {{source}} must be an SNS topic, an SQS queue or an S3 bucket; this is {{got}}.',
    sqsSource: 'SQS event sources take no DestinationConfig; configure a dead-letter queue on the source queue (RedrivePolicy) instead.',
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const a of wiring(t).asyncTargets) {
      const es = a.eventSource;
      if (es === undefined) continue;
      if (es.type === 'sqs') {
        ctx.report({ node: a.node, messageId: 'sqsSource' });
        continue;
      }
      const svc = a.target?.service;
      if (svc === undefined || ALLOWED.has(svc)) continue;
      const got = a.target?.resource ? `${a.target.resource.type} '${a.target.resource.name}'` : `a ${svc} ARN`;
      ctx.report({ node: a.node, messageId: 'badService', data: { source: es.origin === 'sam' ? `event '${es.eventName}'` : `'${es.owner.name}'`, got } });
    }
  },
});
