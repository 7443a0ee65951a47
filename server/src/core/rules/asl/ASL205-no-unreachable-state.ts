// ASL205: a state that no path from `StartAt` reaches (through Next, Default, Choice rules, Catchers).

import { aslModel } from '../../asl/model';
import { isString } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL205',
  name: 'no-unreachable-state',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Every state is reachable from `StartAt` through `Next`, `Default`, Choice rules or Catchers.',
    why: 'An unreachable state never runs: usually a transition was renamed or deleted and this state was left behind. Step Functions rejects definitions with unreachable states.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Succeed" },\n    "Orphan": { "Type": "Succeed" }\n  }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "B" },\n    "B": { "Type": "Succeed" }\n  }\n}\n' }],
    references: ['https://states-language.net/spec.html#transition'],
  },
  messages: {
    unreachable: "State '{{name}}' is never reached: no StartAt, Next, Default, Choice rule or Catcher leads to it.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const scope of machine.scopes) {
      const start = scope.startAt?.value;
      // With no valid StartAt (ASL201) reachability says nothing; report the states nothing refers to.
      const started = isString(start) && scope.byName.has(start.value);
      for (const s of scope.states) {
        if (scope.byName.get(s.name) !== s) continue;
        const orphan = started ? !s.reachable : !s.incoming.some((r) => r.from !== undefined && r.from !== s);
        if (orphan) ctx.report({ node: s.key, messageId: 'unreachable', data: { name: s.name }, tags: ['unnecessary'] });
      }
    }
  },
});
