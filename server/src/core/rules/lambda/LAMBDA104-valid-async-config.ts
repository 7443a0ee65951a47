// LAMBDA104 ASYNC_CONFIG_RANGE: asynchronous invocation retries 0–2 and maximum event age 60–21,600 s.

import { getProperty, getValue } from '../../parse/tree';
import { FUNCTION_TYPES } from '../../cfn/resources';
import { ASYNC_NUMBERS } from '../../settings/limits';
import { VALUE_MESSAGES, checkNumber } from '../shared/values';
import { defineRule } from '../types';

export default defineRule({
  id: 'LAMBDA104',
  name: 'valid-async-config',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Asynchronous invocation settings: `MaximumRetryAttempts` 0–2, `MaximumEventAgeInSeconds` 60–21,600 (6 hours).',
    why: 'Lambda retries a failed asynchronous invocation at most twice and keeps an event at most 6 hours; `AWS::Lambda::EventInvokeConfig` (and SAM `EventInvokeConfig`) reject other values.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Invoke:\n    Type: AWS::Lambda::EventInvokeConfig\n    Properties:\n      FunctionName: worker\n      Qualifier: $LATEST\n      MaximumRetryAttempts: 3\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Invoke:\n    Type: AWS::Lambda::EventInvokeConfig\n    Properties:\n      FunctionName: worker\n      Qualifier: $LATEST\n      MaximumRetryAttempts: 0\n      MaximumEventAgeInSeconds: 3600\n' }],
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html'],
  },
  messages: {
    outOfRange: VALUE_MESSAGES.outOfRange,
    notInteger: VALUE_MESSAGES.notInteger,
    notNumber: VALUE_MESSAGES.notNumber,
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const r of t.resources.values()) {
      const config = r.type === 'AWS::Lambda::EventInvokeConfig' ? r.properties : FUNCTION_TYPES.includes(r.type) ? getValue(r.properties, 'EventInvokeConfig') : undefined;
      if (config === undefined) continue;
      for (const [key, limit] of Object.entries(ASYNC_NUMBERS)) checkNumber(ctx, t, getProperty(config, key)?.value, key, limit);
    }
  },
});
