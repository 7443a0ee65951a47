// The parts of the analysis core that the server thread needs only for some requests (heavy-core.ts),
// loaded on first use: the server thread starts without the rules, the catalog code and the evaluator,
// which live in the analysis worker (worker.ts, its own bundle). `heavy()` is the only way the server
// thread reaches them.

type Heavy = typeof import('./heavy-core');

let loaded: Heavy | undefined;

export function heavy(): Heavy {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./heavy-core') as Heavy);
}
