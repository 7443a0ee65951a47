// Differential and property tests of the evaluator: the production engine against the naive reference
// on seeded random inputs, and the named properties of the decision logic (convention 12).

import * as assert from 'assert';
import * as fc from 'fast-check';
import { evaluate, SimulationInput, arnMatches } from '../../../server/src/core/evaluator';
import { wildcardMatch } from '../../../server/src/core/iam/wildcard';
import { referenceEvaluate, refWildcard, RefInput } from './reference';
import { denyStatementArb, docArb, inputArb } from './arbitraries';

const SEED = 20261128;
const decide = (i: RefInput): string => evaluate(i as unknown as SimulationInput).decision;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function shuffle<T>(xs: T[], seed: number): T[] {
  const out = xs.slice();
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('evaluator: differential against the reference', function () {
  this.timeout(120000);
  it('agrees with the naive reference evaluator on 4000 seeded random inputs', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        assert.strictEqual(decide(input), referenceEvaluate(input), JSON.stringify(input));
      }),
      { seed: SEED, numRuns: 4000 },
    );
  });

  it('produces a spread of decisions (the generator is not degenerate)', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(inputArb, (input) => {
        const d = decide(input);
        seen.set(d, (seen.get(d) ?? 0) + 1);
      }),
      { seed: SEED, numRuns: 2000 },
    );
    for (const d of ['Allow', 'ExplicitDeny', 'ImplicitDeny']) assert.ok((seen.get(d) ?? 0) > 100, `${d}: ${seen.get(d)}`);
  });
});

describe('evaluator: properties', function () {
  this.timeout(120000);
  it('adding_deny_never_grants: adding a Deny statement never turns a non-Allow into Allow', () => {
    fc.assert(
      fc.property(inputArb, denyStatementArb, fc.constantFrom('identity', 'permissionsBoundary', 'session', 'scp'), (input, deny, where) => {
        const before = decide(input);
        const after = clone(input);
        const p = after.policies;
        if (where === 'identity') p.identity = [...(p.identity ?? []), { Version: '2012-10-17', Statement: [deny] }];
        else if (where === 'scp' && p.scps !== undefined && p.scps.length > 0) p.scps[0].push({ Version: '2012-10-17', Statement: [deny] });
        else if (where === 'permissionsBoundary' && p.permissionsBoundary) p.permissionsBoundary.Statement.push(deny);
        else if (where === 'session' && p.session) p.session.Statement.push(deny);
        const d = decide(after);
        if (before !== 'Allow') assert.notStrictEqual(d, 'Allow');
        if (before === 'ExplicitDeny') assert.strictEqual(d, 'ExplicitDeny');
      }),
      { seed: SEED + 1, numRuns: 1500 },
    );
  });

  it('statement_order_irrelevant: shuffling statements within policies never changes the decision', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 1 << 30 }), (input, seed) => {
        const shuffled = clone(input);
        const p = shuffled.policies;
        for (const d of p.identity ?? []) d.Statement = shuffle(d.Statement, seed);
        if (p.resource) p.resource.Statement = shuffle(p.resource.Statement, seed + 1);
        if (p.permissionsBoundary) p.permissionsBoundary.Statement = shuffle(p.permissionsBoundary.Statement, seed + 2);
        for (const level of p.scps ?? []) for (const d of level) d.Statement = shuffle(d.Statement, seed + 3);
        assert.strictEqual(decide(shuffled), decide(input));
      }),
      { seed: SEED + 2, numRuns: 1500 },
    );
  });

  it('policy_order_irrelevant: shuffling identity policies and the SCPs of a level never changes the decision', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 1 << 30 }), (input, seed) => {
        const shuffled = clone(input);
        const p = shuffled.policies;
        p.identity = shuffle(p.identity ?? [], seed);
        p.scps = (p.scps ?? []).map((level, i) => shuffle(level, seed + i));
        p.rcps = shuffle(p.rcps ?? [], seed + 7);
        assert.strictEqual(decide(shuffled), decide(input));
      }),
      { seed: SEED + 3, numRuns: 1500 },
    );
  });

  it('allow_all_plus_deny: Allow * on * plus an unrelated Deny decides like the Deny alone', () => {
    const request = fc.record({
      principal: fc.constantFrom('arn:aws:iam::111122223333:user/alice', 'arn:aws:sts::111122223333:assumed-role/Admin/s1'),
      action: fc.constantFrom('s3:GetObject', 'sqs:SendMessage', 'ec2:RunInstances', 'iam:GetUser'),
      resource: fc.constantFrom('arn:aws:s3:::bucket-a/data/file.txt', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', '*'),
      context: fc.constant({ 'aws:username': 'alice', 'aws:PrincipalTag/team': 'blue' }),
    });
    fc.assert(
      fc.property(request, denyStatementArb, fc.boolean(), (req, deny, asScp) => {
        const denyDoc = { Version: '2012-10-17', Statement: [deny] };
        const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Action: '*', Resource: '*' }] };
        const alone = decide({ policies: { identity: [denyDoc] }, request: req });
        const withAllow = asScp
          ? decide({ policies: { identity: [allowAll], scps: [[{ ...allowAll, Statement: [...allowAll.Statement, deny] }]] }, request: req })
          : decide({ policies: { identity: [{ ...allowAll, Statement: [...allowAll.Statement, deny] }] }, request: req });
        assert.strictEqual(withAllow, alone === 'ExplicitDeny' ? 'ExplicitDeny' : 'Allow');
      }),
      { seed: SEED + 4, numRuns: 1500 },
    );
  });

  it('explicit_deny_wins and allow_only_if_some_allow_matches', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = evaluate(input as unknown as SimulationInput);
        const applyingDeny = r.statements.some((s) => s.applies && s.effect === 'Deny');
        // STS operations that need no permission are decided before any policy, an explicit deny included.
        const uncontrolled = r.reasonCode === 'no-permission-required' || r.reasonCode === 'long-term-credentials-required';
        if (!uncontrolled) assert.strictEqual(r.decision === 'ExplicitDeny', applyingDeny);
        if (r.decision === 'Allow' && r.reasonCode !== 'root-user' && !uncontrolled) {
          assert.ok(r.statements.some((s) => s.applies && s.effect === 'Allow' && s.deciding));
        }
        if (r.decision === 'ExplicitDeny') assert.ok(r.statements.some((s) => s.deciding && s.effect === 'Deny'));
      }),
      { seed: SEED + 5, numRuns: 1500 },
    );
  });

  it('evaluation is deterministic and does not modify its input', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const before = JSON.stringify(input);
        const a = evaluate(input as unknown as SimulationInput);
        const b = evaluate(input as unknown as SimulationInput);
        assert.deepStrictEqual(a, b);
        assert.strictEqual(JSON.stringify(input), before);
      }),
      { seed: SEED + 6, numRuns: 300 },
    );
  });
});

describe('evaluator: wildcard matching against an oracle', function () {
  this.timeout(120000);
  const alphabet = fc.constantFrom('a', 'b', 'A', '*', '?', ':', '/', '.');
  const textAlphabet = fc.constantFrom('a', 'b', 'A', ':', '/', '.', '*');
  it('wildcard_match_equals_oracle: the linear-time matcher agrees with an escaped regular expression', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), fc.array(textAlphabet, { maxLength: 16 }), fc.boolean(), (p, t, ci) => {
        const pattern = p.join('');
        const text = t.join('');
        assert.strictEqual(wildcardMatch(pattern, text, ci), refWildcard(pattern, text, ci ? 'i' : ''), `${pattern} vs ${text}`);
      }),
      { seed: SEED + 7, numRuns: 5000 },
    );
  });

  it('ARN matching agrees with a per-segment oracle', () => {
    const seg = fc.array(fc.constantFrom('a', 'b', '*', '?', '/', '1'), { maxLength: 4 }).map((x) => x.join(''));
    const tseg = fc.array(fc.constantFrom('a', 'b', '/', '1'), { maxLength: 4 }).map((x) => x.join(''));
    fc.assert(
      fc.property(fc.array(seg, { minLength: 4, maxLength: 6 }), fc.array(tseg, { minLength: 4, maxLength: 5 }), (ps, ts) => {
        const pattern = ['arn', ...ps].join(':');
        const text = ['arn', ...ts].join(':');
        const p = pattern.split(':');
        const t = text.split(':');
        const expected = pattern === '*' || (p.length >= 6 && t.length >= 6 && [...p.slice(0, 5), p.slice(5).join(':')].every((x, i) => refWildcard(x, [...t.slice(0, 5), t.slice(5).join(':')][i])))
          || (t.length < 6 && refWildcard(pattern, text));
        assert.strictEqual(arnMatches(pattern, text), expected, `${pattern} vs ${text}`);
      }),
      { seed: SEED + 8, numRuns: 3000 },
    );
  });

  it('a wildcard never crosses an ARN component boundary', () => {
    assert.strictEqual(arnMatches('arn:aws:s3:::*', 'arn:aws:s3:::bucket/key:with:colons'), true);
    assert.strictEqual(arnMatches('arn:aws:*', 'arn:aws:s3:::bucket'), false);
    assert.strictEqual(arnMatches('arn:aws:sqs:*:111122223333:q', 'arn:aws:sqs:us-east-1:111122223333:q'), true);
    assert.strictEqual(arnMatches('arn:aws:sqs:*1:111122223333:q', 'arn:aws:sqs:us-east-1:111122223333:q'), true);
    assert.strictEqual(arnMatches('arn:aws:sqs:*:*3:q', 'arn:aws:sqs:us-east-1:111122223333:q'), true);
    assert.strictEqual(arnMatches('arn:aws:sqs:us-*:q', 'arn:aws:sqs:us-east-1:111122223333:q'), false);
  });

  it('matches docs generated from the same pools consistently (smoke)', () => {
    fc.assert(fc.property(docArb(true), (d) => Array.isArray(d.Statement)), { seed: SEED + 9, numRuns: 50 });
  });
});
