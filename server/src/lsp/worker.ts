// The analysis worker thread: a DocumentService answering the server thread's requests. A rule that
// loops forever blocks only this thread; the server thread notices the overrun and replaces the worker
// (worker-host.ts). Loaded from the server bundle itself (the same file runs as the worker when started
// with the worker role), or from out/ in tests.

import * as v8 from 'v8';
import * as vm from 'vm';
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { RULES, RuleDefinition } from '../core';
import { warmUp } from '../core/warmup';
import { hostServices } from '../hosts/services';
import { DocumentService } from './document-service';
import { WORKER_ROLE, WorkerData, WorkerMessage, WorkerRequest } from './worker-protocol';

/** Warm-up budget: about the time the editor takes between starting the server and opening a document. */
export const WARM_UP_MS = 400;
const WARM_UP_SLICE_MS = 20;

/**
 * A released template at least this long is collected at once. The worker is idle while the user types,
 * and V8 left alone grows the heap to hold the next version's model beside the dead one (a 1 MB template:
 * ~19 MB more, the whole of the server's peak). Smaller documents are not worth a full collection. Nor
 * are standalone documents: their next analysis recomputes everything, allocating many times the model,
 * and runs slower after a full collection (a 1 MB policy: ~150 ms more per edit storm, a third of its
 * analysis; V8's, not our caches: measured with the old analysis kept alive too).
 */
const COLLECT_AFTER_RELEASE_CHARS = 256 * 1024;

/** V8's full collection, or undefined where it cannot be had. */
function fullCollection(): (() => void) | undefined {
  try {
    // The flag only exposes `gc` in contexts created after it is set: the worker's own context is older.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

export function runWorker(): void {
  const data = workerData as WorkerData;
  const cancel = new Int32Array(data.cancel);
  let rules: readonly RuleDefinition[] | undefined;
  if (data.extraRulesModule !== undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const extra = (require(data.extraRulesModule) as { rules: RuleDefinition[] }).rules;
    rules = [...RULES, ...extra];
  }
  const service = new DocumentService(hostServices, rules);
  // Load the catalog now, while the editor is still starting up, not on the first opened document;
  // then compile the rules by analysing their documentation examples, a slice at a time, until the
  // first real analysis arrives (which warms the code just as well) or the budget is spent.
  const services = hostServices();
  const warm = data.warmUpMs === 0 ? undefined : warmUp(rules ?? RULES, services, data.warmUpMs ?? WARM_UP_MS);
  let warming = warm !== undefined;
  const tick = (): void => {
    if (warming && warm!.step(WARM_UP_SLICE_MS)) setImmediate(tick);
    else warming = false;
  };
  if (warming) setImmediate(tick);
  const collect = fullCollection();
  const port = parentPort!;
  port.on('message', (req: WorkerRequest) => {
    if (req.op === 'validate') warming = false;
    port.postMessage({ id: req.id, started: true } satisfies WorkerMessage);
    try {
      if (req.sync !== undefined) service.sync(req.sync);
      if (req.modelOnly !== undefined) service.setModelOnly(req.uri, req.modelOnly);
      const args = req.args as Record<string, never>;
      let value: unknown;
      switch (req.op) {
        case 'validate': {
          const ticket = req.ticket ?? 0;
          value = service.validate(req.uri, () => Atomics.load(cancel, 0) === ticket) ?? null;
          break;
        }
        case 'hover':
          value = service.hover(req.uri, args.position);
          break;
        case 'completion':
          value = service.completion(req.uri, args.position);
          break;
        case 'codeAction':
          value = service.codeActions(req.uri, args.range, args.only);
          break;
        case 'symbols':
          value = service.symbols(req.uri);
          break;
        case 'folding':
          value = service.folding(req.uri);
          break;
        case 'info':
          value = service.info(req.uri);
          break;
        case 'release':
          value = service.release(req.uri);
          break;
        case 'close':
          service.close(req.uri);
          value = null;
          break;
      }
      port.postMessage({ id: req.id, ok: true, value } satisfies WorkerMessage);
      if (req.op === 'release' && (value as number) >= COLLECT_AFTER_RELEASE_CHARS) collect?.();
    } catch (e) {
      port.postMessage({ id: req.id, ok: false, error: String((e as Error)?.stack ?? e) } satisfies WorkerMessage);
    }
  });
}

if (!isMainThread && (workerData as WorkerData | undefined)?.role === WORKER_ROLE) runWorker();
