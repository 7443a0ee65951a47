// Adversarial inputs, each with a clear expected result: huge files, huge arrays, deep nesting, long
// strings, wildcard patterns built for backtracking, prototype keys, lone surrogates, BOM, CRLF, tabs in
// YAML indentation, anchors and alias bombs, binary garbage. The bound on time is mocha's timeout for
// the test (generous, for a busy CI machine); no test measures or asserts a time.

import * as assert from 'assert';
import * as path from 'path';
import { ObjectNode, analyze, mergeConfig, ENGINE_CODES } from '../../server/src/core';
import type { ValidationResult } from '../../server/src/lsp/document-service';
import { AnalysisHost } from '../../server/src/lsp/worker-host';
import { parseJson, parseYaml } from '../../server/src/core/parse';
import { wildcardMatch } from '../../server/src/core/iam/wildcard';
import { renderJson, renderYaml } from '../../bench/generate/render';
import { templateValue } from '../../bench/generate/cfn';
import { testServices } from '../helpers/services';
import { assertResultInvariants, checkText } from './invariants';

const big = mergeConfig({ maxFileSize: 64 * 1024 * 1024 });

function codes(r: { findings: { ruleId: string }[] }): string[] {
  return [...new Set(r.findings.map((f) => f.ruleId))].sort();
}

describe('robustness: adversarial inputs', function () {
  this.timeout(120000);

  it('a 10 MB template gets the size notice by default, and a full analysis when the limit is raised', () => {
    let groups = 1700;
    let text = renderJson(templateValue(7, groups));
    while (text.length < 10 * 1024 * 1024) text = renderJson(templateValue(7, (groups += 100)));
    const notice = analyze({ text, uri: 'file:///big.json' }, { services: testServices() });
    assert.deepStrictEqual(notice.findings.map((f) => f.ruleId), [ENGINE_CODES.tooLarge]);
    const full = analyze({ text, uri: 'file:///big.json' }, { services: testServices(), config: mergeConfig({ maxFileSize: 64 * 1024 * 1024, timeBudgetMs: 1000 }) });
    assert.strictEqual(full.doc.kind, 'cfn-template');
    assert.ok(full.doc.units.length > 1000, `expected the embedded documents, got ${full.doc.units.length}`);
    assertResultInvariants(text, full);
  });

  it('a 10 MB YAML template parses with short-form tags intact', () => {
    let groups = 2400;
    let text = renderYaml(templateValue(8, groups));
    while (text.length < 10 * 1024 * 1024) text = renderYaml(templateValue(8, (groups += 150)));
    const tree = parseYaml(text);
    assert.deepStrictEqual(tree.problems.filter((p) => p.code === 'syntax'), []);
    assert.strictEqual(tree.root?.type, 'object');
  });

  it('a policy with a 100,000-element Action array parses, and its analysis ends with findings or the overrun notice', async () => {
    const actions = Array.from({ length: 100000 }, (_, i) => `s3:GetObject${i % 7 === 0 ? '' : i}`);
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] });
    const tree = parseJson(text);
    assert.strictEqual(tree.problems.length, 0);
    assert.strictEqual((tree.root as ObjectNode).properties.length, 2);
    // A rule that is quadratic in the array length may take minutes here; the server's watchdog bounds it.
    const host = new AnalysisHost({
      workerScript: path.join(__dirname, '..', '..', 'server', 'src', 'lsp', 'worker.js'),
      document: (uri) => ({ uri, version: 1, languageId: 'json', text, options: { config: mergeConfig({ timeBudgetMs: 1500 }) } }),
      deadlineMs: () => 4000,
    });
    try {
      const r = await host.request<ValidationResult | null>('validate', 'file:///wide.json');
      assert.ok(r.status === 'ok' || r.status === 'overrun', JSON.stringify(r));
      if (r.status === 'ok') assert.ok(r.value !== null && r.value.version === 1);
    } finally {
      host.dispose();
    }
  });

  it('10,000-deep nesting is refused up front with one syntax finding (JSON and YAML flow)', () => {
    for (const [text, uri] of [
      ['{"Statement":' + '['.repeat(10000) + ']'.repeat(10000) + '}', 'file:///deep.json'],
      ['Statement: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n', 'file:///deep.yaml'],
      ['{"a":'.repeat(10000) + '1' + '}'.repeat(10000), 'file:///deep2.json'],
    ]) {
      const r = checkText(text, uri, { kindOverride: { kind: 'iam-policy', policyType: 'identity' } });
      const syntax = r.findings.filter((f) => f.ruleId === 'IAM101');
      assert.strictEqual(syntax.length, 1, `${uri}: ${JSON.stringify(r.findings.map((f) => f.message))}`);
      assert.match(syntax[0].message, /nest|deep/i);
    }
  });

  it('10,000-deep block YAML nesting is refused with one syntax finding', () => {
    for (const text of ['Resources:\n  A: ' + '- '.repeat(10000) + 'x\n', 'Resources:\n' + Array.from({ length: 3000 }, (_, i) => ' '.repeat(i + 2) + `k${i}:`).join('\n') + ' v\n']) {
      const r = checkText(text, 'file:///deepblock.yaml', { kindOverride: { kind: 'cfn-template' } });
      const syntax = r.findings.filter((f) => f.ruleId === 'CFN100');
      assert.strictEqual(syntax.length, 1, JSON.stringify(r.findings.map((f) => f.message)));
      assert.match(syntax[0].message, /nested/);
    }
  });

  it('a 5 MB string value and a 1 MB key are analysed', () => {
    const long = 'a'.repeat(5 * 1024 * 1024);
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: long, Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/' + long.slice(0, 1024 * 1024) }], [long.slice(0, 1024 * 1024)]: 1 });
    const r = analyze({ text, uri: 'file:///long.json' }, { services: testServices(), config: big });
    assert.strictEqual(r.doc.kind, 'iam-policy');
    assertResultInvariants(text, r);
    assert.ok(r.findings.some((f) => f.ruleId === 'IAM103'), 'the unknown top-level key is reported');
  });

  it('wildcard patterns built for backtracking match in linear time', () => {
    const pattern = '*a'.repeat(2000) + '*b';
    const subject = 'a'.repeat(100000);
    assert.strictEqual(wildcardMatch(pattern, subject), false);
    assert.strictEqual(wildcardMatch(pattern, subject + 'b'), true);
    assert.strictEqual(wildcardMatch('?'.repeat(5000) + '*', 'x'.repeat(4999)), false);
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['s3:' + '*a'.repeat(500) + '*b', 's3:' + 'a'.repeat(5000)], Resource: ['arn:aws:s3:::' + '*a'.repeat(500) + '?', 'arn:aws:s3:::' + 'a'.repeat(20000)], Condition: { StringLike: { 's3:prefix': '*a'.repeat(1000) } } },
        { Effect: 'Deny', Action: 's3:' + 'a'.repeat(5000), Resource: 'arn:aws:s3:::' + 'a'.repeat(20000) },
      ],
    });
    checkText(text, 'file:///backtrack.json');
  });

  it('__proto__, constructor and prototype keys are plain keys and pollute nothing', () => {
    const text = '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "Version": "2012-10-17", "Statement": [{"__proto__": "x", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "constructor": 1, "toString": 2, "hasOwnProperty": 3}]}';
    const r = checkText(text, 'file:///proto.json');
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    assert.strictEqual((Object.prototype as Record<string, unknown>).polluted, undefined);
    const unknown = r.findings.filter((f) => f.ruleId === 'IAM103').map((f) => text.slice(f.offset, f.offset + f.length));
    assert.ok(unknown.includes('"__proto__"') && unknown.includes('"constructor"'), JSON.stringify(unknown));
    const y = checkText('__proto__:\n  polluted: 1\nStatement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: "*"\n    constructor: 1\n', 'file:///proto.yaml');
    assert.ok(y.findings.length > 0);
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
  });

  it('lone surrogates, astral characters and a BOM keep findings on the right UTF-16 offsets', () => {
    const body = '{"Version": "2012-10-17", "Statement": [{"Sid": "\ud800x😀\udfff", "Effect": "allow", "Action": "s3:GetObject", "Resource": "*"}]}';
    const plain = checkText(body, 'file:///s.json');
    const withBom = checkText('\ufeff' + body, 'file:///s.json');
    const effect = (r: typeof plain, text: string): string => {
      const f = r.findings.find((x) => x.ruleId === 'IAM108')!;
      return text.slice(f.offset, f.offset + f.length);
    };
    assert.strictEqual(effect(plain, body), '"allow"');
    assert.strictEqual(effect(withBom, '\ufeff' + body), '"allow"');
    assert.deepStrictEqual(codes(withBom), codes(plain));
  });

  it('CRLF line ends give the same findings as LF, on the same characters', () => {
    const lf = 'Version: "2012-10-17"\nStatement:\n  - Effect: allow\n    Action:\n      - s3:GetObject\n    Resource: "*"\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = checkText(lf, 'file:///lf.yaml');
    const b = checkText(crlf, 'file:///crlf.yaml');
    assert.deepStrictEqual(
      b.findings.map((f) => [f.ruleId, crlf.slice(f.offset, f.offset + f.length)]),
      a.findings.map((f) => [f.ruleId, lf.slice(f.offset, f.offset + f.length)]),
    );
    const j = checkText(JSON.stringify(JSON.parse('{"Statement":[{"Effect":"allow","Action":"s3:GetObject","Resource":"*"}]}'), null, 2).replace(/\n/g, '\r\n'), 'file:///crlf.json');
    assert.ok(j.findings.some((f) => f.ruleId === 'IAM108'));
  });

  it('tabs in YAML indentation are a syntax finding, not a crash', () => {
    const text = 'Statement:\n\t- Effect: Allow\n  \t  Action: s3:GetObject\n';
    const r = checkText(text, 'file:///tabs.yaml', { kindOverride: { kind: 'iam-policy', policyType: 'identity' } });
    assert.ok(r.findings.some((f) => f.ruleId === 'IAM101'), JSON.stringify(r.findings.map((f) => f.ruleId)));
  });

  it('anchors and aliases expand; an alias bomb is cut off with a finding', () => {
    const ok = checkText('Version: "2012-10-17"\nStatement:\n  - &s\n    Effect: Allow\n    Action: s3:GetObject\n    Resource: "*"\n  - *s\n', 'file:///alias.yaml');
    assert.strictEqual(ok.doc.kind, 'iam-policy');
    let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < 10; i++) bomb += `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]\n`;
    bomb += 'Statement: *j\n';
    const tree = parseYaml(bomb);
    assert.ok(tree.problems.some((p) => /alias bomb/i.test(p.message)), JSON.stringify(tree.problems.map((p) => p.message)));
    const r = checkText(bomb, 'file:///bomb.yaml', { kindOverride: { kind: 'iam-policy', policyType: 'identity' }, determinism: false });
    assert.ok(r.findings.some((f) => f.ruleId === 'IAM101'));
  });

  it('binary garbage is a syntax finding for a chosen kind and silence otherwise', () => {
    let x = 12345;
    let garbage = '';
    for (let i = 0; i < 200000; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      garbage += String.fromCharCode(x & 0xff);
    }
    const sniffed = checkText(garbage, 'file:///garbage.bin', { determinism: false });
    assert.strictEqual(sniffed.doc.kind, 'none');
    assert.deepStrictEqual(sniffed.findings, []);
    const forced = checkText(garbage, 'file:///garbage.json', { kindOverride: { kind: 'iam-policy', policyType: 'identity' }, determinism: false });
    assert.ok(forced.findings.some((f) => f.ruleId === 'IAM101'));
  });
});
