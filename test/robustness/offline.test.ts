// Nothing leaves the machine: the CLI and the language server run in a network namespace that has only
// a loopback device (`unshare -n`, as root), with every Node network API trapped by a preloaded module
// that logs any attempt; every feature must still work, and the log must stay empty. Where strace is
// installed, the system calls are traced too: no AF_INET/AF_INET6 socket may be opened at all.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CodeActionRequest, CompletionRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from '../helpers/fixture';
import { TestClient } from '../helpers/lsp-client';

const PRELOAD = path.join(__dirname, 'support', 'no-network.js');
const CLI = path.join(REPO_ROOT, 'bin', 'awspolicy.js');

function canUnshare(): boolean {
  return spawnSync('unshare', ['-n', 'true']).status === 0;
}

function hasStrace(): boolean {
  return spawnSync('strace', ['-V']).status === 0;
}

/** Network system calls in an strace log that are not local (AF_UNIX) sockets. */
function networkCalls(traceFile: string): string[] {
  if (!fs.existsSync(traceFile)) return [];
  return fs
    .readFileSync(traceFile, 'utf8')
    .split('\n')
    .filter((l) => /\b(socket|connect|sendto|bind)\(/.test(l) && /AF_INET6?|PF_INET6?/.test(l));
}

describe('robustness: offline (network namespace with loopback only)', function () {
  this.timeout(120000);
  let tmp: string;
  let netLog: string;

  before(function () {
    if (!canUnshare()) {
      // CI runs as root, where this works; refuse to pass silently there.
      if (process.env.CI) throw new Error('unshare -n failed: the offline test needs root (network namespaces)');
      this.skip();
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'awspolicy-offline-'));
    netLog = path.join(tmp, 'net.log');
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('the namespace really has no network but loopback', () => {
    const r = spawnSync('unshare', ['-n', 'cat', '/proc/net/dev'], { encoding: 'utf8' });
    const devices = r.stdout.split('\n').slice(2).map((l) => l.split(':')[0].trim()).filter((d) => d !== '');
    assert.deepStrictEqual(devices, ['lo']);
  });

  it('the CLI checks every kind of document, prints SARIF and draws a graph, without touching the network', () => {
    const trace = path.join(tmp, 'cli.strace');
    const examples = path.join(REPO_ROOT, 'examples');
    const run = (args: string[]): { status: number | null; stdout: string; stderr: string } => {
      const prefix = hasStrace() ? ['strace', '-f', '-qq', '-e', 'trace=network', '-o', trace + '.' + args[0], 'unshare', '-n'] : ['unshare', '-n'];
      const r = spawnSync(prefix[0], [...prefix.slice(1), process.execPath, '-r', PRELOAD, CLI, ...args], { encoding: 'utf8', env: { ...process.env, AWSPOLICY_NET_LOG: netLog }, cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const json = run(['check', examples, '--format', 'json']);
    assert.ok(json.status === 0 || json.status === 1, json.stderr);
    const files = JSON.parse(json.stdout) as { kind: string }[] | { files: { kind: string }[] };
    const kinds = new Set((Array.isArray(files) ? files : files.files).map((f) => f.kind));
    for (const k of ['cfn-template', 'asl']) assert.ok([...kinds].some((x) => x.startsWith(k)), `kinds checked: ${[...kinds].join(', ')}`);
    assert.ok([...kinds].some((x) => x.startsWith('iam-')), `kinds checked: ${[...kinds].join(', ')}`);
    const sarif = run(['check', examples, '--format', 'sarif']);
    assert.strictEqual(JSON.parse(sarif.stdout).version, '2.1.0');
    const graph = run(['graph', path.join(examples, 'order-workflow.asl.json'), '--format', 'mermaid']);
    assert.strictEqual(graph.status, 0, graph.stderr);
    assert.match(graph.stdout, /flowchart|graph/);
    const rules = run(['rules']);
    assert.match(rules.stdout, /IAM108/);
    assert.strictEqual(fs.existsSync(netLog) ? fs.readFileSync(netLog, 'utf8') : '', '');
    for (const f of fs.readdirSync(tmp).filter((x) => x.startsWith('cli.strace'))) assert.deepStrictEqual(networkCalls(path.join(tmp, f)), [], f);
  });

  it('the language server serves diagnostics, hover, completion, code actions, symbols and folding without touching the network', async () => {
    const trace = path.join(tmp, 'server.strace');
    const prefix = hasStrace() ? ['strace', '-f', '-qq', '-e', 'trace=network', '-o', trace, 'unshare', '-n'] : ['unshare', '-n'];
    const client = new TestClient({ AWSPOLICY_NET_LOG: netLog }, { prefix, nodeArgs: ['-r', PRELOAD] });
    try {
      await client.initialize();
      const uri = 'file:///offline/policy.json';
      const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "allow", "Action": "s3:GetOb", "Resource": "*" }\n  ]\n}\n';
      await client.open(uri, 'json', text);
      const p = await client.waitForDiagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'IAM108'));
      const effect = p.diagnostics.find((d) => d.code === 'IAM108')!;
      const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 3, character: 8 } })) as { contents: { value: string } } | null;
      assert.match(hover?.contents.value ?? '', /Effect/);
      const completion = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 3, character: 19 } })) as { items: { label: string }[] } | null;
      assert.deepStrictEqual(completion?.items.map((i) => i.label), ['Allow', 'Deny']);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: effect.range, context: { diagnostics: [effect] } })) as { title: string }[];
      assert.ok(actions.some((a) => a.title === 'Change to "Allow"'));
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as { name: string }[];
      assert.deepStrictEqual(symbols.map((s) => s.name), ['Statement #1']);
      const folds = (await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) as unknown[];
      assert.ok(folds.length >= 2);
      const yamlUri = 'file:///offline/template.yaml';
      await client.open(yamlUri, 'yaml', fs.readFileSync(path.join(REPO_ROOT, 'examples', 'order-pipeline.template.yaml'), 'utf8'));
      await client.waitForDiagnostics(yamlUri);
    } finally {
      await client.stop();
    }
    assert.strictEqual(fs.existsSync(netLog) ? fs.readFileSync(netLog, 'utf8') : '', '');
    assert.deepStrictEqual(networkCalls(trace), []);
  });
});
