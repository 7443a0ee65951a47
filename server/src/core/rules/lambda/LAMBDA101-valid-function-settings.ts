// LAMBDA101 FUNCTION_SETTING_RANGE: memory, timeout, ephemeral storage and name/description/handler lengths within AWS's limits.

import { getPath } from '../../parse/tree';
import { functionSettings } from '../../cfn/functions';
import { LAMBDA_LENGTHS, LAMBDA_NUMBERS } from '../../settings/limits';
import { VALUE_MESSAGES, checkLength, checkNumber } from '../shared/values';
import { defineRule } from '../types';

export default defineRule({
  id: 'LAMBDA101',
  name: 'valid-function-settings',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: '`MemorySize` 128–10,240 MB, `Timeout` 1–900 s, `EphemeralStorage.Size` 512–10,240 MB; `FunctionName` ≤ 64, `Description` ≤ 256, `Handler` ≤ 128 characters.',
    why: 'Lambda rejects functions outside these limits and the stack fails. Older material says 512 MB of `/tmp` only: ephemeral storage is configurable up to 10,240 MB. SAM `Globals.Function` is checked where it is written.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.13\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): pass" }\n      Timeout: 1800\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.13\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): pass" }\n      Timeout: 900\n      MemorySize: 10240\n      EphemeralStorage:\n        Size: 4096\n' }],
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html', 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html'],
  },
  messages: {
    outOfRange: VALUE_MESSAGES.outOfRange,
    notInteger: VALUE_MESSAGES.notInteger,
    notNumber: VALUE_MESSAGES.notNumber,
    tooLong: VALUE_MESSAGES.tooLong,
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const f of functionSettings(t)) {
      for (const [key, limit] of Object.entries(LAMBDA_NUMBERS)) checkNumber(ctx, t, getPath(f.props, key.split('.')), key, limit);
      for (const [key, max] of Object.entries(LAMBDA_LENGTHS)) checkLength(ctx, t, getPath(f.props, [key]), key, max);
    }
  },
});
