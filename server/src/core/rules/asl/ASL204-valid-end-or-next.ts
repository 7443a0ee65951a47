// ASL204: Task, Pass, Wait, Parallel and Map states have exactly one of `Next` and `End: true`;
// Choice, Succeed and Fail states have neither.

import { aslModel } from '../../asl/model';
import { getProperty } from '../../parse/tree';
import { flavorOf, insertProperty, removeProperty } from '../fixes';
import { defineRule } from '../types';

const NEEDS = new Set(['Task', 'Pass', 'Wait', 'Parallel', 'Map']);
const NEITHER = new Set(['Choice', 'Succeed', 'Fail']);

export default defineRule({
  id: 'ASL204',
  name: 'valid-end-or-next',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Task, Pass, Wait, Parallel and Map states have exactly one of `Next` and `"End": true`; Choice, Succeed and Fail states have neither.',
    why: 'A state without a transition has nowhere to go, and one with both is ambiguous; Step Functions rejects both. Choice states transition through their rules, and Succeed and Fail always end.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass" } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "End": true } }\n}\n' }],
    fixSafety: 'Adding `"End": true` to a state with no transition and removing `End`/`Next` where they are not allowed are safe: AWS rejects the original, and the fix does what the state already appears to do.',
    references: ['https://states-language.net/spec.html#transition'],
  },
  messages: {
    missing: "State '{{name}}' needs either \"Next\" or \"End\": true.",
    both: "State '{{name}}' has both \"Next\" and \"End\": true; keep one.",
    notAllowed: "A {{type}} state cannot have '{{field}}'.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const s of machine.states) {
      if (s.node === undefined || s.type === undefined) continue;
      const next = getProperty(s.node, 'Next');
      const end = getProperty(s.node, 'End');
      const endTrue = end?.value?.type === 'boolean' && end.value.value === true;
      if (NEEDS.has(s.type)) {
        if (next !== undefined && endTrue) {
          ctx.report({ node: end!.key, messageId: 'both', data: { name: s.name } });
        } else if (next === undefined && !endTrue) {
          const edit = end !== undefined && end.value !== undefined
            ? { offset: end.value.offset, length: end.value.length, newText: 'true' }
            : insertProperty(ctx.doc, s.node, 'End', true, flavor);
          ctx.report({ node: end?.value ?? s.key, messageId: 'missing', data: { name: s.name }, fixes: [{ title: 'Add "End": true', safety: 'safe', preferred: true, edits: [edit] }] });
        }
      } else if (NEITHER.has(s.type)) {
        for (const p of [next, end]) {
          if (p === undefined) continue;
          ctx.report({ node: p.key, messageId: 'notAllowed', data: { type: s.type, field: p.key.value }, fixes: [{ title: `Remove '${p.key.value}'`, safety: 'safe', preferred: true, edits: [removeProperty(ctx.doc, p, flavor)] }] });
        }
      }
    }
  },
});
