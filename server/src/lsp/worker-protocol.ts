// What the server thread and the analysis worker say to each other (worker-host.ts on one side,
// worker.ts on the other), in a module of its own: the server thread must not load the worker's code.

import type { DocumentSync } from './document-service';

export const WORKER_ROLE = 'awspolicy-analysis';

export interface WorkerData {
  role: typeof WORKER_ROLE;
  /** Int32Array over a SharedArrayBuffer: [0] holds the ticket of the validation to abandon. */
  cancel: SharedArrayBuffer;
  /** Tests only: a module whose `rules` export is added to the registered rules. */
  extraRulesModule?: string;
  /** Milliseconds of warm-up before the first analysis (default WARM_UP_MS; 0: none). */
  warmUpMs?: number;
}


export type WorkerOp = 'validate' | 'hover' | 'completion' | 'codeAction' | 'symbols' | 'folding' | 'info' | 'release' | 'close';

export interface WorkerRequest {
  id: number;
  op: WorkerOp;
  uri: string;
  args?: unknown;
  /** Present when the worker does not have the current version yet. */
  sync?: DocumentSync;
  /** The full analysis of this version overran once: serve features from the model alone. */
  modelOnly?: number;
  ticket?: number;
}

export type WorkerMessage = { id: number; started: true } | { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
