// `awspolicy check`: text, JSON and SARIF output, exit codes, configuration, unreadable files.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../helpers/fixture';
import { cli, cliProcess, tempTree } from '../helpers/cli';

const BAD = '{\n  "Version": "2012-10-18",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-bucket/*" }]\n}\n';
const GOOD = '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-bucket/*" }]\n}\n';
const WARN_ONLY = '{\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-bucket/*" }]\n}\n';

describe('awspolicy check', function () {
  this.timeout(30000);

  it('prints file:line:col: severity CODE message and exits 1 on errors', async () => {
    const dir = tempTree({ 'policies/bad.json': BAD, 'policies/good.json': GOOD, 'package.json': '{"name":"x"}' });
    const r = await cli(['check', '.'], dir);
    assert.strictEqual(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.strictEqual(lines[0], `policies${path.sep}bad.json:2:14: error IAM106 '2012-10-18' is not a policy language version; use "2012-10-17".`);
    assert.strictEqual(lines[1], '1 error, 0 warnings, 0 notes in 2 AWS documents (3 files scanned)');
    assert.strictEqual(r.stderr, '');
  });

  it('exits 0 when there are only warnings, and --quiet drops them', async () => {
    const dir = tempTree({ 'p.json': WARN_ONLY });
    const r = await cli(['check', 'p.json'], dir);
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /^p\.json:1:1: warning IAM105 /);
    const q = await cli(['check', 'p.json', '--quiet'], dir);
    assert.strictEqual(q.code, 0);
    assert.strictEqual(q.stdout, '0 errors, 0 warnings, 0 notes in 1 AWS document (1 file scanned)\n');
  });

  it('--fail-on LEVEL exits 1 on findings at that level or above, counted even when --quiet hides them', async () => {
    // IAM105 (no Version) is a warning; the good policy has no finding at any level.
    const dir = tempTree({ 'w.json': WARN_ONLY, 'g.json': GOOD });
    const warn = await cli(['check', 'w.json', '--fail-on', 'warning'], dir);
    assert.strictEqual(warn.code, 1);
    assert.match(warn.stdout, /^w\.json:1:1: warning IAM105 /);
    assert.strictEqual((await cli(['check', 'w.json', '--fail-on', 'error'], dir)).code, 0);
    const quiet = await cli(['check', 'w.json', '--quiet', '--fail-on', 'warning'], dir);
    assert.deepStrictEqual(quiet, { code: 1, stdout: '0 errors, 0 warnings, 0 notes in 1 AWS document (1 file scanned)\n', stderr: '' });
    assert.strictEqual((await cli(['check', 'g.json', '--fail-on', 'hint'], dir)).code, 0);
    assert.strictEqual((await cli(['check', 'w.json', 'g.json', '--fail-on', 'info'], dir)).code, 1);
    const bad = await cli(['check', 'w.json', '--fail-on', 'notice'], dir);
    assert.deepStrictEqual(bad, { code: 2, stdout: '', stderr: "awspolicy check: unknown level 'notice' for --fail-on (error, warning, info or hint)\n" });
  });

  it('--fail-on with --quiet on worker threads: the threads keep what the exit code needs', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`p${i}.json`] = GOOD;
    files['p6.json'] = WARN_ONLY;
    const dir = tempTree(files);
    const r = cliProcess(['check', '.', '--quiet', '--fail-on', 'warning', '--jobs', '2'], dir);
    assert.deepStrictEqual(r, { code: 1, stdout: '0 errors, 0 warnings, 0 notes in 7 AWS documents (7 files scanned)\n', stderr: '' });
    assert.strictEqual(cliProcess(['check', '.', '--quiet', '--jobs', '2'], dir).code, 0);
  });

  it('exits 2 for usage errors and unreadable files, and still checks the other files', async () => {
    const dir = tempTree({ 'bad.json': BAD });
    assert.strictEqual((await cli(['check', '--format', 'xml'], dir)).code, 2);
    assert.strictEqual((await cli(['check', '--bogus'], dir)).code, 2);
    assert.strictEqual((await cli(['frobnicate'], dir)).code, 2);
    const r = await cli(['check', 'missing.json', 'bad.json'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /no such file or directory: missing\.json/);
    assert.match(r.stdout, /bad\.json:2:14: error IAM106/);
    if (process.getuid && process.getuid() !== 0) {
      fs.chmodSync(path.join(dir, 'bad.json'), 0);
      const u = await cli(['check', 'bad.json'], dir);
      assert.strictEqual(u.code, 2);
      assert.match(u.stderr, /cannot read bad\.json: EACCES/);
    }
  });

  it('writes the documented JSON schema', async () => {
    const dir = tempTree({ 'bad.json': BAD });
    const r = await cli(['check', 'bad.json', '--format', 'json'], dir);
    assert.strictEqual(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.version, 1);
    assert.deepStrictEqual(out.summary, { files: 1, errors: 1, warnings: 0, infos: 0, hints: 0 });
    assert.strictEqual(out.files[0].path, 'bad.json');
    assert.strictEqual(out.files[0].kind, 'iam-identity-policy');
    const f = out.files[0].findings[0];
    assert.deepStrictEqual(
      { code: f.code, severity: f.severity, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, offset: f.offset, length: f.length, messageId: f.messageId },
      { code: 'IAM106', severity: 'error', line: 2, column: 14, endLine: 2, endColumn: 26, offset: 15, length: 12, messageId: 'invalid' },
    );
    assert.deepStrictEqual(f.fixes[0].edits, [{ offset: 16, length: 10, newText: '2012-10-17' }]);
  });

  it('writes SARIF 2.1.0 that validates against the schema, with rule metadata and help URIs', async () => {
    const dir = tempTree({ 'bad.json': BAD, 'warn.json': WARN_ONLY });
    const r = await cli(['check', '.', '--format', 'sarif'], dir);
    assert.strictEqual(r.code, 1);
    const log = JSON.parse(r.stdout);
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const Ajv2020 = require('ajv/dist/2020');
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const addFormats = require('ajv-formats');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test', 'schemas', 'sarif-2.1.0.json'), 'utf8')));
    assert.ok(validate(log), JSON.stringify(validate.errors));
    const run = log.runs[0];
    assert.deepStrictEqual(run.tool.driver.rules.map((x: { id: string }) => x.id).sort(), ['IAM105', 'IAM106']);
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'IAM106');
    assert.match(rule.helpUri, /docs\/rules\/IAM106\.md$/);
    const res = run.results.find((x: { ruleId: string }) => x.ruleId === 'IAM106');
    assert.strictEqual(res.level, 'error');
    assert.deepStrictEqual(res.locations[0].physicalLocation.artifactLocation, { uri: 'bad.json', uriBaseId: '%SRCROOT%' });
    assert.deepStrictEqual(res.locations[0].physicalLocation.region, { startLine: 2, startColumn: 14, endLine: 2, endColumn: 26 });
  });

  it('reads .awspolicy.json: severities, off, and file associations', async () => {
    const dir = tempTree({
      '.awspolicy.json': JSON.stringify({ rules: { IAM106: 'warning', IAM105: 'off' }, files: { associations: { 'scp/*.json': 'iam-scp' } } }),
      'bad.json': BAD,
      'warn.json': WARN_ONLY,
      'scp/deny.json': GOOD,
    });
    const r = await cli(['check', '.', '--format', 'json'], dir);
    assert.strictEqual(r.code, 0);
    const out = JSON.parse(r.stdout);
    const byPath = Object.fromEntries(out.files.map((f: { path: string }) => [f.path.split(path.sep).join('/'), f]));
    assert.deepStrictEqual(byPath['bad.json'].findings.map((f: { code: string; severity: string }) => [f.code, f.severity]), [['IAM106', 'warning']]);
    assert.deepStrictEqual(byPath['warn.json'].findings, []);
    assert.strictEqual(byPath['scp/deny.json'].kind, 'iam-scp');
  });

  it('rejects a broken --config file with exit 2', async () => {
    const dir = tempTree({ 'cfg.json': '{"rules": {"IAM105": "loud"}}', 'bad.json': BAD });
    const r = await cli(['check', 'bad.json', '--config', 'cfg.json'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /Rule 'IAM105': severity must be one of/);
  });

  it('--kind forces the document kind', async () => {
    const dir = tempTree({ 'x.json': '{"Version": "2012-10-17"}' });
    const none = await cli(['check', 'x.json', '--format', 'json'], dir);
    assert.strictEqual(JSON.parse(none.stdout).files[0].kind, 'iam-identity-policy');
    const forced = await cli(['check', 'x.json', '--kind', 'none', '--format', 'json'], dir);
    assert.deepStrictEqual(JSON.parse(forced.stdout).files, []);
  });

  it('runs as a real process from the bundle, with the same exit codes', () => {
    const dir = tempTree({ 'bad.json': BAD, 'good.json': GOOD });
    const bad = cliProcess(['check', 'bad.json'], dir);
    assert.strictEqual(bad.code, 1, bad.stderr);
    const good = cliProcess(['check', 'good.json'], dir);
    assert.strictEqual(good.code, 0, good.stderr);
    assert.strictEqual(cliProcess(['check', 'nope.json'], dir).code, 2);
    assert.match(cliProcess(['--version'], dir).stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('--jobs N checks on worker threads and prints exactly what one thread prints, in file order', () => {
    const files: Record<string, string> = { 'unreadable.json/.keep': '', 'notes.txt.json': '{"name": "x"}' };
    for (let i = 0; i < 40; i++) files[`p${String(i).padStart(2, '0')}.json`] = i % 3 === 0 ? BAD : i % 3 === 1 ? GOOD : WARN_ONLY;
    const dir = tempTree(files);
    const one = cliProcess(['check', '.', '--format', 'json', '--jobs', '1'], dir);
    const three = cliProcess(['check', '.', '--format', 'json', '--jobs', '3'], dir);
    assert.strictEqual(one.code, 1, one.stderr);
    assert.strictEqual(three.code, one.code, three.stderr);
    assert.strictEqual(three.stdout, one.stdout);
    const out = JSON.parse(three.stdout);
    assert.deepStrictEqual(out.summary, { files: 40, errors: 14, warnings: 13, infos: 0, hints: 0 });
    assert.deepStrictEqual(out.files.map((f: { path: string }) => f.path), Object.keys(files).filter((k) => /^p\d+\.json$/.test(k)).sort());
    const usage = cliProcess(['check', '.', '--jobs', 'two'], dir);
    assert.strictEqual(usage.code, 2);
    assert.strictEqual(usage.stderr, "awspolicy check: --jobs needs a whole number from 1 to 64, not 'two'\n");
  });

  it('stops writing quietly when the reader of its output goes away, and still exits with the check\'s status (check | head -1)', () => {
    const dir = tempTree(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`p${i}.json`, BAD])));
    // The shell prints the CLI's own exit status after head's output (what `set -o pipefail` would see).
    const cmd = `{ "${process.execPath}" "${path.join(REPO_ROOT, 'bin', 'awspolicy.js')}" check .; echo "status $?" >&2; } | head -1`;
    const r = spawnSync('sh', ['-c', cmd], { cwd: dir, encoding: 'utf8' });
    assert.match(r.stdout, /^p\d+\.json:2:14: error IAM106 /);
    assert.strictEqual(r.stdout.split('\n').length, 2);
    assert.strictEqual(r.stderr, 'status 1\n');
  });

  it('checks the bundled examples and finds problems in each', () => {
    const r = cliProcess(['check', 'examples', '--format', 'json'], REPO_ROOT);
    assert.strictEqual(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    for (const f of out.files) if (f.kind !== 'simulation-request') assert.ok(f.findings.length > 0, `${f.path} has no findings`);
    assert.ok(out.files.length >= 5);
  });
});
