// ASL405: predefined error names are case-sensitive and from the fixed list; other names must not use
// the reserved `States.` prefix (a warning: AWS accepts such names, but they can collide with its own).

import { aslModel, objectItems } from '../../asl/model';
import { PREDEFINED_ERRORS } from '../../asl/spec';
import { isUnknown } from '../../asl/util';
import { StringNode, getProperty, getValue, isArray, isString } from '../../parse/tree';
import { flavorOf, replaceStringContent } from '../fixes';
import { RuleContext, defineRule } from '../types';

const BY_LOWER = new Map(Object.keys(PREDEFINED_ERRORS).map((k) => [k.toLowerCase(), k]));

export default defineRule({
  id: 'ASL405',
  name: 'valid-error-name',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Predefined error names (`States.ALL`, `States.Timeout`, ...) are written exactly; other error names do not start with `States.`.',
    why: 'Error names match case-sensitively: `States.Timeout` catches a timeout, `States.TimeOut` never matches anything. The `States.` prefix is reserved for errors Step Functions raises.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Retry": [{ "ErrorEquals": ["States.TimeOut"] }], "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Retry": [{ "ErrorEquals": ["States.Timeout", "MyError"] }], "End": true } }\n}\n' }],
    fixSafety: 'Correcting the case of a predefined error name is safe: the misspelt name can never match.',
    references: ['https://states-language.net/spec.html#error-names', 'https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html'],
  },
  messages: {
    wrongCase: "'{{name}}' is not an error name; the predefined error is '{{expected}}' (names are case-sensitive).",
    reserved: "'{{name}}' is not a predefined error; the 'States.' prefix is reserved for errors Step Functions raises.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      for (const field of ['Retry', 'Catch']) {
        for (const item of objectItems(getValue(s.node, field))) {
          const eq = getValue(item, 'ErrorEquals');
          if (isArray(eq)) for (const n of eq.items) if (isString(n)) check(ctx, n);
        }
      }
      if (s.type === 'Fail') {
        const e = getProperty(s.node, 'Error')?.value;
        if (isString(e)) check(ctx, e);
      }
    }
  },
});

function check(ctx: RuleContext, n: StringNode): void {
  const name = n.value;
  if (PREDEFINED_ERRORS[name] !== undefined || isUnknown(ctx, n)) return;
  const exact = BY_LOWER.get(name.toLowerCase());
  if (exact !== undefined) {
    ctx.report({ node: n, messageId: 'wrongCase', data: { name, expected: exact }, fixes: [{ title: `Change to '${exact}'`, safety: 'safe', preferred: true, edits: [replaceStringContent(n, exact, flavorOf(ctx.doc, ctx.unit))] }] });
  } else if (name.toLowerCase().startsWith('states.')) {
    ctx.report({ node: n, messageId: 'reserved', data: { name }, severity: 'warning' });
  }
}
