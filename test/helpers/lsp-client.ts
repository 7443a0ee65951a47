// A minimal LSP client for protocol tests: starts the bundled server (dist/server.js) over stdio and
// waits for conditions by polling notifications (never fixed sleeps).

import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  ConfigurationRequest,
  InitializeRequest,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  ShutdownRequest,
  ExitNotification,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from './fixture';

export class TestClient {
  readonly connection: ProtocolConnection;
  private readonly proc: ChildProcess;
  /** Latest diagnostics per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private waiters: (() => void)[] = [];
  settings: unknown = {};
  /** How many workspace/configuration requests the server has made. */
  configurationRequests = 0;
  stderr = '';

  /**
   * `launch.prefix` runs the server under another command (`unshare -n`, `strace -f ...`), `launch.nodeArgs`
   * go to node before the script (`-r preload.js`).
   */
  constructor(extraEnv: Record<string, string> = {}, launch: { prefix?: string[]; nodeArgs?: string[] } = {}) {
    const server = path.join(REPO_ROOT, 'dist', 'server.js');
    if (!fs.existsSync(server)) throw new Error('dist/server.js is missing: run `npm run build` first');
    const argv = [...(launch.prefix ?? []), process.execPath, ...(launch.nodeArgs ?? []), server, '--stdio'];
    this.proc = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...extraEnv } });
    this.proc.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p);
      const w = this.waiters;
      this.waiters = [];
      w.forEach((f) => f());
    });
    this.connection.onRequest(ConfigurationRequest.type, (p) => {
      this.configurationRequests++;
      return p.items.map(() => this.settings);
    });
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.listen();
  }

  /** The server's process id (for memory readings in /proc). */
  get pid(): number | undefined {
    return this.proc.pid;
  }

  async initialize(rootUri: string | null = null): Promise<unknown> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Resolves when diagnostics for `uri` satisfy `pred` (polls each publication; fails after `ms`). */
  waitForDiagnostics(uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true, ms = 20000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${ms} ms; last: ${JSON.stringify(this.diagnostics.get(uri))}\n${this.stderr}`)), ms);
      const check = (): void => {
        const p = this.diagnostics.get(uri);
        if (p !== undefined && pred(p)) {
          clearTimeout(timer);
          resolve(p);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The process may already be gone.
    }
    this.connection.dispose();
    this.proc.kill();
  }
}
