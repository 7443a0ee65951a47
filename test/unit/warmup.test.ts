// The analysis thread's warm-up: it analyses the rules' documentation examples slice by slice, within
// its budget, and never throws (a failing example is the registry test's business).

import * as assert from 'assert';
import { RULES } from '../../server/src/core/rules/registry';
import { defineRule } from '../../server/src/core/rules/types';
import { warmUp } from '../../server/src/core/warmup';
import { testServices } from '../helpers/services';

/** A clock that advances 1 ms per reading: budgets become counts of readings, independent of speed. */
function tickingClock(): () => number {
  let t = 0;
  return () => t++;
}

const counting = (seen: string[]) =>
  defineRule({
    id: 'IAM998',
    name: 'counts-units',
    appliesTo: ['iam-policy'],
    defaultSeverity: 'info',
    status: 'preview',
    since: '0.0.0',
    docs: {
      summary: 'test',
      why: 'test',
      invalid: [
        { format: 'json', code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]}' },
        { format: 'yaml', kind: 'iam-trust-policy', code: 'Statement: []\n' },
      ],
      valid: [{ format: 'json', code: '{"Version": "2012-10-17", "Statement": [' }],
    },
    messages: { x: 'x' },
    check(ctx) {
      seen.push(ctx.unit.policyType ?? ctx.unit.kind);
      throw new Error('boom');
    },
  });

describe('warm-up of an analysis thread', () => {
  it('analyses every example of the rules once, with the kind the example names, then reports it is over', () => {
    const seen: string[] = [];
    const { step, progress } = warmUp([counting(seen)], testServices(), 1e9, tickingClock());
    let slices = 0;
    while (step(1e9)) slices++;
    assert.strictEqual(slices, 0, 'one slice holds all three examples');
    assert.strictEqual(progress.documents, 3);
    // The broken example still parses to a policy; the throwing rule is contained by the engine.
    assert.deepStrictEqual(seen, ['identity', 'trust', 'identity']);
    assert.strictEqual(step(1e9), false, 'nothing left to do');
    assert.strictEqual(progress.documents, 3);
  });

  it('stops a slice when its time is up and the whole warm-up at the budget', () => {
    const seen: string[] = [];
    // A slice reads the clock before, after each example and at its end: with this clock one example
    // fits in a 1 ms slice, and each slice counts 2 ms against the budget.
    const { step, progress } = warmUp([counting(seen)], testServices(), 4, tickingClock());
    assert.strictEqual(step(1), true);
    assert.strictEqual(progress.documents, 1);
    assert.strictEqual(step(1), false, 'the 4 ms budget is spent');
    assert.strictEqual(progress.documents, 2);
    assert.strictEqual(step(1), false);
    assert.strictEqual(progress.documents, 2);
  });

  it('covers all registered rules without throwing', function () {
    this.timeout(30000); // ~600 small documents
    const { step, progress } = warmUp(RULES, testServices(), 1e9, tickingClock());
    while (step(1e9));
    assert.strictEqual(progress.documents, RULES.reduce((n, r) => n + r.docs.invalid.length + r.docs.valid.length, 0));
  });
});
