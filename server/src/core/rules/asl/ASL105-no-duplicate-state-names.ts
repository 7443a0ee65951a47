// ASL105: a state name is used once in the whole machine, nested branches and processors included.
// Duplicates inside one `States` object are duplicate keys (ASL112); this rule reports the others.

import { AslState, aslModel, scopeLabel } from '../../asl/model';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL105',
  name: 'no-duplicate-state-names',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'State names are unique across the whole state machine, including Parallel branches and Map processors.',
    why: 'Step Functions requires unique state names in a machine; the execution history, the console and `$states.context.State.Name` identify a state by its name alone.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "Fork",\n  "States": {\n    "Fork": { "Type": "Parallel", "End": true, "Branches": [\n      { "StartAt": "Fork", "States": { "Fork": { "Type": "Succeed" } } }\n    ] }\n  }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "Fork",\n  "States": {\n    "Fork": { "Type": "Parallel", "End": true, "Branches": [\n      { "StartAt": "Inner", "States": { "Inner": { "Type": "Succeed" } } }\n    ] }\n  }\n}\n' }],
    references: ['https://states-language.net/spec.html#states-fields'],
  },
  messages: {
    duplicate: "State name '{{name}}' is already used in {{where}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    const first = new Map<string, AslState>();
    for (const s of machine.states) {
      const f = first.get(s.name);
      if (f === undefined) {
        first.set(s.name, s);
        continue;
      }
      if (f.scope === s.scope) continue;
      ctx.report({ node: s.key, messageId: 'duplicate', data: { name: s.name, where: scopeLabel(f.scope) }, related: [{ message: 'First use', offset: f.key.offset, length: f.key.length }] });
    }
  },
});
