// Server resilience: a rule that loops forever gets the analysis worker replaced and the document an
// AWSPOLICY002 notice while other documents keep being served; a rule that throws becomes one
// internal-error diagnostic; a stale validation is abandoned; a changed document is released and sent
// again; memory stays bounded over 10,000 edits.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { PassThrough } from 'stream';
import { pathToFileURL } from 'url';
import {
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/lsp/server';
import { mergeConfig } from '../../server/src/core';
import type { ValidationResult } from '../../server/src/lsp/document-service';
import { AnalysisHost } from '../../server/src/lsp/worker-host';
import { TestClient } from '../helpers/lsp-client';

const WORKER = path.join(__dirname, '..', '..', 'server', 'src', 'lsp', 'worker.js');
const HOSTILE = path.join(__dirname, 'support', 'hostile-rules.js');

const policy = (word: string, effect = 'allow'): string => `{\n  "Version": "2012-10-17",\n  "Statement": [{ "Sid": "${word}", "Effect": "${effect}", "Action": "s3:GetObject", "Resource": "*" }]\n}\n`;

function host(docs: Map<string, { text: string; version: number }>, deadlineMs = 1500): AnalysisHost {
  return new AnalysisHost({
    workerScript: WORKER,
    extraRulesModule: HOSTILE,
    document: (uri) => {
      const d = docs.get(uri);
      return d === undefined ? undefined : { uri, version: d.version, languageId: 'json', text: d.text, options: { config: mergeConfig() } };
    },
    deadlineMs: () => deadlineMs,
  });
}

describe('robustness: server resilience', function () {
  this.timeout(120000);

  it('contains a rule that loops forever: overrun notice, a new worker, other documents still served, features without rules', async () => {
    const docs = new Map([
      ['file:///loop.json', { text: policy('LoopForever'), version: 1 }],
      ['file:///ok.json', { text: policy('Fine'), version: 3 }],
    ]);
    const h = host(docs);
    try {
      const first = h.restarts;
      const looping = await h.request<ValidationResult | null>('validate', 'file:///loop.json');
      assert.deepStrictEqual(looping, { status: 'overrun', deadlineMs: 1500 });
      assert.ok(h.hasOverrun('file:///loop.json', 1));
      const ok = await h.request<ValidationResult | null>('validate', 'file:///ok.json');
      assert.strictEqual(ok.status, 'ok');
      const v = (ok as { value: ValidationResult }).value;
      assert.strictEqual(v.version, 3);
      assert.deepStrictEqual(v.diagnostics.map((d) => d.code), ['IAM108']);
      assert.strictEqual(h.restarts, first + 2, 'the first worker, then one replacement');
      // The stuck version is served from its model (no rules): hover works, no second overrun.
      const hover = await h.request<{ contents: { value: string } } | null>('hover', 'file:///loop.json', { position: { line: 2, character: 40 } });
      assert.strictEqual(hover.status, 'ok');
      assert.strictEqual(h.restarts, first + 2);
      // A new version is analysed in full again.
      docs.set('file:///loop.json', { text: policy('Fixed'), version: 2 });
      const fixed = await h.request<ValidationResult | null>('validate', 'file:///loop.json');
      assert.strictEqual(fixed.status, 'ok');
      assert.deepStrictEqual((fixed as { value: ValidationResult }).value.diagnostics.map((d) => d.code), ['IAM108']);
    } finally {
      h.dispose();
    }
  });

  it('turns a throwing rule into one internal-error diagnostic and keeps the other findings', async () => {
    const docs = new Map([['file:///throw.json', { text: policy('ThrowNow'), version: 1 }]]);
    const h = host(docs);
    try {
      const r = await h.request<ValidationResult | null>('validate', 'file:///throw.json');
      assert.strictEqual(r.status, 'ok');
      const diags = (r as { value: ValidationResult }).value.diagnostics;
      assert.deepStrictEqual(diags.map((d) => `${d.code}:${(d.data as { messageId: string }).messageId}`).sort(), ['IAM108:wrongCase', 'IAM998:internalError']);
      assert.match(String(diags.find((d) => d.code === 'IAM998')!.message), /deliberate failure/);
    } finally {
      h.dispose();
    }
  });

  it('abandons a validation whose document changed (cancellation between rules)', async () => {
    const docs = new Map([['file:///stale.json', { text: policy('Stale'), version: 1 }]]);
    const h = host(docs);
    try {
      const pending = h.request<ValidationResult | null>('validate', 'file:///stale.json');
      h.cancelValidation('file:///stale.json');
      const r = await pending;
      assert.deepStrictEqual(r, { status: 'ok', value: null });
      const again = await h.request<ValidationResult | null>('validate', 'file:///stale.json');
      assert.deepStrictEqual((again as { value: ValidationResult }).value.diagnostics.map((d) => d.code), ['IAM108']);
    } finally {
      h.dispose();
    }
  });

  it('a released document is dropped by the worker and sent again with the next request', async () => {
    const uri = 'file:///released.json';
    const docs = new Map([[uri, { text: policy('Released'), version: 1 }]]);
    const h = host(docs);
    try {
      const first = await h.request<ValidationResult | null>('validate', uri);
      assert.deepStrictEqual((first as { value: ValidationResult }).value.diagnostics.map((d) => d.code), ['IAM108']);
      h.release(uri);
      // Same version: only the release makes the host send the text again, and the worker needs it.
      const again = await h.request<ValidationResult | null>('validate', uri);
      assert.deepStrictEqual((again as { value: ValidationResult }).value, (first as { value: ValidationResult }).value);
      docs.set(uri, { text: policy('Edited', 'Allow'), version: 2 });
      h.release(uri);
      h.release(uri);
      const edited = await h.request<ValidationResult | null>('validate', uri);
      assert.deepStrictEqual((edited as { value: ValidationResult }).value.version, 2);
      assert.deepStrictEqual((edited as { value: ValidationResult }).value.diagnostics.map((d) => d.code).sort(), ['SEC120', 'SEC203']);
    } finally {
      h.dispose();
    }
  });

  it('keeps memory bounded over 10,000 edits to one document', async () => {
    const client = new TestClient();
    const rss = (): number => {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${client.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    };
    try {
      await client.initialize();
      const uri = 'file:///edits/policy.json';
      let version = 1;
      await client.open(uri, 'json', policy('Edit0'), version);
      await client.waitForDiagnostics(uri, (d) => d.version === 1);
      let after1000 = 0;
      for (let i = 1; i <= 10000; i++) {
        version++;
        await client.change(uri, version, policy(`Edit${i}`, i % 2 === 0 ? 'Allow' : 'allow'));
        if (i % 250 === 0) {
          const v = version;
          await client.waitForDiagnostics(uri, (d) => d.version === v);
        }
        if (i === 1000) after1000 = rss();
      }
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 40 } });
      assert.ok(hover !== null, 'still serving');
      const end = rss();
      assert.ok(Number.isFinite(after1000) && Number.isFinite(end), 'the server process is readable');
      // Each version's text and model are dropped when the next arrives: 9,000 more edits must not add
      // more than a generous bound (a leak of one ~2 KB document with its model per edit would add >100 MB).
      assert.ok(end - after1000 < 60, `resident memory grew from ${after1000.toFixed(0)} MB to ${end.toFixed(0)} MB over 9,000 edits`);
    } finally {
      await client.stop();
    }
  });

  it('an edit whose analysis ahead of the debounce loops forever gets the overrun notice when its debounce ends', async () => {
    // The server in this process (with the looping rule in its worker), driven over in-memory streams.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awspolicy-ahead-'));
    fs.writeFileSync(path.join(dir, '.awspolicy.json'), JSON.stringify({ timeBudgetMs: 100 }));
    const uri = pathToFileURL(path.join(dir, 'policy.json')).href;
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), { workerScript: WORKER, extraRulesModule: HOSTILE });
    const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const published: PublishDiagnosticsParams[] = [];
    client.onNotification(PublishDiagnosticsNotification.type, (p) => {
      published.push(p);
    });
    client.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => ({ validation: { debounceMs: 300 } })));
    client.onRequest(RegistrationRequest.type, () => undefined);
    client.listen();
    const version = async (v: number): Promise<PublishDiagnosticsParams> => {
      for (let i = 0; i < 600; i++) {
        const p = published.find((x) => x.uri === uri && x.version === v);
        if (p !== undefined) return p;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`no diagnostics for version ${v}`);
    };
    try {
      await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } }, workspaceFolders: null });
      await client.sendNotification(InitializedNotification.type, {});
      await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'json', version: 1, text: policy('Fine') } });
      assert.deepStrictEqual((await version(1)).diagnostics.map((d) => d.code), ['IAM108']);
      // The version-1 analysis was quick, so the new version is analysed just before its debounce ends;
      // that analysis loops, the worker is replaced, and the debounced validation reports the overrun.
      await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: policy('LoopForever') }] });
      const looped = await version(2);
      assert.deepStrictEqual(looped.diagnostics.map((d) => d.code), ['AWSPOLICY002']);
      assert.match(String(looped.diagnostics[0].message), /stopped after 1200 ms/);
      assert.ok(server.analysis.hasOverrun(uri, 2));
      await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: policy('Fixed') }] });
      assert.deepStrictEqual((await version(3)).diagnostics.map((d) => d.code), ['IAM108']);
    } finally {
      server.analysis.dispose();
      client.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
