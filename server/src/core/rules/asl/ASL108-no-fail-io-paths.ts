// ASL108: a Fail state has no InputPath or OutputPath.

import { aslModel } from '../../asl/model';
import { getProperty } from '../../parse/tree';
import { flavorOf, removeProperty } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL108',
  name: 'no-fail-io-paths',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A Fail state takes no `InputPath` or `OutputPath`.',
    why: 'A Fail state stops the execution with an error and a cause; it has no output to filter, and Step Functions rejects the fields there.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "F",\n  "States": { "F": { "Type": "Fail", "Error": "Oops", "OutputPath": "$.x" } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "F",\n  "States": { "F": { "Type": "Fail", "Error": "Oops" } }\n}\n' }],
    fixSafety: 'Removing the field is safe: it has no effect on a Fail state and AWS rejects it.',
    references: ['https://states-language.net/spec.html#fail-state'],
  },
  messages: {
    ioPath: "A Fail state has no '{{field}}'.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Fail' || s.node === undefined) continue;
      for (const f of ['InputPath', 'OutputPath']) {
        const p = getProperty(s.node, f);
        if (p === undefined) continue;
        ctx.report({ node: p.key, messageId: 'ioPath', data: { field: f }, fixes: [{ title: `Remove '${f}'`, safety: 'safe', preferred: true, edits: [removeProperty(ctx.doc, p, flavorOf(ctx.doc, ctx.unit))] }] });
      }
    }
  },
});
