// LAMBDA102 ENVIRONMENT_SIZE: environment variables fit in 4 KB, use valid names and avoid the reserved ones.

import { ObjectNode, getPath, isObject } from '../../parse/tree';
import { isFunctionLike, resolveScalar } from '../../cfn/resolve';
import { intrinsicName } from '../../model/template';
import { functionSettings } from '../../cfn/functions';
import { LAMBDA_ENV_BYTES, LAMBDA_RESERVED_ENV } from '../../settings/limits';
import { defineRule } from '../types';

const NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;

export default defineRule({
  id: 'LAMBDA102',
  name: 'valid-environment',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A function\'s environment variables take at most 4 KB in total (names and values), have names of letters, digits and `_` starting with a letter, and avoid the names Lambda reserves.',
    why: 'Lambda rejects the function when the variables exceed 4 KB, when a name is malformed, or when it sets a reserved variable such as `AWS_REGION` or `_HANDLER`. SAM `Globals.Function.Environment` counts towards each function\'s total. Values that are not known statically count only for their known parts.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.13\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): pass" }\n      Environment:\n        Variables:\n          AWS_REGION: us-east-1\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.13\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): pass" }\n      Environment:\n        Variables:\n          TABLE_NAME: orders\n' }],
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html', 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html'],
  },
  messages: {
    reserved: "'{{name}}' is reserved by Lambda; a function cannot set it.",
    badName: "'{{name}}' is not a valid environment variable name (letters, digits and '_', starting with a letter).",
    tooLarge: 'The environment variables of {{label}} take at least {{size}} bytes; Lambda allows 4 KB (4,096 bytes) in total.',
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    const all = functionSettings(t);
    const globals = all.find((f) => f.resource === undefined);
    const globalVars = globals ? getPath(globals.props, ['Environment', 'Variables']) : undefined;
    for (const f of all) {
      const vars = getPath(f.props, ['Environment', 'Variables']);
      if (!isObject(vars) || intrinsicName(vars) !== undefined || isFunctionLike(vars)) continue;
      for (const p of vars.properties) {
        const name = p.key.value;
        if (LAMBDA_RESERVED_ENV.includes(name)) ctx.report({ node: p.key, messageId: 'reserved', data: { name } });
        else if (!NAME.test(name)) ctx.report({ node: p.key, messageId: 'badName', data: { name } });
      }
      // A SAM function inherits the global variables (its own win on a clash).
      const merged = new Map<string, number>();
      const add = (o: ObjectNode): void => {
        for (const p of o.properties) {
          const v = resolveScalar(t, p.value);
          merged.set(p.key.value, Buffer.byteLength(p.key.value, 'utf8') + (v === undefined ? 0 : Buffer.byteLength(String(v.value), 'utf8')));
        }
      };
      if (f.resource?.type === 'AWS::Serverless::Function' && isObject(globalVars) && intrinsicName(globalVars) === undefined) add(globalVars);
      add(vars);
      let size = 0;
      for (const n of merged.values()) size += n;
      if (size > LAMBDA_ENV_BYTES) {
        const key = vars.parent?.type === 'property' ? vars.parent.key : undefined;
        ctx.report({ range: key ? { offset: key.offset, length: key.length } : { offset: vars.offset, length: 1 }, messageId: 'tooLarge', data: { label: f.label, size } });
      }
    }
  },
});
