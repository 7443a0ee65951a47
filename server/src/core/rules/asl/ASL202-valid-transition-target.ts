// ASL202: `Next`, `Default`, Choice rule `Next` and Catcher `Next` name an existing state (exactly,
// case-sensitively). A name that exists only in another scope is ASL203's.

import { aslModel } from '../../asl/model';
import { resolve, suggestion } from '../../asl/transitions';
import { isUnknown } from '../../asl/util';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL202',
  name: 'valid-transition-target',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: '`Next`, `Default`, Choice rule `Next` and Catcher `Next` name an existing state, exactly and case-sensitively.',
    why: 'Step Functions rejects a transition to a state that does not exist; a typo in a rarely taken branch (a Catcher, a Choice default) is otherwise easy to miss.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "Dnoe" },\n    "Done": { "Type": "Succeed" }\n  }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "Done" },\n    "Done": { "Type": "Succeed" }\n  }\n}\n' }],
    fixSafety: 'Replacing the name with the closest state name is a suggestion: it decides where the execution goes.',
    references: ['https://states-language.net/spec.html#transition'],
  },
  messages: {
    missing: "'{{name}}' is not a state{{hint}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const ref of machine.references) {
      if (ref.kind === 'StartAt' || isUnknown(ctx, ref.node)) continue;
      if (resolve(machine, ref).kind !== 'missing') continue;
      const s = suggestion(ctx.doc, ctx.unit, ref);
      ctx.report({ node: ref.node, messageId: 'missing', data: { name: ref.name, hint: s.name ? `; did you mean '${s.name}'?` : '' }, fixes: s.fixes });
    }
  },
});
