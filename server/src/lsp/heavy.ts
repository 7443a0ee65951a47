// The parts of the analysis core that the server thread needs only for some requests (the extension
// handlers: simulation, state machine navigation and graphs, and their analysis cache). Loaded on first
// use: the server thread starts without the rules, the catalog code and the evaluator, which live in the
// analysis worker (worker.ts, its own bundle). `heavy()` is the only way the server thread reaches them.

/** What the server thread's handlers take from the core. */
export interface Heavy {
  analyze: typeof import('../core/analyze').analyze;
  hostServices: typeof import('../hosts/services').hostServices;
  evaluator: typeof import('../core/evaluator');
  documentGraphs: typeof import('../core/asl/graph').documentGraphs;
  toMermaid: typeof import('../core/asl/graph-render').toMermaid;
  toSvg: typeof import('../core/asl/graph-render').toSvg;
  navigation: typeof import('../core/features/asl/navigation');
}

let loaded: Heavy | undefined;

export function heavy(): Heavy {
  if (loaded === undefined) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const render = require('../core/asl/graph-render') as typeof import('../core/asl/graph-render');
    loaded = {
      analyze: (require('../core/analyze') as typeof import('../core/analyze')).analyze,
      hostServices: (require('../hosts/services') as typeof import('../hosts/services')).hostServices,
      evaluator: require('../core/evaluator') as typeof import('../core/evaluator'),
      documentGraphs: (require('../core/asl/graph') as typeof import('../core/asl/graph')).documentGraphs,
      toMermaid: render.toMermaid,
      toSvg: render.toSvg,
      navigation: require('../core/features/asl/navigation') as typeof import('../core/features/asl/navigation'),
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
  }
  return loaded;
}
