// Meta-tests over the rule registry: every rule file is registered in its area list, lists are sorted,
// codes are unique and well-formed, every rule has fixtures, one-line summaries, doc examples that
// behave as they claim, every messageId exercised somewhere, and generated docs that are up to date.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { parseKindName } from '../../server/src/core/model/kinds';
import { RULES, RULES_BY_AREA } from '../../server/src/core/rules/registry';
import type { RuleDefinition } from '../../server/src/core/rules/types';
import { FIXTURES_DIR, REPO_ROOT } from '../helpers/fixture';
import { runFixture } from '../helpers/check';
import { testServices } from '../helpers/services';

const RULES_DIR = path.join(REPO_ROOT, 'server', 'src', 'core', 'rules');
const PREFIX: Record<string, string> = { arn: 'ARN', asl: 'ASL', cfn: 'CFN', esm: 'ESM', iam: 'IAM', lambda: 'LAMBDA', s3: 'S3', sec: 'SEC', sns: 'SNS', sqs: 'SQS' };
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function examplesFindings(rule: RuleDefinition, code: string, format: 'json' | 'yaml', kind: string | undefined): number {
  const kindOverride = kind ? parseKindName(kind) : undefined;
  if (kind && !kindOverride) throw new Error(`${rule.id}: unknown example kind ${kind}`);
  const r = analyze({ text: code, uri: `example.${format}` }, { rules: [rule], kindOverride, services: testServices() });
  return r.findings.filter((f) => f.ruleId === rule.id).length;
}

describe('rule registry', () => {
  it('has a list per area folder, each sorted by code', () => {
    for (const [area, list] of Object.entries(RULES_BY_AREA)) {
      const ids = list.map((r) => r.id);
      assert.deepStrictEqual(ids, [...ids].sort(), `rules/${area}/index.ts is not sorted`);
    }
  });

  it('registers every rule file of every area, with matching code and name', () => {
    for (const area of Object.keys(PREFIX)) {
      const dir = path.join(RULES_DIR, area);
      const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^[A-Z]+\d+-.+\.ts$/.test(f)) : [];
      const registered = new Map((RULES_BY_AREA[area] ?? []).map((r) => [r.id, r]));
      for (const f of files) {
        const m = /^([A-Z]+\d+)-(.+)\.ts$/.exec(f)!;
        const rule = registered.get(m[1]);
        assert.ok(rule, `rules/${area}/${f} is not registered in rules/${area}/index.ts`);
        assert.strictEqual(rule.name, m[2], `rules/${area}/${f}: name '${rule.name}' does not match the file name`);
      }
      assert.strictEqual(files.length, registered.size, `rules/${area}/index.ts lists rules without a file of that name`);
    }
  });

  it('has unique, well-formed codes in the right area', () => {
    const seen = new Set<string>();
    for (const [area, list] of Object.entries(RULES_BY_AREA)) {
      for (const r of list) {
        assert.match(r.id, new RegExp(`^${PREFIX[area]}\\d{3}$`), `${r.id} does not belong in rules/${area}`);
        assert.ok(!seen.has(r.id), `duplicate code ${r.id}`);
        seen.add(r.id);
        assert.match(r.name, NAME, `${r.id}: name must be kebab-case`);
      }
    }
    assert.strictEqual(seen.size, RULES.length);
  });

  for (const rule of RULES) {
    describe(`${rule.id} ${rule.name}`, () => {
      it('has a one-line summary, a reason and kinds', () => {
        assert.ok(rule.docs.summary.length > 0 && !rule.docs.summary.includes('\n'), 'summary must be one line');
        assert.ok(rule.docs.why.length > 0, 'docs.why is empty');
        assert.ok(rule.appliesTo.length > 0, 'appliesTo is empty');
        assert.ok(rule.docs.invalid.length > 0 && rule.docs.valid.length > 0, 'needs an invalid and a valid example');
      });

      it('has valid and invalid fixtures', () => {
        const dir = path.join(FIXTURES_DIR, rule.id);
        const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
        assert.ok(files.some((f) => f.startsWith('invalid-')), `test/fixtures/rules/${rule.id}/ has no invalid-* fixture`);
        assert.ok(files.some((f) => f.startsWith('valid-')), `test/fixtures/rules/${rule.id}/ has no valid-* fixture`);
      });

      it('doc examples behave as documented', () => {
        rule.docs.invalid.forEach((ex, i) => {
          assert.strictEqual(examplesFindings(rule, ex.code, ex.format, ex.kind), 1, `invalid example ${i + 1} must yield exactly one ${rule.id}`);
        });
        rule.docs.valid.forEach((ex, i) => {
          assert.strictEqual(examplesFindings(rule, ex.code, ex.format, ex.kind), 0, `valid example ${i + 1} must yield no ${rule.id}`);
        });
      });

      it('exercises every messageId in its fixtures or examples', () => {
        const used = new Set<string>();
        const dir = path.join(FIXTURES_DIR, rule.id);
        if (fs.existsSync(dir)) {
          for (const f of fs.readdirSync(dir)) {
            if (!/^invalid-.*\.(json|ya?ml)$/.test(f) || /\.fixed\./.test(f)) continue;
            for (const finding of runFixture(path.join(dir, f), rule.id).actual) if (finding.ruleId === rule.id) used.add(finding.messageId);
          }
        }
        for (const ex of rule.docs.invalid) {
          const kindOverride = ex.kind ? parseKindName(ex.kind) : undefined;
          for (const f of analyze({ text: ex.code, uri: `example.${ex.format}` }, { rules: [rule], kindOverride, services: testServices() }).findings) used.add(f.messageId);
        }
        const unused = Object.keys(rule.messages).filter((m) => !used.has(m));
        assert.deepStrictEqual(unused, [], `messageIds never produced by a fixture or example: ${unused.join(', ')}`);
      });
    });
  }

  it('has generated docs that are up to date (npm run docs)', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const gen = require(path.join(REPO_ROOT, 'scripts', 'gen-docs.js')) as { renderAll: (rules: readonly RuleDefinition[]) => Record<string, string> };
    const files = gen.renderAll(RULES);
    const stale: string[] = [];
    for (const [rel, content] of Object.entries(files)) {
      const p = path.join(REPO_ROOT, rel);
      if (!fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== content) stale.push(rel);
    }
    assert.deepStrictEqual(stale, [], 'run `npm run docs` to regenerate');
  });
});
