// ASL110: numeric state fields are numbers of the right kind and in range (TimeoutSeconds,
// HeartbeatSeconds, Seconds, MaxConcurrency, ToleratedFailure*, ItemBatcher and ReaderConfig limits,
// the machine's TimeoutSeconds). Retrier fields are ASL403's.

import { aslModel } from '../../asl/model';
import { BATCHER_NUMBERS, NumberLimit, READER_NUMBERS, STATE_NUMBERS } from '../../asl/numbers';
import { isJsonata, isUnknown, objectAt, typeName } from '../../asl/util';
import { ObjectNode, getProperty } from '../../parse/tree';
import { RuleContext, defineRule } from '../types';

export default defineRule({
  id: 'ASL110',
  name: 'valid-number-range',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Numeric fields (`TimeoutSeconds`, `HeartbeatSeconds`, `Seconds`, `MaxConcurrency`, `ToleratedFailure…`, batch and reader limits) are numbers of the right kind within their range.',
    why: 'Step Functions rejects a timeout of 0, a fractional number of seconds, a tolerated failure percentage over 100 or a batch over 256 KiB when the definition is created.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 0, "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30, "End": true } }\n}\n' }],
    references: ['https://states-language.net/spec.html#task-state', 'https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html'],
  },
  messages: {
    notNumber: "'{{field}}' must be {{kind}}, not {{actual}}.",
    range: "'{{field}}' must be {{bounds}}; it is {{value}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    checkFields(ctx, machine.root.node, { TimeoutSeconds: STATE_NUMBERS.TimeoutSeconds });
    for (const s of machine.states) {
      if (s.node === undefined) continue;
      checkFields(ctx, s.node, STATE_NUMBERS);
      if (s.type !== 'Map') continue;
      const batcher = objectAt(s.node, 'ItemBatcher');
      if (batcher) checkFields(ctx, batcher, BATCHER_NUMBERS);
      const rc = objectAt(objectAt(s.node, 'ItemReader'), 'ReaderConfig');
      if (rc) checkFields(ctx, rc, READER_NUMBERS);
    }
  },
});

/** Reports values of `obj`'s numeric fields that are not numbers or out of range (shared with ASL403). */
export function checkFields(ctx: RuleContext, obj: ObjectNode, table: Readonly<Record<string, NumberLimit>>): void {
  for (const [field, limit] of Object.entries(table)) {
    const v = getProperty(obj, field)?.value;
    if (v === undefined || isUnknown(ctx, v) || isJsonata(v)) continue;
    const kind = limit.integer ? 'an integer' : 'a number';
    if (v.type !== 'number') {
      ctx.report({ node: v, messageId: 'notNumber', data: { field, kind, actual: typeName(v) } });
      continue;
    }
    if (limit.integer && !Number.isInteger(v.value)) {
      ctx.report({ node: v, messageId: 'notNumber', data: { field, kind, actual: v.raw } });
      continue;
    }
    if (v.value < limit.min || v.value > limit.max) {
      const bounds = limit.max >= Number.MAX_VALUE ? `at least ${limit.min}` : `from ${limit.min} to ${limit.max.toLocaleString('en-US')}`;
      ctx.report({ node: v, messageId: 'range', data: { field, bounds, value: v.raw } });
    }
  }
}
