// ASL203: states in a Parallel branch or a Map processor transition only among themselves, and the
// outer machine cannot jump into them.

import { aslModel, scopeLabel } from '../../asl/model';
import { resolve } from '../../asl/transitions';
import { isUnknown } from '../../asl/util';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL203',
  name: 'no-cross-scope-transition',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A transition stays inside its own `States` object: no jumps into or out of a Parallel branch or a Map processor.',
    why: 'Each branch and item processor is a separate state machine; Step Functions rejects a `Next` that names a state of another one ("Parallel branch state cannot transition to target").',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "P",\n  "States": {\n    "P": { "Type": "Parallel", "Next": "Done", "Branches": [\n      { "StartAt": "B", "States": { "B": { "Type": "Pass", "Next": "Done" } } }\n    ] },\n    "Done": { "Type": "Succeed" }\n  }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "P",\n  "States": {\n    "P": { "Type": "Parallel", "Next": "Done", "Branches": [\n      { "StartAt": "B", "States": { "B": { "Type": "Pass", "End": true } } }\n    ] },\n    "Done": { "Type": "Succeed" }\n  }\n}\n' }],
    references: ['https://states-language.net/spec.html#parallel-state'],
  },
  messages: {
    crossScope: "'{{name}}' is a state of {{where}}; a transition cannot leave or enter a branch or item processor.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const ref of machine.references) {
      if (isUnknown(ctx, ref.node)) continue;
      const r = resolve(machine, ref);
      if (r.kind !== 'other-scope') continue;
      ctx.report({ node: ref.node, messageId: 'crossScope', data: { name: ref.name, where: scopeLabel(r.state.scope) }, related: [{ message: `'${ref.name}' is defined here`, offset: r.state.key.offset, length: r.state.key.length }] });
    }
  },
});
