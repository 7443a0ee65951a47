// ASL502: fields that JSONata states do not have: InputPath, Parameters, ResultSelector, ResultPath,
// OutputPath, every `…Path` field, and in Choice rules Variable, And/Or/Not and the comparison operators.

import { isOperator, stateFields } from '../../asl/fields';
import { aslModel } from '../../asl/model';
import { JSONPATH_ONLY_FIELDS } from '../../asl/spec';
import { defineRule } from '../types';

const READER_PATHS = new Set(['MaxItemsPath', 'MaxItemsPerBatchPath', 'MaxInputBytesPerBatchPath']);
const REPLACEMENT: Record<string, string> = {
  Parameters: 'Arguments', ResultSelector: 'Output', OutputPath: 'Output', InputPath: 'Arguments or Output', ResultPath: 'Output or Assign',
  ItemsPath: 'Items', Variable: 'Condition', ErrorPath: 'Error', CausePath: 'Cause', SecondsPath: 'Seconds', TimestampPath: 'Timestamp',
  TimeoutSecondsPath: 'TimeoutSeconds', HeartbeatSecondsPath: 'HeartbeatSeconds',
};

export default defineRule({
  id: 'ASL502',
  name: 'no-jsonpath-field-in-jsonata',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'JSONata states do not use `InputPath`, `Parameters`, `ResultSelector`, `ResultPath`, `OutputPath`, `…Path` fields, or `Variable` and comparison operators in Choice rules.',
    why: 'In JSONata states Step Functions replaces the five JSONPath fields with `Arguments` and `Output`, and Choice rules with `Condition`; it rejects the JSONPath fields there.',
    invalid: [{ format: 'json', code: '{\n  "QueryLanguage": "JSONata",\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "OutputPath": "$.x", "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "QueryLanguage": "JSONata",\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Output": "{% $states.input.x %}", "End": true } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html'],
  },
  messages: {
    jsonPathOnly: "'{{field}}' is not available in JSONata states{{hint}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.queryLanguage !== 'JSONata') continue;
      for (const { prop, where } of stateFields(s)) {
        const k = prop.key.value;
        const bad = where === 'state' ? JSONPATH_ONLY_FIELDS.has(k)
          : where === 'catcher' ? k === 'ResultPath'
          : where === 'rule' ? k === 'Variable' || k === 'And' || k === 'Or' || k === 'Not' || isOperator(k)
          : where === 'reader' ? k === 'Parameters'
          : where === 'writer' ? k === 'Parameters'
          : READER_PATHS.has(k);
        if (!bad) continue;
        const r = where === 'reader' || where === 'writer' ? 'Arguments' : REPLACEMENT[k] ?? (k.endsWith('Path') ? k.slice(0, -4) : undefined);
        ctx.report({ node: prop.key, messageId: 'jsonPathOnly', data: { field: k, hint: r ? `; use ${r}` : where === 'rule' ? '; use Condition' : '' } });
      }
    }
  },
});
