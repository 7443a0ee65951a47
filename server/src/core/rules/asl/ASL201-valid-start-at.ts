// ASL201: `StartAt` names a state of its own `States` object (the machine, each branch, each processor).

import { aslModel } from '../../asl/model';
import { resolve, suggestion } from '../../asl/transitions';
import { isUnknown } from '../../asl/util';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL201',
  name: 'valid-start-at',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: '`StartAt` names an existing state of the same `States` object (exactly, case-sensitively).',
    why: 'Step Functions rejects a machine, Parallel branch or Map processor whose `StartAt` names no state of its own `States`.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "Frist",\n  "States": { "First": { "Type": "Succeed" } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "First",\n  "States": { "First": { "Type": "Succeed" } }\n}\n' }],
    fixSafety: 'Replacing the name with the closest state name is a suggestion: it decides where the execution starts.',
    references: ['https://states-language.net/spec.html#toplevelfields'],
  },
  messages: {
    missing: "StartAt '{{name}}' is not a state of {{where}}{{hint}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const ref of machine.references) {
      if (ref.kind !== 'StartAt' || isUnknown(ctx, ref.node)) continue;
      const r = resolve(machine, ref);
      if (r.kind === 'ok') continue;
      const s = suggestion(ctx.doc, ctx.unit, ref);
      const where = ref.scope.kind === 'root' ? 'the state machine' : ref.scope.kind === 'branch' ? 'this Parallel branch' : 'this Map processor';
      ctx.report({ node: ref.node, messageId: 'missing', data: { name: ref.name, where, hint: s.name ? `; did you mean '${s.name}'?` : '' }, fixes: s.fixes });
    }
  },
});
