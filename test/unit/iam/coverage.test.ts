// The reasoning behind the IAM7xx, ARN and SEC rules: pattern relations checked against a brute-force
// oracle (every string over a small alphabet, matched by a regular expression), ARN field splitting,
// set relations with the catalog's expansion, and explicit-deny precedence on small policies.

import * as assert from 'assert';
import { parseJson } from '../../../server/src/core/parse/json';
import { splitArnFields } from '../../../server/src/core/iam/arn';
import { Reasoner } from '../../../server/src/core/iam/coverage';
import { statementModels } from '../../../server/src/core/iam/grants';
import { policyView } from '../../../server/src/core/iam/policy';
import { denyPrecedence } from '../../../server/src/core/iam/precedence';
import { patternCovers, patternsIntersect, resourceCovers, resourcesIntersect } from '../../../server/src/core/iam/patterns';
import { shadowedStatements } from '../../../server/src/core/iam/shadowing';
import type { Catalog } from '../../../server/src/core/iam/catalog';
import { testServices } from '../../helpers/services';

/** The oracle: an IAM pattern as a regular expression (`*` any run, `?` one character). */
function regex(pattern: string): RegExp {
  return new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
}

/** Every string over `ab/` up to `max` characters. */
function strings(max: number): string[] {
  const out = [''];
  let level = [''];
  for (let n = 1; n <= max; n++) {
    const next: string[] = [];
    for (const s of level) for (const c of 'ab/') next.push(s + c);
    out.push(...next);
    level = next;
  }
  return out;
}

/** A deterministic stream of small patterns over `ab/*?`. */
function patterns(count: number, seed: number): string[] {
  let x = seed;
  const rnd = (n: number): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const len = 1 + rnd(4);
    let p = '';
    for (let j = 0; j < len; j++) p += 'ab/*?'[rnd(5)];
    out.push(p);
  }
  return out;
}

const catalog = testServices().catalog as Catalog | undefined;

function policy(text: string) {
  return statementModels(policyView(parseJson(text).root)!);
}

describe('IAM coverage reasoning', () => {
  const universe = strings(7);
  const ps = patterns(120, 7);

  it('patternsIntersect agrees with the brute-force oracle', () => {
    for (const p of ps) {
      for (const q of ps.slice(0, 40)) {
        const rp = regex(p);
        const rq = regex(q);
        const oracle = universe.some((s) => rp.test(s) && rq.test(s));
        assert.strictEqual(patternsIntersect(p, q), oracle, `${p} ∩ ${q}`);
      }
    }
  });

  it('patternCovers is sound: when it says yes, the oracle agrees', () => {
    let yes = 0;
    for (const outer of ps) {
      for (const inner of ps.slice(0, 40)) {
        if (!patternCovers(outer, inner)) continue;
        yes++;
        const ro = regex(outer);
        const ri = regex(inner);
        assert.ok(universe.every((s) => !ri.test(s) || ro.test(s)), `${outer} ⊇ ${inner}`);
      }
    }
    assert.ok(yes > 40, 'the sample exercises coverage');
    assert.ok(patternCovers('*', 'a?b*') && patternCovers('a*', 'a?b*') && !patternCovers('a?', 'a*'));
  });

  it('treats variables as unknown values that only match themselves', () => {
    assert.ok(patternCovers('home/${aws:username}/*', 'home/${aws:username}/docs/*'));
    assert.ok(!patternCovers('home/${aws:username}/*', 'home/alice/*'));
    assert.ok(patternCovers('home/*', 'home/${aws:username}/*'));
    assert.ok(patternsIntersect('home/${aws:username}/*', 'home/alice/x'));
  });

  it('stays fast on adversarial patterns (no backtracking)', () => {
    const text = 'a'.repeat(5000);
    assert.strictEqual(patternCovers('a*a*a*a*a*a*a*b', text), false);
    assert.strictEqual(patternsIntersect('a*a*a*a*a*a*a*b', text), false);
    assert.strictEqual(patternsIntersect('*a*a*a*a*a*a*', 'a*' + 'a'.repeat(3000)), true);
  });

  it('splits ARNs into six fields without breaking variables and compares them field by field', () => {
    assert.deepStrictEqual(splitArnFields('arn:aws:s3:::b/${aws:userid}:x').map((f) => f.text), ['arn', 'aws', 's3', '', '', 'b/${aws:userid}:x']);
    assert.deepStrictEqual(splitArnFields('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/r').map((f) => f.text), ['arn', '${AWS::Partition}', 'iam', '', '${AWS::AccountId}', 'role/r']);
    // A wildcard never spans the colon between two fields.
    assert.ok(!resourceCovers('arn:aws:s3:::*', 'arn:aws:iam::111122223333:role/x'));
    assert.ok(!resourcesIntersect('arn:*:s3:::*', 'arn:aws:iam::111122223333:role/x'));
    assert.ok(resourceCovers('arn:aws:s3:::*', 'arn:aws:s3:::b/k:with:colons'));
    assert.ok(resourceCovers('*', 'arn:aws:s3:::b'));
  });

  it('relates action sets with the catalog expansion (NotAction as complement)', function () {
    if (catalog === undefined) this.skip();
    const r = new Reasoner(catalog);
    const [a, b, c] = policy('{"Statement":[{"Effect":"Allow","Action":"s3:GetObject*"},{"Effect":"Deny","Action":["s3:Get*","s3:List*"]},{"Effect":"Deny","NotAction":"s3:*"}]}');
    assert.ok(r.subset(a.actions, b.actions, 'action'));
    assert.ok(!r.subset(b.actions, a.actions, 'action'));
    assert.ok(!r.overlap(a.actions, c.actions, 'action'), 'NotAction s3:* shares nothing with s3:GetObject*');
    assert.deepStrictEqual(r.overlapSample(b.actions, a.actions, 'action', 2), ['s3:GetObject', 's3:GetObjectAcl']);
  });

  it('finds what Deny statements take away, conditions included', function () {
    if (catalog === undefined) this.skip();
    const r = new Reasoner(catalog);
    const full = denyPrecedence(r, policy('{"Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::b/*"},{"Sid":"D","Effect":"Deny","Action":"s3:Put*","Resource":"*"}]}'));
    assert.deepStrictEqual(full.map((o) => [o.allow.label, o.full?.map((d) => d.label)]), [['#1', ["'D'"]]]);
    const union = denyPrecedence(r, policy('{"Statement":[{"Effect":"Allow","Action":["s3:PutObject","s3:GetObject"],"Resource":"arn:aws:s3:::b/*"},{"Effect":"Deny","Action":"s3:Put*","Resource":"*"},{"Effect":"Deny","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}'));
    assert.strictEqual(union[0].full?.length, 2, 'two Deny statements together remove the whole grant');
    const conditional = denyPrecedence(r, policy('{"Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"*"},{"Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}'));
    assert.deepStrictEqual([conditional[0].full, conditional[0].conditional.length], [undefined, 1]);
    const disjoint = denyPrecedence(r, policy('{"Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"true"}}},{"Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}'));
    assert.deepStrictEqual(disjoint, [], 'conditions that cannot hold together');
  });

  it('finds statements another statement already grants, reports an equivalent pair once, and leaves word-for-word repeats to IAM622', function () {
    if (catalog === undefined) this.skip();
    const r = new Reasoner(catalog);
    const sh = shadowedStatements(r, policy('{"Statement":[{"Effect":"Allow","Action":"sqs:Send*","Resource":"*"},{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:*:*:q"},{"Effect":"Allow","Action":"sqs:Send*","Resource":"*"},{"Effect":"Allow","Action":["sqs:SendMessageBatch","sqs:SendMessage"],"Resource":"*"}]}'), 'Allow');
    assert.deepStrictEqual(sh.map((s) => [s.stmt.label, s.by.label, s.duplicate]), [['#2', '#1', false], ['#4', '#1', true]]);
  });
});
