// What the server thread's extension handlers take from the analysis core (simulation, state machine
// navigation and graphs, and their analysis cache). Only heavy.ts loads this module, on first use.

export { analyze } from '../core/analyze';
export { hostServices } from '../hosts/services';
export * as evaluator from '../core/evaluator';
export { documentGraphs } from '../core/asl/graph';
export { toMermaid, toSvg } from '../core/asl/graph-render';
export * as navigation from '../core/features/asl/navigation';
