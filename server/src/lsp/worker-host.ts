// The server thread's side of the analysis worker. Requests go to one worker thread in order; the
// worker's text of each document is brought up to date lazily (only when a request needs it, so an
// edit storm costs no copies). A watchdog replaces a worker whose current request overruns its
// deadline (a rule in an endless loop cannot be interrupted inside its thread): the document version
// that caused it is then served without rules, and the caller is told so it can say why.
// Stale validations are abandoned cooperatively: the engine polls a shared cancellation ticket
// between rules.

import { Worker } from 'worker_threads';
import type { DocumentSync } from './document-service';
import { WORKER_ROLE, WorkerData, WorkerMessage, WorkerOp, WorkerRequest } from './worker-protocol';

/**
 * The worker's young generation, in MB. V8's default lets it grow to 32 MB of semi-spaces that stay
 * resident; 16 MB measured the same analysis speed (1 MB templates, both capped and uncapped workers in
 * one process, alternating) with 16 MB less peak memory. 8 MB cost 8-11% and 4 MB 25%.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

export type HostResult<T> = { status: 'ok'; value: T } | { status: 'overrun'; deadlineMs: number } | { status: 'failed'; error: string };

export interface AnalysisHostOptions {
  /** The script the worker runs: the server bundle itself, or out/server/src/lsp/worker.js in tests. */
  workerScript: string;
  /** The current state of an open document (undefined once closed). */
  document: (uri: string) => DocumentSync | undefined;
  /** How long one request may run before the worker is replaced (ms). */
  deadlineMs: (uri: string) => number;
  log?: (message: string) => void;
  /** Tests only: extra rules module loaded by the worker. */
  extraRulesModule?: string;
  /** Old-generation heap limit of the worker (MB): a memory bomb kills the worker, not the server. */
  maxHeapMb?: number;
  /** Warm-up of a new worker before its first analysis, in ms (default: the worker's WARM_UP_MS; 0: none). */
  warmUpMs?: number;
}

interface Pending {
  req: WorkerRequest;
  resolve: (r: HostResult<unknown>) => void;
  startedAt?: number;
}

export class AnalysisHost {
  private worker: Worker | undefined;
  private readonly cancel = new Int32Array(new SharedArrayBuffer(4));
  private readonly pending = new Map<number, Pending>();
  /** Version (and options key) of each document as the current worker has it. */
  private readonly synced = new Map<string, { version: number; optionsKey: string }>();
  /** `uri@version` whose full analysis overran: no second attempt. */
  private readonly overran = new Set<string>();
  private readonly inflightValidation = new Map<string, number>();
  private nextId = 1;
  private nextTicket = 1;
  private watchdog: NodeJS.Timeout | undefined;
  /** Workers started so far (for tests and logs). */
  restarts = 0;

  constructor(private readonly opts: AnalysisHostOptions) {}

  request<T>(op: WorkerOp, uri: string, args?: unknown): Promise<HostResult<T>> {
    const withoutText = op === 'close' || op === 'release';
    const doc = withoutText ? undefined : this.opts.document(uri);
    if (!withoutText && doc === undefined) return Promise.resolve({ status: 'ok', value: null as T });
    const worker = this.ensureWorker();
    const req: WorkerRequest = { id: this.nextId++, op, uri, args };
    if (doc !== undefined) {
      const optionsKey = JSON.stringify(doc.options);
      const have = this.synced.get(uri);
      if (have === undefined || have.version !== doc.version || have.optionsKey !== optionsKey) {
        req.sync = doc;
        this.synced.set(uri, { version: doc.version, optionsKey });
      }
      if (this.overran.has(`${uri}@${doc.version}`)) req.modelOnly = doc.version;
    }
    if (op === 'release') this.synced.delete(uri);
    if (op === 'close') {
      this.synced.delete(uri);
      for (const k of [...this.overran]) if (k.startsWith(`${uri}@`)) this.overran.delete(k);
    }
    if (op === 'validate') {
      req.ticket = this.nextTicket++;
      this.inflightValidation.set(uri, req.ticket);
    }
    return new Promise((resolve) => {
      this.pending.set(req.id, { req, resolve: resolve as (r: HostResult<unknown>) => void });
      worker.postMessage(req);
      this.armWatchdog();
    });
  }

  /** Starts the worker ahead of the first request (it loads the catalog while the client starts up). */
  warm(): void {
    this.ensureWorker();
  }

  /**
   * The document changed: the worker's analysis of the version it has is of no further use, so it drops it
   * now, while the user types, rather than keeping it beside the next version's model (see worker.ts).
   * Once per burst of edits: the next request that needs the document sends its text again.
   */
  release(uri: string): void {
    if (this.worker === undefined || !this.synced.has(uri)) return;
    void this.request('release', uri);
  }

  /** Abandons a running or queued validation of `uri` (a newer version arrived). */
  cancelValidation(uri: string): void {
    const ticket = this.inflightValidation.get(uri);
    if (ticket !== undefined) Atomics.store(this.cancel, 0, ticket);
  }

  /** Whether this version's full analysis overran (features then run without rules). */
  hasOverrun(uri: string, version: number): boolean {
    return this.overran.has(`${uri}@${version}`);
  }

  dispose(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = undefined;
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
    this.failAll('the server is shutting down');
  }

  private ensureWorker(): Worker {
    if (this.worker !== undefined) return this.worker;
    const data: WorkerData = { role: WORKER_ROLE, cancel: this.cancel.buffer as SharedArrayBuffer, extraRulesModule: this.opts.extraRulesModule, warmUpMs: this.opts.warmUpMs };
    const worker = new Worker(this.opts.workerScript, {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb ?? 4096, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      stdout: false,
      stderr: false,
    });
    this.restarts++;
    this.synced.clear();
    worker.on('message', (m: WorkerMessage) => this.onMessage(m));
    worker.on('error', (e) => this.onExit(worker, `the analysis worker failed: ${e.message}`));
    worker.on('exit', (code) => this.onExit(worker, `the analysis worker exited (code ${code})`));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private onMessage(m: WorkerMessage): void {
    const p = this.pending.get(m.id);
    if (p === undefined) return;
    if ('started' in m) {
      p.startedAt = Date.now();
      return;
    }
    this.pending.delete(m.id);
    if (p.req.op === 'validate' && this.inflightValidation.get(p.req.uri) === p.req.ticket) this.inflightValidation.delete(p.req.uri);
    if (m.ok) p.resolve({ status: 'ok', value: m.value });
    else {
      this.opts.log?.(`awspolicy: ${p.req.op} of ${p.req.uri} failed in the analysis worker: ${m.error}`);
      p.resolve({ status: 'failed', error: m.error });
    }
  }

  /** The worker died (crash, out of memory) or was terminated: whatever it was running overran. */
  private onExit(worker: Worker, why: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.opts.log?.(`awspolicy: ${why}`);
    const current = [...this.pending.values()].find((p) => p.startedAt !== undefined);
    if (current !== undefined) this.markOverrun(current);
    this.failAll(why);
  }

  private markOverrun(p: Pending): void {
    const version = p.req.sync?.version ?? this.synced.get(p.req.uri)?.version ?? this.opts.document(p.req.uri)?.version;
    if (version !== undefined) this.overran.add(`${p.req.uri}@${version}`);
  }

  private failAll(why: string): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    this.inflightValidation.clear();
    for (const p of all) p.resolve(p.startedAt !== undefined ? { status: 'overrun', deadlineMs: this.opts.deadlineMs(p.req.uri) } : { status: 'failed', error: why });
  }

  private armWatchdog(): void {
    if (this.watchdog !== undefined) return;
    this.watchdog = setInterval(() => {
      if (this.pending.size === 0) {
        clearInterval(this.watchdog);
        this.watchdog = undefined;
        return;
      }
      const now = Date.now();
      for (const p of this.pending.values()) {
        if (p.startedAt === undefined) continue;
        const deadline = this.opts.deadlineMs(p.req.uri);
        if (now - p.startedAt > deadline) {
          const w = this.worker;
          this.opts.log?.(`awspolicy: ${p.req.op} of ${p.req.uri} ran longer than ${deadline} ms; replacing the analysis worker`);
          this.markOverrun(p);
          this.worker = undefined;
          const all = [...this.pending.values()];
          this.pending.clear();
          this.inflightValidation.clear();
          for (const q of all) q.resolve(q === p ? { status: 'overrun', deadlineMs: deadline } : { status: 'failed', error: 'the analysis worker was replaced' });
          void w?.terminate();
          break;
        }
      }
    }, 100);
    this.watchdog.unref();
  }
}
