// ASL403: Retrier fields: IntervalSeconds ≥ 1, MaxAttempts ≥ 0, BackoffRate ≥ 1.0, MaxDelaySeconds
// 1–31,622,400 (integers where the spec says so), JitterStrategy FULL or NONE.

import { aslModel, objectItems } from '../../asl/model';
import { RETRIER_NUMBERS } from '../../asl/numbers';
import { isJsonata, isUnknown } from '../../asl/util';
import { getProperty, getValue, isString } from '../../parse/tree';
import { flavorOf, replaceStringContent } from '../fixes';
import { defineRule } from '../types';
import { checkFields } from './ASL110-valid-number-range';

export default defineRule({
  id: 'ASL403',
  name: 'valid-retrier',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Retrier fields are in range: `IntervalSeconds` ≥ 1, `MaxAttempts` ≥ 0, `BackoffRate` ≥ 1.0, `MaxDelaySeconds` 1–31,622,400, `JitterStrategy` `FULL` or `NONE`.',
    why: 'Step Functions rejects a negative attempt count, a backoff rate below 1 (which would shrink the interval) or a fractional interval.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Retry": [{ "ErrorEquals": ["States.ALL"], "BackoffRate": 0.5 }], "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Retry": [{ "ErrorEquals": ["States.ALL"], "BackoffRate": 1.5 }], "End": true } }\n}\n' }],
    fixSafety: 'Upper-casing a JitterStrategy written in lower case is safe: the meaning is plain and AWS rejects the original.',
    references: ['https://states-language.net/spec.html#retrying-after-error', 'https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html'],
  },
  messages: {
    notNumber: "'{{field}}' must be {{kind}}, not {{actual}}.",
    range: "'{{field}}' must be {{bounds}}; it is {{value}}.",
    jitter: "'JitterStrategy' must be FULL or NONE, not '{{value}}'.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      for (const r of objectItems(getValue(s.node, 'Retry'))) {
        checkFields(ctx, r, RETRIER_NUMBERS);
        const j = getProperty(r, 'JitterStrategy')?.value;
        if (j === undefined || isUnknown(ctx, j) || isJsonata(j)) continue;
        if (isString(j) && (j.value === 'FULL' || j.value === 'NONE')) continue;
        const upper = isString(j) ? j.value.toUpperCase() : '';
        const fix = upper === 'FULL' || upper === 'NONE' ? [{ title: `Change to '${upper}'`, safety: 'safe' as const, preferred: true, edits: [replaceStringContent(j, upper, flavorOf(ctx.doc, ctx.unit))] }] : undefined;
        ctx.report({ node: j, messageId: 'jitter', data: { value: isString(j) ? j.value : j.type }, fixes: fix });
      }
    }
  },
});
