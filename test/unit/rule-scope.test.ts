// Rules declared `scope: 'resource'` have their findings reused between versions of a template where
// the resource holding the unit did not change (core/rules/reuse.ts). Two guards keep that exact:
// a static one (such a rule, and every module it runs, never reads the template index, the unit list or
// the host tree: the only ways to see beyond its unit's resource), and a differential one (after random
// edits, an analysis that reuses the previous version's findings equals a fresh analysis, finding for
// finding, fixes included).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { mergeConfig } from '../../server/src/core/config';
import { FindingsReuse } from '../../server/src/core/rules/reuse';
import { RULES } from '../../server/src/core/rules/registry';
import { generate } from '../../bench/generate';
import { seeded } from './catalog/fixture';
import { FIXTURES_DIR, REPO_ROOT } from '../helpers/fixture';
import { testServices } from '../helpers/services';
import { DocumentService } from '../../server/src/lsp/document-service';

const CORE = path.join(REPO_ROOT, 'server', 'src', 'core');

/** What reads beyond a unit's resource: the template index, the unit list, the host tree's root. */
const NON_LOCAL = /\b(?:doc|ctx\.doc)\.(?:template|units|tree)\b|\{[^}]*\b(?:template|units|tree)\b[^}]*\}\s*=\s*(?:ctx\.)?doc\b/;

function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const p = path.resolve(path.dirname(from), spec);
  return [p + '.ts', path.join(p, 'index.ts')].find((c) => fs.existsSync(c));
}

/** Why a module (or one it imports at run time, transitively) may read beyond a unit's resource; undefined when it cannot. */
function nonLocalReason(file: string, memo: Map<string, string | undefined>, stack: Set<string> = new Set()): string | undefined {
  if (memo.has(file)) return memo.get(file);
  if (stack.has(file)) return undefined;
  stack.add(file);
  const rel = path.relative(CORE, file);
  const src = stripComments(fs.readFileSync(file, 'utf8'));
  let reason: string | undefined;
  const m = NON_LOCAL.exec(src);
  if (m) reason = `${rel} reads ${m[0]}`;
  else {
    for (const im of src.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
      if (im[1]) continue; // type-only imports run nothing
      const target = resolveImport(file, im[2]);
      const why = target && nonLocalReason(target, memo, stack);
      if (why) {
        reason = `${rel} -> ${why}`;
        break;
      }
    }
  }
  stack.delete(file);
  memo.set(file, reason);
  return reason;
}

function ruleFile(id: string): string {
  for (const area of fs.readdirSync(path.join(CORE, 'rules'))) {
    const dir = path.join(CORE, 'rules', area);
    if (!fs.statSync(dir).isDirectory()) continue;
    const f = fs.readdirSync(dir).find((n) => n.startsWith(id + '-') && n.endsWith('.ts'));
    if (f) return path.join(dir, f);
  }
  throw new Error(`no source file for ${id}`);
}

type Edit = (text: string, rnd: () => number) => string;

const INSERTS = [' ', 'a', 'Z', '1', '"', ':', ',', '\n', '{', '}', '*', '-', '  '];
const EDITS: Edit[] = [
  (t, rnd) => {
    const at = Math.floor(rnd() * (t.length + 1));
    return t.slice(0, at) + INSERTS[Math.floor(rnd() * INSERTS.length)] + t.slice(at);
  },
  (t, rnd) => {
    const at = Math.floor(rnd() * t.length);
    return t.slice(0, at) + t.slice(at + 1 + Math.floor(rnd() * 3));
  },
  (t, rnd) => {
    const lines = t.split('\n');
    const i = Math.floor(rnd() * lines.length);
    lines.splice(i, 0, lines[i]);
    return lines.join('\n');
  },
  (t, rnd) => {
    const lines = t.split('\n');
    const i = Math.floor(rnd() * lines.length);
    const j = Math.floor(rnd() * lines.length);
    [lines[i], lines[j]] = [lines[j], lines[i]];
    return lines.join('\n');
  },
];

interface Tally {
  versions: number;
  reused: number;
}

/** Analyses `text` and `steps` random edits of it, each with the previous version's findings and fresh. */
function checkEdits(name: string, text: string, seed: number, steps: number, tally: Tally): void {
  const services = testServices();
  const config = mergeConfig({ maxFileSize: 64 * 1024 * 1024, timeBudgetMs: 600000 });
  const reuse = new FindingsReuse();
  const rnd = seeded(seed);
  const uri = `file:///scope/${name}`;
  analyze({ text, uri, version: 0 }, { services, config, reuse });
  for (let v = 1; v <= steps; v++) {
    text = EDITS[Math.floor(rnd() * EDITS.length)](text, rnd);
    const incremental = analyze({ text, uri, version: v }, { services, config, reuse });
    const fresh = analyze({ text, uri, version: v }, { services, config });
    assert.deepStrictEqual(incremental.findings, fresh.findings, `${name}, seed ${seed}, version ${v}: reused findings differ from a fresh analysis`);
    tally.versions++;
    tally.reused += reuse.last.reused;
  }
}

describe('rule scope and findings reuse', () => {
  it('declares scope "resource" exactly on the rules that never read beyond their unit\'s resource', () => {
    const memo = new Map<string, string | undefined>();
    const wrong: string[] = [];
    for (const rule of RULES) {
      const reason = rule.appliesTo.includes('cfn-template') ? 'runs on the template itself' : nonLocalReason(ruleFile(rule.id), memo);
      if (rule.scope === 'resource' && reason !== undefined) wrong.push(`${rule.id} declares scope 'resource' but ${reason}`);
      if (rule.scope === undefined && reason === undefined) wrong.push(`${rule.id} reads only its unit's resource: declare scope: 'resource' (its findings are then reused between versions)`);
    }
    assert.deepStrictEqual(wrong, []);
    assert.ok(RULES.filter((r) => r.scope === 'resource').length > 200);
  });

  it('gives the findings of a fresh analysis after random edits of every template fixture', function () {
    this.timeout(600000);
    const tally: Tally = { versions: 0, reused: 0 };
    let seed = 1;
    for (const code of fs.readdirSync(FIXTURES_DIR).sort()) {
      for (const f of fs.readdirSync(path.join(FIXTURES_DIR, code)).sort()) {
        if (!/\.(json|ya?ml)$/.test(f) || f.includes('.fixed.')) continue;
        const text = fs.readFileSync(path.join(FIXTURES_DIR, code, f), 'utf8');
        if (!/\bResources\b/.test(text)) continue;
        checkEdits(`${code}/${f}`, text, seed++, 3, tally);
      }
    }
    assert.ok(tally.versions > 1500, `only ${tally.versions} edited versions checked`);
    assert.ok(tally.reused > 500, `findings were reused on only ${tally.reused} units: the test does not exercise reuse`);
  });

  it('gives the findings of a fresh analysis after random edits of generated 100 KB templates (JSON and YAML)', function () {
    this.timeout(600000);
    const tally: Tally = { versions: 0, reused: 0 };
    checkEdits('bench.json', generate('cfn-json', '100KB').text, 7, 12, tally);
    checkEdits('bench.yaml', generate('cfn-yaml', '100KB').text, 8, 12, tally);
    assert.ok(tally.reused > 24 * 20, `findings were reused on only ${tally.reused} units`);
  });

  it('gives the language server\'s diagnostics of a fresh analysis on each version of an edited document', () => {
    const options = { config: mergeConfig({ maxFileSize: 64 * 1024 * 1024 }) };
    const uri = 'file:///scope/service.yaml';
    const live = new DocumentService(testServices);
    const rnd = seeded(11);
    let text = generate('cfn-yaml', '100KB').text;
    for (let version = 1; version <= 6; version++) {
      if (version > 1) text = EDITS[version % EDITS.length](text, rnd);
      live.sync({ uri, version, languageId: 'yaml', text, options });
      const fresh = new DocumentService(testServices);
      fresh.sync({ uri, version, languageId: 'yaml', text, options });
      assert.deepStrictEqual(live.validate(uri), fresh.validate(uri), `version ${version}`);
    }
  });

  it('reuses nothing in a YAML template whose aliases copy nodes from another resource', () => {
    const text = [
      'Resources:',
      '  A:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument: &doc',
      '        Version: "2012-10-17"',
      '        Statement:',
      '          - Effect: Allow',
      '            Action: "s3:*"',
      '            Resource: "*"',
      '  B:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument: *doc',
      '',
    ].join('\n');
    const services = testServices();
    const reuse = new FindingsReuse();
    analyze({ text, uri: 'file:///a.yaml', version: 1 }, { services, reuse });
    const second = text.replace('"s3:*"', '"s3:GetObject"');
    const r = analyze({ text: second, uri: 'file:///a.yaml', version: 2 }, { services, reuse });
    assert.deepStrictEqual(r.findings, analyze({ text: second, uri: 'file:///a.yaml', version: 2 }, { services }).findings);
    assert.deepStrictEqual(reuse.last, { reused: 0, computed: 0 });
  });

  it('moves reused findings, related information and fix edits with their resource', () => {
    const resource = (name: string): string =>
      `    "${name}": {\n      "Type": "AWS::IAM::ManagedPolicy",\n      "Properties": {\n        "PolicyDocument": {\n          "Version": "2012-10-17",\n          "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }, { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n        }\n      }\n    }`;
    const doc = (description: string): string => `{\n  "Description": "${description}",\n  "Resources": {\n${resource('A')},\n${resource('B')}\n  }\n}\n`;
    const services = testServices();
    const reuse = new FindingsReuse();
    analyze({ text: doc('x'), uri: 'file:///t.json', version: 1 }, { services, reuse });
    const text = doc('a longer description');
    const r = analyze({ text, uri: 'file:///t.json', version: 2 }, { services, reuse });
    assert.deepStrictEqual(reuse.last, { reused: 2, computed: 0 });
    const fresh = analyze({ text, uri: 'file:///t.json', version: 2 }, { services });
    assert.deepStrictEqual(r.findings, fresh.findings);
    const dup = r.findings.filter((f) => f.ruleId === 'IAM622');
    assert.strictEqual(dup.length, 2);
    for (const f of dup) {
      assert.strictEqual(text.slice(f.offset, f.offset + 1), '{');
      assert.ok(f.related !== undefined && f.related.length > 0 && f.fixes !== undefined && f.fixes.length > 0);
    }
  });

  it("reuses a unit's findings only while the resource types its rules asked for are the same", () => {
    // ARN101 reads the type of the resource a `Ref` names: a bucket's Ref is its name (reported), a
    // topic's is its ARN. The policy's own text never changes.
    const doc = (type: string, description: string): string =>
      `Description: ${description}\nResources:\n  Target:\n    Type: ${type}\n  Policy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: sns:Publish\n            Resource: !Ref Target\n`;
    const services = testServices();
    const reuse = new FindingsReuse();
    const arn101 = (text: string, version: number): string[] =>
      analyze({ text, uri: 'file:///t.yaml', version }, { services, reuse }).findings.filter((f) => f.ruleId === 'ARN101').map((f) => f.messageId);
    assert.deepStrictEqual(arn101(doc('AWS::S3::Bucket', 'a'), 1), ['refNotArn']);
    assert.deepStrictEqual(arn101(doc('AWS::S3::Bucket', 'b'), 2), ['refNotArn']);
    assert.strictEqual(reuse.last.reused, 1, 'an unrelated edit reuses the policy unit');
    assert.deepStrictEqual(arn101(doc('AWS::SNS::Topic', 'b'), 3), []);
    assert.strictEqual(reuse.last.reused, 0, 'the Ref target changed type: nothing is reused');
    assert.deepStrictEqual(arn101(doc('AWS::SNS::Topic', 'c'), 4), []);
    assert.strictEqual(reuse.last.reused, 1);
  });
});
