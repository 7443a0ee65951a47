// The rule engine: containment of failing rules, the time budget, severity settings, suppressions.

import * as assert from 'assert';
import { analyze } from '../../server/src/core/analyze';
import { mergeConfig, parseConfigFile } from '../../server/src/core/config';
import { defineRule } from '../../server/src/core/rules/types';
import { ruleById } from '../../server/src/core/rules/registry';

const POLICY = '{\n  "Statement": [{ "Effect": "allow", "Action": "s3:GetObject", "Resource": "*" }]\n}\n';

const throwing = defineRule({
  id: 'IAM999',
  name: 'always-throws',
  appliesTo: ['iam-policy'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.0.0',
  docs: { summary: 'test', why: 'test', invalid: [], valid: [] },
  messages: { x: 'x' },
  check(ctx) {
    ctx.report({ node: ctx.unit.root!, messageId: 'x' });
    throw new Error('boom');
  },
});

describe('rule engine', () => {
  it('turns a throwing rule into one internal-error finding and runs the others', () => {
    const r = analyze({ text: POLICY, uri: 'p.json' }, { rules: [throwing, ruleById('IAM108')!] });
    const codes = r.findings.map((f) => `${f.ruleId}:${f.messageId}`);
    assert.deepStrictEqual(codes.sort(), ['IAM108:wrongCase', 'IAM999:internalError']);
    const internal = r.findings.find((f) => f.ruleId === 'IAM999')!;
    assert.strictEqual(internal.severity, 'warning');
    assert.match(internal.message, /Internal error in rule IAM999 \(always-throws\): boom/);
  });

  it('never splits a surrogate pair: a one-character range on a node that starts with an emoji covers the emoji', () => {
    const firstCharacter = defineRule({ ...throwing, id: 'IAM998', name: 'marks-first-character', check(ctx) {
      ctx.report({ range: { offset: ctx.unit.root!.offset, length: 1 }, messageId: 'x' });
    } });
    const text = '😀Statement:\n  - Effect: Allow\n';
    const r = analyze({ text, uri: 'p.yaml' }, { rules: [firstCharacter, throwing], kindOverride: { kind: 'iam-policy' } });
    assert.deepStrictEqual(r.findings.map((f) => [f.ruleId, f.offset, f.length]).sort(), [['IAM998', 0, 2], ['IAM999', 0, 2]]);
    // Found by `npm run fuzz`: ASL101 marks a Parallel branch without StartAt at its first character.
    const asl = 'StartAt: A\nStates:\n  A:\n    Type: Parallel\n    End: true\n    Branches:\n      - 😀 States: {}\n';
    const missing = analyze({ text: asl, uri: 'm.asl.yaml' }, { rules: [ruleById('ASL101')!] }).findings.filter((f) => f.messageId === 'missing');
    const at = asl.indexOf('😀');
    assert.deepStrictEqual(missing.map((f) => [f.data.field, f.offset, f.length]), [['StartAt', at, 2], ['States', at, 2]]);
  });

  it('keeps every range inside the document: a range past the end is cut at the end', () => {
    const pastTheEnd = defineRule({ ...throwing, id: 'IAM997', name: 'marks-past-the-end', check(ctx) {
      ctx.report({ range: { offset: ctx.text.length - 1, length: 5 }, messageId: 'x' });
      ctx.report({ range: { offset: ctx.text.length + 3, length: 1 }, messageId: 'x' });
    } });
    const r = analyze({ text: POLICY, uri: 'p.json' }, { rules: [pastTheEnd] });
    assert.deepStrictEqual(r.findings.map((f) => [f.offset, f.length]), [[POLICY.length - 1, 1], [POLICY.length, 0]]);
    // Found by `npm run fuzz` (a corpus state machine cut short): ASL507 marks the character after a
    // path that ends too early, which a document ending there does not have.
    const asl = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n    InputPath: $[?';
    const found = analyze({ text: asl, uri: 'm.asl.yaml' }, { rules: [ruleById('ASL507')!] }).findings;
    assert.deepStrictEqual(found.map((f) => [f.ruleId, f.offset, f.length, f.message]), [['ASL507', asl.length, 0, "Invalid path '$[?': '(' expected after '?'."]]);
  });

  it('stops between rules when the time budget is spent', () => {
    let t = 0;
    const config = mergeConfig({ timeBudgetMs: 10 });
    const r = analyze({ text: POLICY, uri: 'p.json' }, { config, now: () => (t += 100) });
    assert.deepStrictEqual(r.findings.map((f) => f.ruleId), ['AWSPOLICY002']);
  });

  it('applies configured severities and turns rules off', () => {
    const config = mergeConfig({ rules: { IAM108: 'hint', iam105: 'off' } });
    const r = analyze({ text: POLICY, uri: 'p.json' }, { config });
    assert.deepStrictEqual(r.findings.map((f) => [f.ruleId, f.severity]), [['IAM108', 'hint']]);
  });

  it('honours awspolicy-disable-next-line and awspolicy-disable comments in YAML', () => {
    const yaml = [
      'Statement:',
      '  # awspolicy-disable-next-line IAM108 -- legacy tooling writes lowercase',
      '  - Effect: allow',
      '    Action: s3:GetObject',
      '    Resource: "*"',
      '  - Effect: deny',
      '    Action: s3:PutObject',
      '    Resource: "*"',
      '',
    ].join('\n');
    const r = analyze({ text: yaml, uri: 'p.yaml' });
    assert.deepStrictEqual(r.findings.map((f) => `${f.ruleId}@${f.offset}`), [`IAM105@0`, `IAM108@${yaml.indexOf('deny')}`]);
    const all = analyze({ text: '# awspolicy-disable\n' + yaml, uri: 'p.yaml' });
    assert.deepStrictEqual(all.findings, []);
    const one = analyze({ text: '# awspolicy-disable IAM105\n' + yaml, uri: 'p.yaml' });
    assert.deepStrictEqual(one.findings.map((f) => f.ruleId), ['IAM108']);
  });

  it('parses .awspolicy.json and explains mistakes', () => {
    const ok = parseConfigFile('{"rules": {"IAM105": "off"}, "files": {"associations": {"a/*.json": "iam-scp"}}, "maxFileSize": 100}');
    assert.deepStrictEqual(ok.errors, []);
    assert.deepStrictEqual(ok.config, { rules: { IAM105: 'off' }, associations: { 'a/*.json': 'iam-scp' }, maxFileSize: 100 });
    const bad = parseConfigFile('{"rules": {"X": "loud"}, "colour": 1, "maxFileSize": -1}');
    assert.deepStrictEqual(bad.errors, ["Unknown setting 'colour'.", "Rule 'X': severity must be one of error, warning, info, hint, off.", "'maxFileSize' must be a positive number."]);
    assert.deepStrictEqual(parseConfigFile('[1').errors.length > 0, true);
  });
});

describe('engine: syntax error cascades', () => {
  it('reports the first 10 syntax errors of a unit and one note counting the rest', () => {
    const text = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: ]\n  B:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: x\n      DisplayName: y\n  C:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: z\n';
    const syntax = analyze({ text, uri: 't.yaml' }).findings.filter((f) => f.ruleId === 'CFN100');
    assert.strictEqual(syntax.length, 11);
    assert.deepStrictEqual(syntax.slice(0, 10).map((f) => f.severity), new Array(10).fill('error'));
    assert.deepStrictEqual([syntax[0].offset, syntax[0].length, syntax[0].message], [text.indexOf(']'), 1, 'Unexpected flow-seq-end token in YAML stream: "]"']);
    const last = syntax[10];
    assert.strictEqual(last.severity, 'info');
    assert.strictEqual(last.messageId, 'more');
    assert.strictEqual(last.message, '14 more syntax errors follow, most of them likely caused by the ones above; fix those first.');
  });
});
