// `awspolicy simulate` run in-process with a fake CliIO: the stable CLI contract (JSON shape, one line
// per batch input in order, null decisions for bad inputs, exit codes) and the text explanation.

import * as assert from 'assert';
import * as path from 'path';
import { CliIO } from '../../server/src/cli/io';
import { simulate } from '../../server/src/cli/simulate';

class FakeIO implements CliIO {
  out = '';
  err = '';
  cwd = '/work';
  isTTY = false;
  constructor(private readonly files: Record<string, string>) {}
  stdout(t: string): void {
    this.out += t;
  }
  stderr(t: string): void {
    this.err += t;
  }
  readFile(p: string): string {
    const rel = path.relative(this.cwd, p);
    const f = this.files[rel];
    if (f === undefined) throw new Error(`ENOENT: no such file '${p}'`);
    return f;
  }
}

const A = '111122223333';
const identity = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'ReadBucket', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    { Sid: 'NoLogs', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b/logs/*' },
  ],
};
const input = (resource: string, extra: object = {}): object => ({
  policies: { identity: [identity], ...extra },
  request: { principal: `arn:aws:iam::${A}:user/alice`, action: 's3:GetObject', resource },
});
const pretty = (v: object): string => JSON.stringify(v, null, 2) + '\n';

async function run(args: string[], files: Record<string, string>): Promise<{ code: number; io: FakeIO }> {
  const io = new FakeIO(files);
  const code = await simulate(args, io);
  return { code, io };
}

describe('cli: awspolicy simulate', () => {
  it('--request --format json prints the decision, reason and trace and exits 0', async () => {
    const { code, io } = await run(['--request', 'req.json', '--format', 'json'], { 'req.json': pretty(input('arn:aws:s3:::b/data/x')) });
    assert.strictEqual(code, 0);
    const r = JSON.parse(io.out);
    assert.strictEqual(r.decision, 'Allow');
    assert.strictEqual(r.reasonCode, 'identity-allow');
    assert.deepStrictEqual(
      r.statements.map((s: { sid: string; applies: boolean; deciding: boolean }) => [s.sid, s.applies, s.deciding]),
      [['ReadBucket', true, true], ['NoLogs', false, false]],
    );
    // Statement ranges point into the request file.
    assert.strictEqual(r.statements[0].file, 'req.json');
    assert.strictEqual(r.statements[0].range.line, 7);
    assert.strictEqual(r.statements[0].range.column, 11);
  });

  it('an explicit deny is still exit code 0 (the input was evaluated)', async () => {
    const { code, io } = await run(['--request', 'req.json', '--format=json'], { 'req.json': pretty(input('arn:aws:s3:::b/logs/x')) });
    assert.strictEqual(code, 0);
    assert.strictEqual(JSON.parse(io.out).decision, 'ExplicitDeny');
  });

  it('text output explains in plain words with file:line references', async () => {
    const { code, io } = await run(['--request', 'req.json'], { 'req.json': pretty(input('arn:aws:s3:::b/logs/x')) });
    assert.strictEqual(code, 0);
    assert.strictEqual(
      io.out,
      [
        `arn:aws:iam::${A}:user/alice → s3:GetObject on arn:aws:s3:::b/logs/x`,
        'Decision: ExplicitDeny',
        "Reason: Explicitly denied by statement 'NoLogs' of identity-based policy #1; an explicit deny overrides any allow.",
        'Deciding statements:',
        "  DENY  statement 'NoLogs' of identity-based policy #1 (req.json:13:11)",
        'Other statements:',
        "  statement 'ReadBucket' of identity-based policy #1 (req.json:7:11): matches, but did not decide.",
        '',
      ].join('\n'),
    );
  });

  it('an invalid request file gives decision null and exit code 1', async () => {
    const { code, io } = await run(['--request', 'req.json', '--format', 'json'], { 'req.json': '{"policies": {}, "request": {"principal": "x"}}' });
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(JSON.parse(io.out), { decision: null, error: '"request.action" must be a string of the form "service:Action"' });
  });

  it('a request file that is not JSON gives decision null and exit code 1', async () => {
    const { code, io } = await run(['--request', 'req.json', '--format', 'json'], { 'req.json': '{"policies": ' });
    assert.strictEqual(code, 1);
    const r = JSON.parse(io.out);
    assert.strictEqual(r.decision, null);
    assert.match(r.error, /^invalid JSON at line 1/);
  });

  it('--batch prints one line per input line, in order, and goes on after bad lines', async () => {
    const lines = [
      JSON.stringify(input('arn:aws:s3:::b/data/x')),
      'not json',
      JSON.stringify(input('arn:aws:s3:::b/logs/x')),
      JSON.stringify({ policies: {}, request: {} }),
      JSON.stringify(input('arn:aws:s3:::other/x')),
    ];
    const { code, io } = await run(['--batch', 'cases.jsonl', '--format', 'json'], { 'cases.jsonl': lines.join('\n') + '\n' });
    assert.strictEqual(code, 1);
    const out = io.out.split('\n');
    assert.strictEqual(out.pop(), '');
    assert.strictEqual(out.length, 5);
    const results = out.map((l) => JSON.parse(l));
    assert.deepStrictEqual(results.map((r) => r.decision), ['Allow', null, 'ExplicitDeny', null, 'ImplicitDeny']);
    assert.match(results[1].error, /^invalid JSON/);
    assert.strictEqual(results[3].error, '"request.principal" must be a non-empty string');
  });

  it('--batch: lines that repeat the same policies, or change them, give what each request gives alone', async () => {
    const deny = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] };
    const inputs = [
      input('arn:aws:s3:::b/data/x'),
      input('arn:aws:s3:::b/data/x', { permissionsBoundary: deny }),
      input('arn:aws:s3:::b/logs/x'),
      input('arn:aws:s3:::b/data/x', { scps: [[{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }], [deny]] }),
      input('arn:aws:s3:::b/data/x'),
    ];
    const { code, io } = await run(['--batch', 'c.jsonl'], { 'c.jsonl': inputs.map((i) => JSON.stringify(i)).join('\n') });
    assert.strictEqual(code, 0);
    const lines = io.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(lines.map((l) => l.decision), ['Allow', 'ExplicitDeny', 'ExplicitDeny', 'ExplicitDeny', 'Allow']);
    for (let i = 0; i < inputs.length; i++) {
      const alone = await run(['--request', 'r.json', '--format', 'json'], { 'r.json': JSON.stringify(inputs[i]) });
      // A request file's trace also points at the file; batch lines have no source.
      const expected = JSON.parse(alone.io.out);
      for (const t of expected.statements) {
        delete t.file;
        delete t.range;
      }
      assert.deepStrictEqual(lines[i], expected, `line ${i + 1}`);
    }
  });

  it('--batch with only valid lines exits 0; CRLF line ends are accepted', async () => {
    const lines = [JSON.stringify(input('arn:aws:s3:::b/data/x')), JSON.stringify(input('arn:aws:s3:::b/logs/x'))];
    const { code, io } = await run(['--batch', 'cases.jsonl'], { 'cases.jsonl': lines.join('\r\n') });
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(io.out.trim().split('\n').map((l) => JSON.parse(l).decision), ['Allow', 'ExplicitDeny']);
  });

  it('--batch keeps an empty line as an error line so outputs stay aligned with inputs', async () => {
    const { code, io } = await run(['--batch', 'cases.jsonl'], { 'cases.jsonl': `${JSON.stringify(input('arn:aws:s3:::b/x'))}\n\n${JSON.stringify(input('arn:aws:s3:::b/x'))}\n` });
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(io.out.trim().split('\n').map((l) => JSON.parse(l).decision), ['Allow', null, 'Allow']);
  });

  it('a byte order mark at the start of a request or batch file is ignored', async () => {
    const bom = '\ufeff';
    const req = await run(['--request', 'req.json', '--format', 'json'], { 'req.json': bom + pretty(input('arn:aws:s3:::b/data/x')) });
    assert.strictEqual(req.code, 0);
    assert.strictEqual(JSON.parse(req.io.out).decision, 'Allow');
    const batch = await run(['--batch', 'c.jsonl'], { 'c.jsonl': bom + JSON.stringify(input('arn:aws:s3:::b/data/x')) + '\n' + JSON.stringify(input('arn:aws:s3:::b/logs/x')) + '\n' });
    assert.strictEqual(batch.code, 0);
    assert.deepStrictEqual(batch.io.out.trim().split('\n').map((l) => JSON.parse(l).decision), ['Allow', 'ExplicitDeny']);
  });

  it('SCP levels and a flat SCP list follow the contract', async () => {
    const allowS3 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };
    const allowEc2 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] };
    const lines = [
      JSON.stringify(input('arn:aws:s3:::b/x', { scps: [allowS3] })),
      JSON.stringify(input('arn:aws:s3:::b/x', { scps: [[allowS3], [allowEc2]] })),
      JSON.stringify(input('arn:aws:s3:::b/x', { scps: [] })),
    ];
    const { io } = await run(['--batch', 'c.jsonl', '--format', 'json'], { 'c.jsonl': lines.join('\n') });
    assert.deepStrictEqual(io.out.trim().split('\n').map((l) => JSON.parse(l).decision), ['Allow', 'ImplicitDeny', 'Allow']);
  });

  it('usage errors exit 2 with a message on stderr', async () => {
    for (const args of [[], ['--request'], ['--format', 'xml', '--request', 'r.json'], ['--request', 'a', '--batch', 'b'], ['--bogus']]) {
      const { code, io } = await run(args, {});
      assert.strictEqual(code, 2, args.join(' '));
      assert.match(io.err, /^awspolicy simulate: /);
      assert.strictEqual(io.out, '');
    }
  });

  it('an unreadable file exits 2', async () => {
    const { code, io } = await run(['--batch', 'missing.jsonl'], {});
    assert.strictEqual(code, 2);
    assert.match(io.err, /cannot read missing\.jsonl/);
  });

  it('an unreadable request file with --format json still prints a decision null line', async () => {
    const { code, io } = await run(['--request', 'missing.json', '--format', 'json'], {});
    assert.strictEqual(code, 2);
    assert.match(io.err, /cannot read missing\.json/);
    const r = JSON.parse(io.out);
    assert.strictEqual(r.decision, null);
    assert.match(r.error, /^cannot read missing\.json/);
  });

  it('SCP and RCP statements point at their lines in the request file too', async () => {
    const allowAll = { Version: '2012-10-17', Statement: [{ Sid: 'All', Effect: 'Allow', Action: '*', Resource: '*' }] };
    const denyS3 = { Version: '2012-10-17', Statement: [{ Sid: 'NoS3', Effect: 'Deny', Action: 's3:*', Resource: '*' }] };
    const text = pretty(input('arn:aws:s3:::b/data/x', { scps: [[allowAll], [allowAll]], rcps: [denyS3] }));
    const { code, io } = await run(['--request', 'req.json', '--format', 'json'], { 'req.json': text });
    assert.strictEqual(code, 0);
    const r = JSON.parse(io.out);
    assert.strictEqual(r.decision, 'ExplicitDeny');
    const lines = text.split('\n');
    for (const s of r.statements) {
      assert.strictEqual(s.file, 'req.json', JSON.stringify(s.policy));
      assert.ok(lines[s.range.line - 1].includes(`"Sid": "${s.sid}"`) || s.sid === undefined || lines[s.range.line].includes(`"Sid": "${s.sid}"`), `${s.sid} at line ${s.range.line}`);
    }
    const scps = r.statements.filter((s: { policy: { type: string } }) => s.policy.type === 'scp');
    assert.strictEqual(scps.length, 2);
    assert.notStrictEqual(scps[0].range.line, scps[1].range.line);
    const rcp = r.statements.find((s: { policy: { type: string } }) => s.policy.type === 'rcp');
    assert.strictEqual(rcp.deciding, true);
    const txt = await run(['--request', 'req.json'], { 'req.json': text });
    assert.match(txt.io.out, /DENY  statement 'NoS3' of RCP #1 \(level 1\) \(req\.json:\d+:\d+\)/);
    assert.match(txt.io.out, /statement 'All' of SCP #1 \(level 2\) \(req\.json:\d+:\d+\)/);
  });

  it('a policy given as a string names the request file; grammar problems are warnings in the text output', async () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', NotAction: 's3:PutObject', Resource: '*' }] };
    const text = pretty({ policies: { identity: [JSON.stringify(doc)] }, request: { principal: `arn:aws:iam::${A}:user/alice`, action: 's3:GetObject', resource: 'arn:aws:s3:::b/x' } });
    const json = await run(['--request', 'req.json', '--format', 'json'], { 'req.json': text });
    const r = JSON.parse(json.io.out);
    assert.strictEqual(r.decision, 'ImplicitDeny');
    assert.strictEqual(r.statements[0].file, 'req.json');
    assert.strictEqual(r.statements[0].mismatch, 'action');
    const { io } = await run(['--request', 'req.json'], { 'req.json': text });
    assert.match(io.out, /statement #1 of identity-based policy #1 \(req\.json\): The statement has both Action and NotAction/);
    assert.match(io.out, /Warning: identity-based policy #1: statement #1 has both Action and NotAction/);
  });

  it('--batch: every kind of line that cannot be evaluated gets its own decision null line, in order', async () => {
    const ok = JSON.stringify(input('arn:aws:s3:::b/data/x'));
    const req = { principal: `arn:aws:iam::${A}:user/alice`, action: 's3:GetObject', resource: '*' };
    const bad = [
      '{"policies": {',
      '[1, 2]',
      '"a string"',
      '42',
      'null',
      'true',
      '{}',
      JSON.stringify({ request: req }),
      JSON.stringify({ policies: {} }),
      JSON.stringify({ policies: [], request: req }),
      JSON.stringify({ policies: {}, request: [] }),
      JSON.stringify({ policies: { identity: identity }, request: req }),
      JSON.stringify({ policies: { identity: [42] }, request: req }),
      JSON.stringify({ policies: { identity: ['not json'] }, request: req }),
      JSON.stringify({ policies: { resource: [identity] }, request: req }),
      JSON.stringify({ policies: { scps: identity }, request: req }),
      JSON.stringify({ policies: { bogus: [] }, request: req }),
      JSON.stringify({ policies: {}, request: { ...req, principal: 42 } }),
      JSON.stringify({ policies: {}, request: { ...req, action: 'GetObject' } }),
      JSON.stringify({ policies: {}, request: { ...req, action: ['s3:GetObject'] } }),
      JSON.stringify({ policies: {}, request: { ...req, resource: null } }),
      JSON.stringify({ policies: {}, request: { ...req, resourceAccount: 111122223333 } }),
      JSON.stringify({ policies: {}, request: { ...req, context: ['aws:x'] } }),
      JSON.stringify({ policies: {}, request: { ...req, context: { 'aws:x': { a: 1 } } } }),
      JSON.stringify({ policies: {}, request: { ...req, context: { 'aws:x': [['a']] } } }),
      '   ',
    ];
    const { code, io } = await run(['--batch', 'c.jsonl'], { 'c.jsonl': [ok, ...bad, ok].join('\r\n') + '\r\n' });
    assert.strictEqual(code, 1);
    const out = io.out.split('\n');
    assert.strictEqual(out.pop(), '');
    assert.strictEqual(out.length, bad.length + 2);
    const results = out.map((l) => JSON.parse(l));
    assert.strictEqual(results[0].decision, 'Allow');
    assert.strictEqual(results[results.length - 1].decision, 'Allow');
    for (let i = 1; i <= bad.length; i++) {
      assert.deepStrictEqual(Object.keys(results[i]), ['decision', 'error'], bad[i - 1]);
      assert.strictEqual(results[i].decision, null, bad[i - 1]);
      assert.ok(typeof results[i].error === 'string' && results[i].error !== '', bad[i - 1]);
    }
  });

  it('--batch: JSON booleans and numbers in the context and the policies are read as their text', async () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: '*', Condition: { NumericLessThanEquals: { 's3:max-keys': 10 } } },
        { Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': false } } },
      ],
    };
    const line = (context: object): string => JSON.stringify({ policies: { identity: [doc] }, request: { principal: `arn:aws:iam::${A}:user/alice`, action: 's3:ListBucket', resource: 'arn:aws:s3:::b', context } });
    const { code, io } = await run(['--batch', 'c.jsonl'], {
      'c.jsonl': [line({ 's3:max-keys': 10, 'aws:SecureTransport': true }), line({ 's3:max-keys': 11, 'aws:SecureTransport': true }), line({ 's3:max-keys': '5', 'aws:SecureTransport': false }), line({ 's3:max-keys': [5], 'aws:SecureTransport': null })].join('\n'),
    });
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(io.out.trim().split('\n').map((l) => JSON.parse(l).decision), ['Allow', 'ImplicitDeny', 'ExplicitDeny', 'Allow']);
  });

  it('--batch: a byte order mark starting a later line (concatenated files) is ignored', async () => {
    const bom = '\ufeff';
    const { code, io } = await run(['--batch', 'c.jsonl'], { 'c.jsonl': bom + JSON.stringify(input('arn:aws:s3:::b/data/x')) + '\n' + bom + JSON.stringify(input('arn:aws:s3:::b/logs/x')) + '\n' });
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(io.out.trim().split('\n').map((l) => JSON.parse(l).decision), ['Allow', 'ExplicitDeny']);
  });

  it('--batch: a very long line is evaluated like any other', async () => {
    const many = input('arn:aws:s3:::b/data/x', { identity: Array.from({ length: 5000 }, () => identity) });
    const { code, io } = await run(['--batch', 'c.jsonl'], { 'c.jsonl': JSON.stringify(many) + '\n' + JSON.stringify(input('arn:aws:s3:::b/logs/x')) });
    assert.strictEqual(code, 0);
    const results = io.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(results.map((r) => r.decision), ['Allow', 'ExplicitDeny']);
    assert.strictEqual(results[0].statements.length, 10000);
  });

  it('a context key named __proto__ is a key like any other', async () => {
    // Written as text: in a JavaScript object literal `__proto__` would set the prototype instead.
    const text = (value: string): string =>
      `{"policies": {"identity": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"__proto__": "x"}}}}]}, ` +
      `"request": {"principal": "arn:aws:iam::${A}:user/alice", "action": "s3:GetObject", "resource": "*", "context": {"__proto__": "${value}"}}}`;
    for (const [value, decision] of [['x', 'Allow'], ['y', 'ImplicitDeny']]) {
      const req = await run(['--request', 'req.json', '--format', 'json'], { 'req.json': text(value) });
      assert.strictEqual(JSON.parse(req.io.out).decision, decision);
      const batch = await run(['--batch', 'c.jsonl'], { 'c.jsonl': text(value) + '\n' });
      assert.strictEqual(JSON.parse(batch.io.out).decision, decision);
    }
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, io } = await run(['--help'], {});
    assert.strictEqual(code, 0);
    assert.match(io.out, /awspolicy simulate --request REQ\.json/);
  });
});
