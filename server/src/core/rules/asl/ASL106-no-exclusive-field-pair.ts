// ASL106: a field and its `…Path` twin (TimeoutSeconds/TimeoutSecondsPath, Error/ErrorPath, ...) are
// mutually exclusive, in states and in a Map's ItemBatcher and ReaderConfig.

import { aslModel } from '../../asl/model';
import { EXCLUSIVE_PAIRS } from '../../asl/spec';
import { objectAt } from '../../asl/util';
import { ObjectNode, getProperty } from '../../parse/tree';
import { RuleContext, defineRule } from '../types';

const BATCHER_PAIRS = [['MaxItemsPerBatch', 'MaxItemsPerBatchPath'], ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath']] as const;
const READER_PAIRS = [['MaxItems', 'MaxItemsPath']] as const;
/** Items/ItemsPath is ASL603's (Map input), so it is not repeated here. */
const STATE_PAIRS = EXCLUSIVE_PAIRS.filter(([a]) => a !== 'Items');

export default defineRule({
  id: 'ASL106',
  name: 'no-exclusive-field-pair',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A field and its `…Path` form (`TimeoutSeconds`/`TimeoutSecondsPath`, `Error`/`ErrorPath`, ...) cannot both be set.',
    why: 'The two forms give the same setting statically and from the input; Step Functions rejects a state that has both ("You cannot set both Error and ErrorPath at the same time").',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "F",\n  "States": { "F": { "Type": "Fail", "Error": "Oops", "ErrorPath": "$.error" } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "F",\n  "States": { "F": { "Type": "Fail", "ErrorPath": "$.error" } }\n}\n' }],
    references: ['https://states-language.net/spec.html#fail-state'],
  },
  messages: {
    both: "'{{first}}' and '{{second}}' cannot both be set.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.node === undefined) continue;
      pairs(ctx, s.node, STATE_PAIRS);
      if (s.type !== 'Map') continue;
      const batcher = objectAt(s.node, 'ItemBatcher');
      if (batcher) pairs(ctx, batcher, BATCHER_PAIRS);
      const rc = objectAt(objectAt(s.node, 'ItemReader'), 'ReaderConfig');
      if (rc) pairs(ctx, rc, READER_PAIRS);
    }
  },
});

function pairs(ctx: RuleContext, obj: ObjectNode, list: readonly (readonly [string, string])[]): void {
  for (const [a, b] of list) {
    const pa = getProperty(obj, a);
    const pb = getProperty(obj, b);
    if (pa === undefined || pb === undefined) continue;
    const later = pb.offset > pa.offset ? pb : pa;
    const earlier = later === pb ? pa : pb;
    ctx.report({ node: later.key, messageId: 'both', data: { first: a, second: b }, related: [{ message: `'${earlier.key.value}' is here`, offset: earlier.key.offset, length: earlier.key.length }] });
  }
}
