// Runs the documentation scenarios in test/cases/evaluator/*.json. Each file holds one case or a list
// of cases `{ name, source, policies, request, expect: { decision, reasonCode?, statements? } }`; every
// case cites the AWS documentation page it was written from. Statement expectations are partial: each
// names a statement by policy type, index (and level) and statement index, and lists the trace fields
// that must hold.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { evaluate, readSimulationValue, RCP_SERVICES, StatementTrace } from '../../../server/src/core/evaluator';
import { loadCatalog } from '../../../server/src/core/data/catalog/load';

interface ExpectedStatement {
  policy: string;
  index: number;
  level?: number;
  statement: number;
  [field: string]: unknown;
}

interface Case {
  name: string;
  source: string;
  policies: unknown;
  request: unknown;
  expect: { decision: string; reasonCode?: string; statements?: ExpectedStatement[] };
}

const DIR = path.resolve(__dirname, '../../../../test/cases/evaluator');

function loadCases(): { file: string; cases: Case[] }[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Case | Case[];
      return { file, cases: Array.isArray(raw) ? raw : [raw] };
    });
}

function findStatement(trace: StatementTrace[], e: ExpectedStatement): StatementTrace | undefined {
  return trace.find((t) => t.policy.type === e.policy && t.policy.index === e.index && (e.level === undefined || t.policy.level === e.level) && t.statement === e.statement);
}

describe('evaluator: documentation scenarios', () => {
  const files = loadCases();
  it('has at least 150 scenarios, each citing an AWS documentation page', () => {
    const all = files.flatMap((f) => f.cases);
    assert.ok(all.length >= 150, `only ${all.length} scenarios`);
    for (const c of all) assert.match(c.source, /^https:\/\/docs\.aws\.amazon\.com\//, c.name);
    assert.strictEqual(new Set(all.map((c) => c.name)).size, all.length, 'scenario names are unique');
  });
  for (const { file, cases } of files) {
    describe(file, () => {
      for (const c of cases) {
        it(c.name, () => {
          const read = readSimulationValue({ policies: c.policies, request: c.request });
          if (!read.ok) assert.fail(`invalid scenario: ${read.error}`);
          const r = evaluate(read.input);
          assert.strictEqual(r.decision, c.expect.decision, `${r.reasonCode}: ${r.reason}`);
          if (c.expect.reasonCode !== undefined) assert.strictEqual(r.reasonCode, c.expect.reasonCode, r.reason);
          for (const e of c.expect.statements ?? []) {
            const t = findStatement(r.statements, e);
            assert.ok(t !== undefined, `no statement ${JSON.stringify(e)}`);
            for (const [k, v] of Object.entries(e)) {
              if (k === 'policy' || k === 'index' || k === 'level' || k === 'statement') continue;
              assert.deepStrictEqual((t as unknown as Record<string, unknown>)[k], v, `${k} of ${JSON.stringify(e)}: ${t.detail}`);
            }
          }
        });
      }
    });
  }
});

describe('evaluator: request context lookups', () => {
  const policy = {
    Version: '2012-10-17',
    Statement: [{ Sid: 'Tagged', Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/Team': 'blue' } } }],
  };
  const request = (context: Record<string, string | string[]>) => ({
    policies: { identity: [policy] },
    request: { principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', context },
  });
  // Small contexts are scanned, large ones (over 24 keys) indexed: both read keys case-insensitively,
  // let the later of two keys that differ only in case win, and treat an empty list as missing.
  for (const extra of [0, 40]) {
    const padding = Object.fromEntries(Array.from({ length: extra }, (_, i) => [`app:key${i}`, `v${i}`]));
    it(extra === 0 ? 'in a small context (scanned)' : 'in a large context (indexed)', () => {
      assert.strictEqual(evaluate(request({ ...padding, 'AWS:principaltag/TEAM': 'blue' })).decision, 'Allow');
      assert.strictEqual(evaluate(request({ ...padding, 'aws:PrincipalTag/Team': 'red', 'AWS:PRINCIPALTAG/TEAM': 'blue' })).decision, 'Allow');
      assert.strictEqual(evaluate(request({ ...padding, 'aws:PrincipalTag/Team': 'blue', 'AWS:PRINCIPALTAG/TEAM': 'red' })).decision, 'ImplicitDeny');
      const missing = evaluate(request({ ...padding, 'aws:PrincipalTag/Team': [] }));
      assert.strictEqual(missing.decision, 'ImplicitDeny');
      assert.deepStrictEqual(missing.statements[0].condition, { operator: 'StringEquals', key: 'aws:PrincipalTag/Team', why: 'missing' });
    });
  }
});

describe('evaluator: services that support RCPs', () => {
  it('are the catalog services flagged as supporting RCPs', () => {
    const catalog = loadCatalog().services().filter((s) => s.rcpSupported).map((s) => s.prefix.toLowerCase()).sort();
    assert.deepStrictEqual([...RCP_SERVICES].sort(), catalog);
  });
});
