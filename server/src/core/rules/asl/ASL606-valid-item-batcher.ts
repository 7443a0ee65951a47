// ASL606: an ItemBatcher sets at least one of its batch limits.

import { aslModel } from '../../asl/model';
import { objectAt } from '../../asl/util';
import { getProperty, owningProperty } from '../../parse/tree';
import { defineRule } from '../types';

const LIMITS = ['MaxItemsPerBatch', 'MaxItemsPerBatchPath', 'MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'];

export default defineRule({
  id: 'ASL606',
  name: 'valid-item-batcher',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'An `ItemBatcher` sets at least one of `MaxItemsPerBatch`, `MaxInputBytesPerBatch` (or their `…Path` forms).',
    why: 'Without a limit Step Functions cannot size the batches and rejects the ItemBatcher.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "M",\n  "States": { "M": { "Type": "Map", "End": true, "ItemBatcher": { "BatchInput": { "k": 1 } },\n    "ItemProcessor": { "StartAt": "I", "States": { "I": { "Type": "Succeed" } } } } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "M",\n  "States": { "M": { "Type": "Map", "End": true, "ItemBatcher": { "MaxItemsPerBatch": 100 },\n    "ItemProcessor": { "StartAt": "I", "States": { "I": { "Type": "Succeed" } } } } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itembatcher.html'],
  },
  messages: {
    noLimit: 'An ItemBatcher needs MaxItemsPerBatch or MaxInputBytesPerBatch (or a …Path form).',
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Map') continue;
      const b = objectAt(s.node, 'ItemBatcher');
      if (b === undefined || LIMITS.some((f) => getProperty(b, f) !== undefined)) continue;
      ctx.report({ node: owningProperty(b)?.key ?? b, messageId: 'noLimit' });
    }
  },
});
