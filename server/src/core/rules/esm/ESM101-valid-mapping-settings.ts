// ESM101 ESM_SETTING_RANGE: batch size, batching window, parallelization, retries, record age, windows and concurrency within AWS's ranges.

import { getPath } from '../../parse/tree';
import { wiring } from '../../cfn/resources';
import { ESM_NUMBERS } from '../../settings/limits';
import { VALUE_MESSAGES, checkNumber } from '../shared/values';
import { defineRule } from '../types';

export default defineRule({
  id: 'ESM101',
  name: 'valid-mapping-settings',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Event source mapping settings within AWS\'s ranges: `BatchSize` 1–10,000, `MaximumBatchingWindowInSeconds` 0–300, `ParallelizationFactor` 1–10, `MaximumRetryAttempts` −1–10,000, `MaximumRecordAgeInSeconds` −1 or 60–604,800, `TumblingWindowInSeconds` 0–900, `ScalingConfig.MaximumConcurrency` 2–1,000.',
    why: 'Lambda rejects event source mappings outside these ranges. `AWS::Lambda::EventSourceMapping` and SAM `SQS`, `Kinesis`, `DynamoDB`, `MSK`, `SelfManagedKafka`, `MQ` and `DocumentDB` events are checked.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Mapping:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      EventSourceArn: arn:aws:sqs:us-east-1:123456789012:jobs\n      FunctionName: worker\n      MaximumBatchingWindowInSeconds: 600\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Mapping:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      EventSourceArn: arn:aws:sqs:us-east-1:123456789012:jobs\n      FunctionName: worker\n      BatchSize: 100\n      MaximumBatchingWindowInSeconds: 30\n      ScalingConfig:\n        MaximumConcurrency: 50\n' }],
    references: ['https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html', 'https://docs.aws.amazon.com/lambda/latest/api/API_ScalingConfig.html'],
  },
  messages: {
    outOfRange: VALUE_MESSAGES.outOfRange,
    notInteger: VALUE_MESSAGES.notInteger,
    notNumber: VALUE_MESSAGES.notNumber,
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const es of wiring(t).eventSources) {
      if (es.props === undefined) continue;
      for (const [key, limit] of Object.entries(ESM_NUMBERS)) checkNumber(ctx, t, getPath(es.props, key.split('.')), key, limit);
    }
  },
});
