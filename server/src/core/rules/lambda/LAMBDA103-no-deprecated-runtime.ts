// LAMBDA103 DEPRECATED_RUNTIME: a function uses a deprecated runtime (warning), or one AWS no longer lets you create or update (error).

import { getProperty } from '../../parse/tree';
import { resolveString } from '../../cfn/resolve';
import { functionSettings } from '../../cfn/functions';
import { RUNTIME_LIFECYCLE, today } from '../../data/lambda-runtimes';
import { defineRule } from '../types';

export default defineRule({
  id: 'LAMBDA103',
  name: 'no-deprecated-runtime',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A function should not use a deprecated Lambda runtime; once AWS blocks creating or updating functions with it, the stack fails.',
    why: 'Deprecated runtimes get no security patches. Some time after deprecation AWS blocks creating new functions with the runtime, then updating existing ones: a stack that creates or updates such a function fails (error from that date). Study material often uses `python3.8` as an example: it was deprecated on 2024-10-14. Dates come from the Lambda runtimes page as carried in the product data.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: nodejs6.10\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "exports.handler = () => {}" }\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.13\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): pass" }\n' }],
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html'],
  },
  messages: {
    deprecated: "Runtime '{{runtime}}' was deprecated on {{deprecated}}; creating functions with it is blocked from {{createBlocked}} and updating them from {{updateBlocked}}. Move to {{successor}}.",
    createBlocked: "Runtime '{{runtime}}' can no longer be used to create functions (blocked since {{createBlocked}}; updates blocked from {{updateBlocked}}). Move to {{successor}}.",
    updateBlocked: "Runtime '{{runtime}}' can no longer be used to create or update functions (blocked since {{updateBlocked}}). Move to {{successor}}.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    const now = today(ctx.services);
    for (const f of functionSettings(t)) {
      const node = getProperty(f.props, 'Runtime')?.value;
      const runtime = resolveString(t, node);
      const life = runtime === undefined ? undefined : RUNTIME_LIFECYCLE[runtime.value];
      if (node === undefined || runtime === undefined || life === undefined || now < life.deprecated) continue;
      const data = { runtime: runtime.value, ...life };
      const messageId = now >= life.updateBlocked ? 'updateBlocked' : now >= life.createBlocked ? 'createBlocked' : 'deprecated';
      ctx.report({ node, messageId, data, severity: messageId === 'deprecated' ? 'warning' : 'error' });
    }
  },
});
