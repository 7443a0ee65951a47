// ASL508: in a payload template, a key ending `.$` takes a string that is a path (`$…`, `$$…`,
// `$variable…`) or an intrinsic function call; the call's syntax is checked here.

import { looksLikeIntrinsic, parseIntrinsic } from '../../asl/intrinsics';
import { aslModel } from '../../asl/model';
import { payloadTemplates } from '../../asl/templates';
import { dollarKeys, isUnknown, typeName } from '../../asl/util';
import { isString, stringRange } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL508',
  name: 'valid-payload-template',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'In `Parameters`, `ResultSelector`, `ItemSelector` and `Assign`, a key ending in `.$` takes a path or an intrinsic function call.',
    why: 'The `.$` suffix tells Step Functions to evaluate the value; a literal (`"Qualifier.$": "prod"`), a number or a malformed call is rejected. Drop the `.$` to pass a literal.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Parameters": { "stage.$": "prod" }, "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Parameters": { "stage": "prod", "id.$": "$.id", "msg.$": "States.Format(\'id {}\', $.id)" }, "End": true } }\n}\n' }],
    references: ['https://states-language.net/spec.html#payload-template', 'https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html'],
  },
  messages: {
    notString: "'{{key}}' takes a path or an intrinsic function as a string, not {{actual}}; remove '.$' to pass a literal.",
    notPath: "'{{key}}' takes a path ($...) or an intrinsic function, not '{{value}}'; remove '.$' to pass a literal.",
    intrinsicSyntax: 'Invalid intrinsic function call: {{detail}}.',
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      for (const t of payloadTemplates(s)) {
        dollarKeys(t, (p) => {
          const v = p.value;
          if (v === undefined || isUnknown(ctx, v)) return;
          const key = p.key.value;
          if (!isString(v)) {
            ctx.report({ node: v, messageId: 'notString', data: { key, actual: typeName(v) } });
            return;
          }
          if (v.value.startsWith('$')) return;
          if (looksLikeIntrinsic(v.value.trimStart()) && v.value.trimStart().startsWith('States')) {
            const r = parseIntrinsic(v.value);
            if ('error' in r) ctx.report({ range: stringRange(v, r.error.offset, r.error.length), messageId: 'intrinsicSyntax', data: { detail: r.error.message } });
            return;
          }
          ctx.report({ node: v, messageId: 'notPath', data: { key, value: v.value.length > 40 ? v.value.slice(0, 40) + '…' : v.value } });
        });
      }
    }
  },
});
