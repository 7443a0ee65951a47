// Drives a language server over stdio the way an editor does, and times it: start → initialized,
// didOpen → first diagnostics, hover and completion latency at given positions, an edit storm of
// one-character edits → diagnostics for the final version, and the peak resident memory of the server
// process (VmHWM from /proc). Used for awspolicy's own server and for the peers, in the same run.

import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import {
  CompletionRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export interface ServerSpec {
  /** Label in the results table. */
  name: string;
  /** Node script to run (the server's entry), with arguments. */
  script: string;
  args: string[];
  /** Settings answered to workspace/configuration (by section) and pushed with didChangeConfiguration. */
  settings: Record<string, unknown>;
  initializationOptions?: unknown;
  /** The server waits this long after the last change before validating (a fixed delay, not work). */
  debounceMs: number;
  /** The server pulls its settings with workspace/configuration before it validates. */
  pullsConfiguration: boolean;
}

export interface Position {
  line: number;
  character: number;
}

export interface SessionPlan {
  uri: string;
  languageId: string;
  text: string;
  positions: Position[];
  /** Where the edit storm types (inside a string value, so the document stays valid). */
  editAt: Position;
  edits: number;
  editIntervalMs: number;
  /** Give up waiting for a server after this long (ms); the figure is then recorded as a timeout. */
  timeoutMs: number;
}

export interface SessionResult {
  initMs: number;
  openToDiagnosticsMs: number;
  diagnosticsCount: number;
  hoverMs: number[];
  completionMs: number[];
  /** Last edit sent → diagnostics for the final version. */
  editStormMs: number;
  peakRssMb: number;
  timedOut: string[];
}

const now = (): number => performance.now();

function peakRssMb(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

class Driver {
  readonly proc: ChildProcess;
  readonly connection: ProtocolConnection;
  private readonly published: { at: number; params: PublishDiagnosticsParams }[] = [];
  private waiters: (() => void)[] = [];
  configurationAnswered = false;

  constructor(spec: ServerSpec) {
    this.proc = spawn(process.execPath, [spec.script, ...spec.args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', () => undefined);
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push({ at: now(), params });
      const w = this.waiters;
      this.waiters = [];
      for (const f of w) f();
    });
    this.connection.onRequest(ConfigurationRequest.type, (p) => {
      this.configurationAnswered = true;
      const w = this.waiters;
      this.waiters = [];
      setImmediate(() => w.forEach((f) => f()));
      return p.items.map((i) => (i.section !== undefined ? lookup(spec.settings, i.section) : spec.settings) ?? null);
    });
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    this.connection.onRequest('workspace/workspaceFolders', () => null);
    this.connection.listen();
  }

  /** Resolves at the first publication (after index `from`) that satisfies `pred`, or undefined on timeout. */
  waitPublished(from: number, pred: (p: PublishDiagnosticsParams) => boolean, timeoutMs: number): Promise<{ at: number; params: PublishDiagnosticsParams } | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), timeoutMs);
      const check = (): void => {
        for (let i = from; i < this.published.length; i++) {
          if (pred(this.published[i].params)) {
            clearTimeout(timer);
            resolve(this.published[i]);
            return;
          }
        }
        this.waiters.push(check);
      };
      check();
    });
  }

  waitConfiguration(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      const check = (): void => {
        if (this.configurationAnswered) {
          clearTimeout(timer);
          resolve();
        } else this.waiters.push(check);
      };
      check();
    });
  }

  get publishedCount(): number {
    return this.published.length;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 3000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // Already gone.
    }
    await new Promise((r) => setTimeout(r, 50));
    this.connection.dispose();
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
  }
}

function lookup(settings: Record<string, unknown>, section: string): unknown {
  let cur: unknown = settings;
  for (const part of section.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

async function timed<T>(fn: () => Promise<T>, timeoutMs: number): Promise<number | undefined> {
  const start = now();
  const r = await Promise.race([fn().then(() => true, () => true), new Promise<boolean>((res) => setTimeout(() => res(false), timeoutMs))]);
  return r ? now() - start : undefined;
}

/** One editor session against one server: a fresh process, one document. */
export async function runSession(spec: ServerSpec, plan: SessionPlan): Promise<SessionResult> {
  const timedOut: string[] = [];
  const start = now();
  const d = new Driver(spec);
  try {
    await d.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      initializationOptions: spec.initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: false },
        textDocument: {
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          synchronization: { didSave: false, dynamicRegistration: false },
        },
      },
    });
    await d.connection.sendNotification(InitializedNotification.type, {});
    const initMs = now() - start;
    await d.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: spec.settings });
    // Servers that pull settings validate with the defaults until the answer arrives; wait for it so
    // every server analyses with its benchmark settings (a real editor answers within milliseconds).
    if (spec.pullsConfiguration) await d.waitConfiguration(2000);
    await new Promise((r) => setTimeout(r, 20));

    const before = d.publishedCount;
    const openAt = now();
    await d.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: plan.uri, languageId: plan.languageId, version: 1, text: plan.text } });
    const first = await d.waitPublished(before, (p) => p.uri === plan.uri, plan.timeoutMs);
    if (first === undefined) timedOut.push('didOpen');
    const openToDiagnosticsMs = first ? first.at - openAt : NaN;

    const hoverMs: number[] = [];
    const completionMs: number[] = [];
    for (const position of plan.positions) {
      const t = await timed(() => d.connection.sendRequest(HoverRequest.type, { textDocument: { uri: plan.uri }, position }), plan.timeoutMs);
      if (t === undefined) {
        timedOut.push('hover');
        break;
      }
      hoverMs.push(t);
    }
    for (const position of plan.positions) {
      const t = await timed(() => d.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: plan.uri }, position, context: { triggerKind: 1 } }), plan.timeoutMs);
      if (t === undefined) {
        timedOut.push('completion');
        break;
      }
      completionMs.push(t);
    }

    // Edit storm: one-character insertions 20 ms apart at the same place, as fast typing produces.
    let version = 1;
    let lastSent = 0;
    let beforeStorm = d.publishedCount;
    for (let i = 0; i < plan.edits; i++) {
      version++;
      const pos = { line: plan.editAt.line, character: plan.editAt.character + i };
      if (i === plan.edits - 1) beforeStorm = d.publishedCount;
      lastSent = now();
      await d.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: plan.uri, version },
        contentChanges: [{ range: { start: pos, end: pos }, text: 'x' }],
      });
      if (i < plan.edits - 1) await new Promise((r) => setTimeout(r, plan.editIntervalMs));
    }
    const finalVersion = version;
    const last = await d.waitPublished(beforeStorm, (p) => p.uri === plan.uri && (p.version === undefined || p.version === finalVersion), plan.timeoutMs);
    if (last === undefined) timedOut.push('editStorm');
    const editStormMs = last ? last.at - lastSent : NaN;
    const rss = peakRssMb(d.proc.pid);
    return {
      initMs,
      openToDiagnosticsMs,
      diagnosticsCount: first?.params.diagnostics.length ?? 0,
      hoverMs,
      completionMs,
      editStormMs,
      peakRssMb: rss,
      timedOut,
    };
  } finally {
    await d.stop();
  }
}
