// ASL702: literal data over the 256 KiB payload quota (Pass Result, Parameters, Arguments, Output):
// the state fails at run time with States.DataLimitExceeded.

import { aslModel } from '../../asl/model';
import { MAX_PAYLOAD_BYTES } from '../../asl/spec';
import { getProperty, toValue } from '../../parse/tree';
import { defineRule } from '../types';

const FIELDS = ['Result', 'Parameters', 'Arguments', 'Output', 'ItemSelector', 'ResultSelector'];

export default defineRule({
  id: 'ASL702',
  name: 'valid-payload-size',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Literal data in a state (`Result`, `Parameters`, `Arguments`, `Output`) stays under the 256 KiB payload quota.',
    why: 'A state input or output over 262,144 bytes fails the execution with `States.DataLimitExceeded`; literal data that large will always fail. Store it in S3 and pass a reference.',
    invalid: [{ format: 'json', code: `{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Result": "${'x'.repeat(262200)}", "End": true } }\n}\n` }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Result": { "bucket": "data", "key": "large.json" }, "End": true } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html#service-limits-task-executions'],
  },
  messages: {
    tooLarge: "'{{field}}' holds {{size}} bytes of literal data; a state's input and output are limited to 262,144 bytes (256 KiB).",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      for (const f of FIELDS) {
        const p = getProperty(s.node, f);
        if (p?.value === undefined || p.value.length < MAX_PAYLOAD_BYTES / 8) continue;
        const size = Buffer.byteLength(JSON.stringify(toValue(p.value)) ?? '', 'utf8');
        if (size > MAX_PAYLOAD_BYTES) ctx.report({ node: p.key, messageId: 'tooLarge', data: { field: f, size: size.toLocaleString('en-US') } });
      }
    }
  },
});
