// SQS104 QUEUE_ATTRIBUTE_RANGE: queue attribute values of the right type and within AWS's ranges today.

import { getProperty } from '../../parse/tree';
import { attributeView } from '../../settings/attributes';
import { SQS_BOOLEANS, SQS_ENUMS, SQS_NUMBERS } from '../../settings/limits';
import { VALUE_MESSAGES, checkBoolean, checkEnum, checkNumber } from '../shared/values';
import { defineRule } from '../types';

export default defineRule({
  id: 'SQS104',
  name: 'valid-attribute-values',
  appliesTo: ['sqs-queue-attributes'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Queue attributes must have the right type and lie within the ranges AWS accepts today.',
    why: 'SQS rejects out-of-range values (`InvalidAttributeValue`) and CloudFormation fails the stack. Ranges: `VisibilityTimeout` 0–43,200 s (12 hours), `DelaySeconds` 0–900, `MessageRetentionPeriod` 60–1,209,600 (14 days), `ReceiveMessageWaitTimeSeconds` 0–20, `MaximumMessageSize` 1,024–1,048,576 bytes (1 MiB since 2025-08-04; older material says 256 KB), `KmsDataKeyReusePeriodSeconds` 60–86,400. In an attribute file (`aws sqs create-queue --attributes file://...`) every value is a string: the CLI rejects numbers and booleans.',
    invalid: [
      { title: 'A visibility timeout above 12 hours', format: 'yaml', code: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 50000\n' },
    ],
    valid: [
      { title: 'A 1 MiB maximum message size (allowed since 2025-08-04)', format: 'json', code: '{\n  "MaximumMessageSize": "1048576",\n  "VisibilityTimeout": "60"\n}\n' },
    ],
    fixSafety: 'Quoting a number or boolean in an attribute file is safe: the value is unchanged and the CLI accepts it.',
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html', 'https://aws.amazon.com/about-aws/whats-new/2025/08/amazon-sqs-max-payload-size-1mib/'],
  },
  messages: {
    outOfRange: VALUE_MESSAGES.outOfRange,
    notInteger: VALUE_MESSAGES.notInteger,
    notNumber: VALUE_MESSAGES.notNumber,
    notString: VALUE_MESSAGES.notString,
    notBoolean: VALUE_MESSAGES.notBoolean,
    notEnum: VALUE_MESSAGES.notEnum,
  },
  check(ctx) {
    const v = attributeView(ctx.doc, ctx.unit);
    if (v === undefined) return;
    const opts = { stringsOnly: v.host === 'file', flavor: v.flavor };
    for (const [key, limit] of Object.entries(SQS_NUMBERS)) checkNumber(ctx, v.t, getProperty(v.attrs, key)?.value, key, limit, opts);
    for (const key of SQS_BOOLEANS) checkBoolean(ctx, v.t, getProperty(v.attrs, key)?.value, key, opts);
    for (const [key, allowed] of Object.entries(SQS_ENUMS)) checkEnum(ctx, v.t, getProperty(v.attrs, key)?.value, key, allowed, opts);
  },
});
