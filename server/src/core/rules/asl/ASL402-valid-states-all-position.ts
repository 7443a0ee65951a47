// ASL402: `States.ALL` appears alone in its ErrorEquals and only in the last Retrier or Catcher.

import { aslModel, objectItems } from '../../asl/model';
import { ArrayNode, ObjectNode, getValue, isArray, isString } from '../../parse/tree';
import type { Fix, TextEdit } from '../types';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL402',
  name: 'valid-states-all-position',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: '`States.ALL` appears alone in its `ErrorEquals` array, and only in the last Retrier or Catcher.',
    why: 'The specification: "States.ALL MUST appear alone in the ErrorEquals array and MUST appear in the last Retrier". Retriers and Catchers are tried in order, so anything after a `States.ALL` entry never runs.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": {\n    "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true, "Catch": [\n      { "ErrorEquals": ["States.ALL"], "Next": "F" },\n      { "ErrorEquals": ["States.Timeout"], "Next": "F" }\n    ] },\n    "F": { "Type": "Fail" }\n  }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": {\n    "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true, "Catch": [\n      { "ErrorEquals": ["States.Timeout"], "Next": "F" },\n      { "ErrorEquals": ["States.ALL"], "Next": "F" }\n    ] },\n    "F": { "Type": "Fail" }\n  }\n}\n' }],
    fixSafety: 'Moving the `States.ALL` entry to the end is safe: the entries after it could never match, so only they change behaviour, and AWS rejects the original order.',
    references: ['https://states-language.net/spec.html#error-names'],
  },
  messages: {
    notAlone: "'States.ALL' must appear alone in its ErrorEquals array.",
    notLast: "'States.ALL' must be in the last {{what}}: the ones after it can never match.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      for (const [field, what] of [['Retry', 'Retrier'], ['Catch', 'Catcher']] as const) {
        const list = getValue(s.node, field);
        if (!isArray(list)) continue;
        const entries = objectItems(list);
        entries.forEach((item, idx) => {
          const eq = getValue(item, 'ErrorEquals');
          if (!isArray(eq)) return;
          const all = eq.items.find((i) => isString(i) && i.value === 'States.ALL');
          if (all === undefined) return;
          if (eq.items.length > 1) ctx.report({ node: all, messageId: 'notAlone' });
          if (idx < entries.length - 1) {
            ctx.report({ node: all, messageId: 'notLast', data: { what }, fixes: [moveToEnd(ctx.text, list, item, what)] });
          }
        });
      }
    }
  },
});

/** Reorders the array items' text so that `item` comes last; separators and indentation stay in place. */
function moveToEnd(text: string, list: ArrayNode, item: ObjectNode, what: string): Fix {
  const order = list.items.filter((i) => i !== item);
  order.push(item);
  const edits: TextEdit[] = list.items.map((slot, k) => ({ offset: slot.offset, length: slot.length, newText: text.slice(order[k].offset, order[k].offset + order[k].length) }));
  return { title: `Move this ${what} to the end`, safety: 'safe', preferred: true, edits: edits.filter((e, k) => list.items[k] !== order[k]) };
}
