// ASL605: enumerated Map settings: ReaderConfig InputType, CSVHeaderLocation, CSVDelimiter,
// ManifestType; WriterConfig Transformation and OutputType; ProcessorConfig Mode and ExecutionType.
// Also: a ResultWriter WriterConfig needs OutputType, and CSVHeaderLocation GIVEN needs CSVHeaders.

import { aslModel } from '../../asl/model';
import { ENUMS } from '../../asl/spec';
import { closest, isJsonata, isUnknown, objectAt } from '../../asl/util';
import { getPath, getProperty, isString, owningProperty } from '../../parse/tree';
import { flavorOf, replaceStringContent } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL605',
  name: 'valid-map-enum',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Map settings with a fixed set of values (`InputType`, `CSVHeaderLocation`, `CSVDelimiter`, `Transformation`, `OutputType`, `Mode`, `ExecutionType`) use one of them.',
    why: 'Step Functions rejects any other value (values are case-sensitive, `DISTRIBUTED` not `Distributed`).',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "M",\n  "States": { "M": { "Type": "Map", "End": true, "ItemProcessor": { "ProcessorConfig": { "Mode": "Distributed" }, "StartAt": "I", "States": { "I": { "Type": "Succeed" } } } } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "M",\n  "States": { "M": { "Type": "Map", "End": true, "ItemProcessor": { "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" }, "StartAt": "I", "States": { "I": { "Type": "Succeed" } } } } }\n}\n' }],
    fixSafety: 'Correcting the case of a value is safe: the intent is plain and AWS rejects the original.',
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html', 'https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html'],
  },
  messages: {
    invalid: "'{{field}}' must be one of {{values}}, not '{{value}}'.",
    missingOutputType: "WriterConfig needs 'OutputType' (JSON or JSONL).",
    missingHeaders: "CSVHeaderLocation GIVEN needs 'CSVHeaders'.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const s of machine.states) {
      if (s.type !== 'Map' || s.node === undefined) continue;
      for (const [path, values] of Object.entries(ENUMS)) {
        const v = getPath(s.node, path.split('.'));
        if (v === undefined || isUnknown(ctx, v) || isJsonata(v)) continue;
        if (isString(v) && values.includes(v.value)) continue;
        const field = path.split('.').pop()!;
        const guess = isString(v) ? closest(v.value, values) : undefined;
        const safe = guess !== undefined && isString(v) && guess.toLowerCase() === v.value.toLowerCase();
        ctx.report({ node: v, messageId: 'invalid', data: { field, values: values.join(', '), value: isString(v) ? v.value : v.type }, fixes: guess ? [{ title: `Change to '${guess}'`, safety: safe ? 'safe' : 'suggestion', preferred: true, edits: [replaceStringContent(v, guess, flavor)] }] : undefined });
      }
      const wc = objectAt(objectAt(s.node, 'ResultWriter'), 'WriterConfig');
      if (wc !== undefined && getProperty(wc, 'OutputType') === undefined) {
        ctx.report({ node: owningProperty(wc)?.key ?? wc, messageId: 'missingOutputType' });
      }
      const rc = objectAt(objectAt(s.node, 'ItemReader'), 'ReaderConfig');
      const loc = getProperty(rc, 'CSVHeaderLocation');
      if (rc !== undefined && loc !== undefined && isString(loc.value) && loc.value.value === 'GIVEN' && getProperty(rc, 'CSVHeaders') === undefined) {
        ctx.report({ node: loc.value, messageId: 'missingHeaders' });
      }
    }
  },
});
