// Checking files on several threads (`awspolicy check --jobs N`). The main thread resolves each file's
// configuration; workers read and analyse the files and send back plain results, which the main thread
// puts back in file order, so the output is the same as with one thread.

import * as fs from 'fs';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { AnalyzeOptions, Finding, KindSelection, analyze, kindName } from '../core';
import type { AwsPolicyConfig as Config } from '../core/config';
import { hostServices } from '../hosts/services';

export const CHECK_WORKER_ROLE = 'awspolicy-cli-check';

/** One file to check, with everything the main thread resolved for it. */
export interface CheckJob {
  index: number;
  file: string;
  config: Config;
  relativePath: string;
  kindOverride?: KindSelection;
  /** Findings below this severity are dropped here (what neither the output nor the exit code needs). */
  keepFrom: Finding['severity'];
}

/** Severities from the least to the most severe. */
export const SEVERITY_ORDER: readonly Finding['severity'][] = ['hint', 'info', 'warning', 'error'];

/** True when `severity` is `floor` or more severe. */
export function atLeast(severity: Finding['severity'], floor: Finding['severity']): boolean {
  return SEVERITY_ORDER.indexOf(severity) >= SEVERITY_ORDER.indexOf(floor);
}

/** What checking one file gives: skipped (not an AWS document), a result, or an error message. */
export type CheckOutcome =
  | { index: number; status: 'skipped' }
  | { index: number; status: 'checked'; kind: string; text: string; findings: Finding[] }
  | { index: number; status: 'unreadable'; code: string }
  | { index: number; status: 'internal'; message: string };

/** Checks one file; `read` is the CLI's file reader (injected in tests). Never throws. */
export function checkJob(job: CheckJob, read: (p: string) => string, services: AnalyzeOptions['services']): CheckOutcome {
  let text: string;
  try {
    text = read(job.file);
  } catch (e) {
    return { index: job.index, status: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
  try {
    const result = analyze({ text, uri: job.file }, { config: job.config, services, kindOverride: job.kindOverride, relativePath: job.relativePath });
    if (result.doc.kind === 'none' && result.findings.length === 0) return { index: job.index, status: 'skipped' };
    const findings = job.keepFrom === 'hint' ? result.findings : result.findings.filter((f) => atLeast(f.severity, job.keepFrom));
    return { index: job.index, status: 'checked', kind: kindName({ kind: result.doc.kind, policyType: result.doc.policyType }), text, findings };
  } catch (e) {
    // INVARIANT: the core does not throw; if it ever does, report and go on with the other files.
    return { index: job.index, status: 'internal', message: (e as Error).message };
  }
}

/**
 * Checks `jobs` on `threads` worker threads started from `script` (the CLI's entry file) and returns
 * the outcomes in job order. Files are dealt out a few at a time, so a thread that drew large files
 * does not hold the others up.
 */
export function checkInWorkers(jobs: CheckJob[], threads: number, script: string): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = new Array<CheckOutcome>(jobs.length);
  let next = 0;
  const BATCH = 8;
  return new Promise((resolve, reject) => {
    let running = 0;
    let failed = false;
    const start = (): void => {
      const worker = new Worker(script, { workerData: { role: CHECK_WORKER_ROLE } });
      running++;
      const feed = (): void => {
        if (next >= jobs.length) {
          void worker.terminate();
          return;
        }
        const batch = jobs.slice(next, next + BATCH);
        next += batch.length;
        worker.postMessage(batch);
      };
      worker.on('message', (results: CheckOutcome[]) => {
        for (const r of results) outcomes[r.index] = r;
        feed();
      });
      worker.on('error', (e) => {
        failed = true;
        reject(e);
      });
      worker.on('exit', () => {
        running--;
        if (running === 0 && !failed) resolve(outcomes);
      });
      feed();
    };
    for (let i = 0; i < Math.min(threads, Math.ceil(jobs.length / BATCH)); i++) start();
    if (running === 0) resolve(outcomes);
  });
}

/** The worker side: checks each batch it is sent and sends the outcomes back. */
export function runCheckWorker(): void {
  const services = hostServices();
  const read = (p: string): string => fs.readFileSync(p, 'utf8');
  parentPort!.on('message', (batch: CheckJob[]) => {
    parentPort!.postMessage(batch.map((job) => checkJob(job, read, services)));
  });
}

/** Whether this thread was started by `checkInWorkers`. */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | undefined)?.role === CHECK_WORKER_ROLE;
}
