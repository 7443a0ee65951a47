// ASL604 (hint): deprecated Map aliases: Iterator → ItemProcessor, Parameters → ItemSelector.

import { aslModel } from '../../asl/model';
import { getProperty } from '../../parse/tree';
import { defineRule } from '../types';

const ALIASES = [['Iterator', 'ItemProcessor'], ['Parameters', 'ItemSelector']] as const;

export default defineRule({
  id: 'ASL604',
  name: 'no-deprecated-map-fields',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'hint',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Map states use `ItemProcessor` and `ItemSelector` rather than the deprecated `Iterator` and `Parameters`.',
    why: 'The old names still work for Inline Maps, but new features (Distributed mode, `ProcessorConfig`) are documented only with the new ones.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "M",\n  "States": { "M": { "Type": "Map", "End": true, "Iterator": { "StartAt": "I", "States": { "I": { "Type": "Succeed" } } } } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "M",\n  "States": { "M": { "Type": "Map", "End": true, "ItemProcessor": { "StartAt": "I", "States": { "I": { "Type": "Succeed" } } } } }\n}\n' }],
    fixSafety: 'Renaming is safe: the two names mean the same for Map states.',
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html'],
  },
  messages: {
    deprecated: "'{{field}}' is deprecated in Map states; use '{{replacement}}'.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Map' || s.node === undefined) continue;
      for (const [old, replacement] of ALIASES) {
        const p = getProperty(s.node, old);
        if (p === undefined || getProperty(s.node, replacement) !== undefined) continue;
        const r = p.key.map ? p.key.map.rangeToHost(0, p.key.value.length) : { offset: p.key.contentOffset, length: p.key.value.length };
        ctx.report({ node: p.key, messageId: 'deprecated', data: { field: old, replacement }, tags: ['deprecated'], fixes: [{ title: `Rename to '${replacement}'`, safety: 'safe', preferred: true, edits: [{ offset: r.offset, length: r.length, newText: replacement }] }] });
      }
    }
  },
});
