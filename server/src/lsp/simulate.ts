// Policy simulation protocol handlers (issue 5): `awspolicy/simulationTargets` lists the policies of a
// document (for code lenses and pickers), `awspolicy/simulationSuggestions` what to offer in the request
// pickers, and `awspolicy/simulate` evaluates a request against a policy of the document, or a
// `*.request.json` document as a whole. The logic is in the core (core/evaluator); this file turns
// offsets into ranges.

import { Connection, Range, RequestType } from 'vscode-languageserver/node';
import { positionToOffset } from '../core/text';
import type { DocumentModel } from '../core/model/document';
import type { EvaluationResult, SimulationRequest, SimulationSuggestions } from '../core/evaluator';
import { toRange } from './convert';
import { heavy } from './heavy';
import { runSafe } from './run-safe';
import type { ServerHandle } from './server';

export interface SimulationTargetsParams {
  uri: string;
}

export interface SimulationTargetInfo {
  unit: number;
  location: string;
  policyType?: string;
  role: string;
  range: Range;
  statements: { index: number; sid?: string; range: Range }[];
}

export interface SimulationTargetsResult {
  uri: string;
  version: number | undefined;
  /** Whether the document is a request file (`{ policies, request }`) that can be run as a whole. */
  requestDocument: boolean;
  targets: SimulationTargetInfo[];
}

export interface SimulateParams {
  uri: string;
  /** The policy to simulate (a unit index from simulationTargets); else the one at `position`, else the first. */
  unit?: number;
  position?: { line: number; character: number };
  /** The request; omitted for a request document, which carries its own. */
  request?: SimulationRequest;
}

export interface SimulationHighlight {
  /** Index of the statement in `result.statements`. */
  trace: number;
  range: Range;
  effect: string;
  deciding: boolean;
  applies: boolean;
  detail: string;
}

export interface SimulateResult {
  uri: string;
  version: number | undefined;
  /** The simulated policy's location (`Resources.Role.Properties...`), or `request document`. */
  target: string;
  result: EvaluationResult;
  assumptions: string[];
  /** The explanation as text (what the CLI prints). */
  text: string;
  /** Statement ranges in this document, for decorations. */
  highlights: SimulationHighlight[];
}

export interface SimulateError {
  error: string;
}

export const SimulationTargetsRequest = new RequestType<SimulationTargetsParams, SimulationTargetsResult | null, void>('awspolicy/simulationTargets');
export const SimulationSuggestionsRequest = new RequestType<{ uri: string; unit?: number }, SimulationSuggestions | null, void>('awspolicy/simulationSuggestions');
export const SimulateRequest = new RequestType<SimulateParams, SimulateResult | SimulateError | null, void>('awspolicy/simulate');

function highlights(doc: DocumentModel, result: EvaluationResult): SimulationHighlight[] {
  const out: SimulationHighlight[] = [];
  result.statements.forEach((s, trace) => {
    if (s.range === undefined || s.file !== doc.uri) return;
    out.push({ trace, range: toRange(doc, s.range.offset, s.range.length), effect: s.effect, deciding: s.deciding, applies: s.applies, detail: s.detail });
  });
  return out;
}

export function registerSimulation(connection: Connection, server: ServerHandle): void {
  const modelOf = (uri: string): DocumentModel | undefined => {
    const doc = server.documents.get(uri);
    return doc === undefined ? undefined : server.cache.get(doc).doc;
  };

  connection.onRequest(SimulationTargetsRequest, (params, token) =>
    runSafe(connection, 'simulationTargets', token, null, () => {
      const doc = modelOf(params.uri);
      if (doc === undefined) return null;
      return {
        uri: params.uri,
        version: doc.version,
        requestDocument: doc.kind === 'simulation-request',
        targets: heavy().evaluator.simulationTargets(doc).map((t) => ({
          unit: t.unit,
          location: t.location,
          policyType: t.policyType,
          role: t.role,
          range: toRange(doc, t.offset, t.length),
          statements: t.statements.map((s) => ({ index: s.index, sid: s.sid, range: toRange(doc, s.offset, s.length) })),
        })),
      };
    }),
  );

  connection.onRequest(SimulationSuggestionsRequest, (params, token) =>
    runSafe(connection, 'simulationSuggestions', token, null, () => {
      const doc = modelOf(params.uri);
      if (doc === undefined) return null;
      return heavy().evaluator.simulationSuggestions(doc, params.unit, heavy().hostServices().catalog);
    }),
  );

  connection.onRequest(SimulateRequest, (params, token) =>
    runSafe(connection, 'simulate', token, null, (): SimulateResult | SimulateError | null => {
      const doc = modelOf(params.uri);
      if (doc === undefined) return null;
      if (params.request === undefined) {
        if (doc.kind !== 'simulation-request') return { error: 'No request given, and the document is not a request file ({ "policies": ..., "request": ... }).' };
        const r = heavy().evaluator.simulateRequestDocument(doc);
        if ('error' in r) return { error: `The request file cannot be evaluated: ${r.error}` };
        return { uri: params.uri, version: doc.version, target: 'request document', result: r.result, assumptions: [], text: heavy().evaluator.renderText(r.result, r.input.request), highlights: highlights(doc, r.result) };
      }
      // Validate the request through the contract (an empty policies object stands in for the document's).
      const check = heavy().evaluator.readSimulationValue({ policies: {}, request: params.request });
      if (!check.ok) return { error: check.error };
      const offset = params.position === undefined ? undefined : positionToOffset(doc.lineStarts, params.position, doc.text.length);
      const target = params.unit !== undefined
        ? heavy().evaluator.simulationTargets(doc).find((t) => t.unit === params.unit)
        : offset !== undefined
          ? heavy().evaluator.targetAt(doc, offset) ?? heavy().evaluator.simulationTargets(doc)[0]
          : heavy().evaluator.simulationTargets(doc)[0];
      if (target === undefined) return { error: 'The document has no IAM policy to simulate.' };
      const sim = heavy().evaluator.simulateTarget(doc, target.unit, check.input.request);
      if (sim === undefined) return { error: 'The policy cannot be simulated.' };
      return {
        uri: params.uri,
        version: doc.version,
        target: target.location,
        result: sim.result,
        assumptions: sim.assumptions,
        text: heavy().evaluator.renderText(sim.result, check.input.request) + sim.assumptions.map((a) => `Assumption: ${a}\n`).join(''),
        highlights: highlights(doc, sim.result),
      };
    }),
  );
}
