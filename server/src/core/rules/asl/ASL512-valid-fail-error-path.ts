// ASL512: a Fail state's ErrorPath/CausePath intrinsic must return a string (ArrayGetItem,
// Base64Encode, Base64Decode, Format, JsonToString, Hash, UUID).

import { intrinsicSites } from '../../asl/intrinsic-sites';
import { aslModel } from '../../asl/model';
import { INTRINSIC_BY_NAME } from '../../asl/spec';
import { stringRange } from '../../parse/tree';
import { defineRule } from '../types';

const STRING_FUNCTIONS = new Set(['States.ArrayGetItem', 'States.Base64Encode', 'States.Base64Decode', 'States.Format', 'States.JsonToString', 'States.Hash', 'States.UUID']);

export default defineRule({
  id: 'ASL512',
  name: 'valid-fail-error-path',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'An intrinsic function in a Fail state\'s `ErrorPath` or `CausePath` returns a string: `ArrayGetItem`, `Base64Encode`, `Base64Decode`, `Format`, `JsonToString`, `Hash` or `UUID`.',
    why: 'The error and cause of a failed execution are strings; Step Functions rejects a function that returns an array, a number or an object there.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "F",\n  "States": { "F": { "Type": "Fail", "CausePath": "States.MathAdd($.a, $.b)" } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "F",\n  "States": { "F": { "Type": "Fail", "CausePath": "States.Format(\'{} failed\', $.job)" } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html'],
  },
  messages: {
    notString: "'{{field}}' needs a function that returns a string; {{name}} does not.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      for (const site of intrinsicSites(s)) {
        if (site.failField === undefined || !INTRINSIC_BY_NAME.has(site.call.name) || STRING_FUNCTIONS.has(site.call.name)) continue;
        ctx.report({ range: stringRange(site.node, site.call.nameOffset, site.call.name.length), messageId: 'notString', data: { field: site.failField, name: site.call.name } });
      }
    }
  },
});
