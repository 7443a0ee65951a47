// ASL510: intrinsic function names are the States.* functions, called with the right number of arguments.

import { intrinsicSites } from '../../asl/intrinsic-sites';
import { allCalls } from '../../asl/intrinsics';
import { aslModel } from '../../asl/model';
import { INTRINSICS, INTRINSIC_BY_NAME } from '../../asl/spec';
import { closest } from '../../asl/util';
import { stringRange } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL510',
  name: 'valid-intrinsic-function',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Intrinsic functions are the `States.*` functions (`States.Format`, `States.ArrayRange`, ...), called with the right number of arguments.',
    why: 'Step Functions rejects an unknown function name (names are case-sensitive) or a call with too few or too many arguments.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Parameters": { "id.$": "States.Uuid()" }, "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Parameters": { "id.$": "States.UUID()" }, "End": true } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html'],
  },
  messages: {
    unknown: "'{{name}}' is not an intrinsic function{{hint}}.",
    arity: "'{{name}}' takes {{expected}} argument(s), not {{count}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      for (const site of intrinsicSites(s)) {
        for (const call of allCalls(site.call)) {
          const spec = INTRINSIC_BY_NAME.get(call.name);
          if (spec === undefined) {
            const guess = closest(call.name, INTRINSICS.map((i) => i.name));
            ctx.report({ range: stringRange(site.node, call.nameOffset, call.name.length), messageId: 'unknown', data: { name: call.name, hint: guess ? `; did you mean '${guess}'?` : '' } });
            continue;
          }
          const n = call.args.length;
          if (n < spec.minArgs || n > spec.maxArgs) {
            const expected = spec.maxArgs === Infinity ? `at least ${spec.minArgs}` : spec.minArgs === spec.maxArgs ? String(spec.minArgs) : `${spec.minArgs} to ${spec.maxArgs}`;
            ctx.report({ range: stringRange(site.node, call.offset, call.length), messageId: 'arity', data: { name: call.name, expected, count: n } });
          }
        }
      }
    }
  },
});
