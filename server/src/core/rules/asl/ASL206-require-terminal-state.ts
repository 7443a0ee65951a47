// ASL206: each `States` object has a terminal state (`End: true`, Succeed or Fail), and every reachable
// state has some path to one (no closed loops).

import { aslModel, scopeLabel } from '../../asl/model';
import { STATE_TYPE_SET } from '../../asl/spec';
import { owningProperty } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL206',
  name: 'require-terminal-state',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Each `States` object has a terminal state (`"End": true`, Succeed or Fail), and every reachable state has a path to one.',
    why: 'Without a terminal state the machine, branch or item processor can never finish; Step Functions rejects it. A loop with no exit runs until the execution hits its history or time limit.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "B" },\n    "B": { "Type": "Pass", "Next": "A" }\n  }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "B" },\n    "B": { "Type": "Succeed" }\n  }\n}\n' }],
    references: ['https://states-language.net/spec.html#terminal-state'],
  },
  messages: {
    noTerminal: "{{where}} has no terminal state: give a state \"End\": true, or add a Succeed or Fail state.",
    noPath: "No path from state '{{name}}' leads to a terminal state: the execution would loop until it fails.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const scope of machine.scopes) {
      if (scope.states.length === 0 || scope.statesNode === undefined) continue;
      // A state of unknown type may be terminal; its own rule reports it.
      if (scope.states.some((s) => s.node === undefined || s.type === undefined || !STATE_TYPE_SET.has(s.type))) continue;
      if (!scope.states.some((s) => s.terminal)) {
        const key = owningProperty(scope.statesNode)?.key;
        const where = scope.kind === 'root' ? 'The state machine' : scopeLabel(scope).replace(/^./, (c) => c.toUpperCase());
        ctx.report({ node: key ?? scope.statesNode, messageId: 'noTerminal', data: { where } });
        continue;
      }
      for (const s of scope.states) {
        if (!s.reachable || s.canTerminate) continue;
        // Report the loop once, at its first state in document order whose predecessors can terminate or that StartAt enters.
        const entry = s.incoming.some((r) => r.kind === 'StartAt' || (r.from !== undefined && r.from.canTerminate) || r.from === undefined);
        if (entry) ctx.report({ node: s.key, messageId: 'noPath', data: { name: s.name } });
      }
    }
  },
});
