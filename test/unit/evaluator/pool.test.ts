// PolicyPool (core/evaluator/pool.ts): batch lines whose `policies` are the same text share one set of
// objects, read and prepared once; the scanner that finds that text agrees with JSON.parse; a pooled
// read gives what readSimulationJson gives, errors included, and pooled evaluations equal unpooled ones.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { evaluate, PolicyPool, readSimulationJson, SimulationInput } from '../../../server/src/core/evaluator';
import { policiesAt } from '../../../server/src/core/evaluator/pool';

const doc = (effect: string, action: string): object => ({ Version: '2012-10-17', Statement: [{ Effect: effect, Action: action, Resource: '*' }] });
const request = (resource: string): object => ({ principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:GetObject', resource });

function read(line: string): SimulationInput {
  const r = readSimulationJson(line);
  assert.ok(r.ok, line);
  return r.input;
}

describe('evaluator: PolicyPool shares the policies of batch lines', () => {
  it('finds the top-level "policies" value, whatever the spacing, key order, nesting and escapes', () => {
    const cases: [string, string | undefined][] = [
      ['{"policies":{"identity":[]},"request":{}}', '{"identity":[]}'],
      [' {\t"request" : {"a":"}{\\"policies\\":1"} ,\r\n "policies" : { "x": ["]", {"y": "\\\\"}, "\\\\\\""] } }', '{ "x": ["]", {"y": "\\\\"}, "\\\\\\""] }'],
      ['{"policies":1,"policies":{"identity":null},"request":{}}', '{"identity":null}'],
      ['{"policies":"x","request":{}}', '"x"'],
      ['{"request":{"policies":{}}}', undefined],
      ['{"polic\\u0069es":{},"request":{}}', undefined],
      ['[{"policies":{}}]', undefined],
      ['{}', undefined],
      ['{"policies":{"a":"b}', undefined],
    ];
    for (const [line, expected] of cases) {
      const at = policiesAt(line);
      assert.strictEqual(at === undefined ? undefined : line.slice(at[0], at[1]), expected, line);
      if (expected !== undefined) assert.deepStrictEqual(JSON.parse(expected), JSON.parse(line).policies, line);
    }
  });

  it('a line whose policies text was seen gets the first line\'s objects; other lines keep their own', () => {
    const pool = new PolicyPool();
    const p1 = { identity: [doc('Allow', 's3:*')], scps: [[doc('Allow', '*')], [doc('Allow', '*'), doc('Deny', 's3:Put*')]] };
    const lines = [
      JSON.stringify({ policies: p1, request: request('arn:aws:s3:::b/1') }),
      JSON.stringify({ request: request('arn:aws:s3:::b/2'), policies: p1 }),
      JSON.stringify({ policies: { ...p1, identity: [doc('Deny', 's3:*')] }, request: request('arn:aws:s3:::b/3') }),
    ];
    const [a, b, c] = lines.map((l) => pool.read(l));
    assert.ok(a.ok && b.ok && c.ok && a.reuse && b.reuse && c.reuse);
    assert.strictEqual(b.input.policies, a.input.policies);
    assert.notStrictEqual(c.input.policies, a.input.policies);
    assert.strictEqual(b.input.request.resource, 'arn:aws:s3:::b/2');
    assert.deepStrictEqual([a, b, c].map((s) => evaluate(s.input, { reusePolicies: true }).decision), ['Allow', 'Allow', 'ExplicitDeny']);
  });

  it('a line with known policies but a bad rest gets the error of reading the whole line', () => {
    const pool = new PolicyPool();
    const policies = { identity: [doc('Allow', 's3:*')] };
    const ok = JSON.stringify({ policies, request: request('arn:aws:s3:::b/1') });
    const bad = [
      JSON.stringify({ policies, request: { principal: '', action: 's3:GetObject', resource: '*' } }),
      JSON.stringify({ policies, request: request('x') }).replace(/\}$/, ',}'),
      JSON.stringify({ policies, request: request('x'), extra: 1 }).replace('"extra":1', '"extra":tru'),
      JSON.stringify({ policies }),
      '[' + JSON.stringify({ policies }) + ']',
    ];
    assert.ok(pool.read(ok).reuse);
    for (const line of bad) {
      const r = pool.read(line);
      assert.deepStrictEqual({ ...r, reuse: undefined }, { ...readSimulationJson(line), reuse: undefined }, line);
      assert.strictEqual(r.ok, false, line);
    }
  });

  it('pooled evaluations of a mixed batch decide and trace like unpooled ones', () => {
    const pool = new PolicyPool();
    const lines: string[] = [];
    for (let i = 0; i < 12; i++) {
      const policies = { identity: [doc(i % 3 === 0 ? 'Deny' : 'Allow', i % 2 === 0 ? 's3:Get*' : 's3:*')], scps: [doc('Allow', '*')] };
      lines.push(JSON.stringify({ policies, request: request(`arn:aws:s3:::b/${i % 4}`) }));
    }
    const pooled = lines.map((l) => {
      const r = pool.read(l);
      assert.ok(r.ok);
      return evaluate(r.input, { reusePolicies: r.reuse });
    });
    assert.deepStrictEqual(pooled.map((r) => r.decision), lines.map((_, i) => (i % 3 === 0 ? 'ExplicitDeny' : 'Allow')));
    assert.deepStrictEqual(pooled, lines.map((l) => evaluate(read(l), { reusePolicies: false })));
  });

  it('property: after the pool has seen a line, any edit of it reads as readSimulationJson reads it', () => {
    const policies = { identity: [doc('Allow', 's3:*'), { Version: '2012-10-17', Statement: { Effect: 'Deny', Action: ['s3:Put*'], Resource: 'arn:aws:s3:::b/"q"/*' } }], resource: null };
    const base = JSON.stringify({ policies, request: request('arn:aws:s3:::b/1') });
    const alphabet = ['"', '\\', '{', '}', '[', ']', ',', ':', ' ', '0', 'a', 'u'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length), fc.nat(2), fc.constantFrom(...alphabet)), { minLength: 1, maxLength: 3 }), (edits) => {
        let line = base;
        for (const [at, op, ch] of edits) {
          const i = at % (line.length + 1);
          line = op === 0 ? line.slice(0, i) + line.slice(i + 1) : op === 1 ? line.slice(0, i) + ch + line.slice(i) : line.slice(0, i) + ch + line.slice(i + 1);
        }
        const pool = new PolicyPool();
        pool.read(base);
        const r = pool.read(line);
        assert.deepStrictEqual({ ...r, reuse: undefined }, { ...readSimulationJson(line), reuse: undefined }, line);
      }),
      { numRuns: 3000, seed: 20261129 },
    );
  });
});
