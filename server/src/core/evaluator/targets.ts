// Simulation inside a document: the policies a document holds (a standalone policy, or each policy
// embedded in a template), suggestions for a request against one of them, and the evaluation of a
// policy or of a `*.request.json` document with statement ranges in host offsets. Used by the language
// server's simulation requests; pure like the rest of the core.

import type { DocumentModel } from '../model/document';
import type { PolicyType } from '../model/kinds';
import type { Catalog } from '../iam/catalog';
import { policyView } from '../iam/policy';
import { ValueNode, asList, getValue, isArray, isObject, toValue } from '../parse/tree';
import { offsetToPosition } from '../text';
import { evaluate } from './engine';
import { readSimulationValue } from './request';
import { principalEntries } from './principal';
import { EvaluationResult, PolicyRef, PolicySource, SimPolicyType, SimulationInput, SimulationPolicies, SimulationRequest, SourceRange } from './types';

export interface TargetStatement {
  index: number;
  sid?: string;
  offset: number;
  length: number;
}

/** A policy of the document that can be simulated. */
export interface SimulationTarget {
  /** Index of the unit in `doc.units`. */
  unit: number;
  location: string;
  policyType?: PolicyType;
  /** Where the policy goes in a simulation. */
  role: SimPolicyType;
  offset: number;
  length: number;
  statements: TargetStatement[];
}

const ROLE: Record<PolicyType, SimPolicyType> = {
  identity: 'identity',
  resource: 'resource',
  trust: 'resource',
  scp: 'scp',
  rcp: 'rcp',
  boundary: 'permissionsBoundary',
  session: 'session',
  endpoint: 'resource',
};

/** The policies of a document, in document order. */
export function simulationTargets(doc: DocumentModel): SimulationTarget[] {
  const out: SimulationTarget[] = [];
  doc.units.forEach((u, unit) => {
    if (u.kind !== 'iam-policy' || !isObject(u.root)) return;
    const view = policyView(u.root);
    if (view === undefined) return;
    out.push({
      unit,
      location: u.location,
      policyType: u.policyType,
      role: u.policyType === undefined ? 'identity' : ROLE[u.policyType],
      offset: u.root.offset,
      length: u.root.length,
      statements: view.statements.map((s) => {
        const sid = s.sid?.value;
        const t: TargetStatement = { index: s.index, offset: s.node.offset, length: s.node.length };
        if (sid !== undefined && sid.type === 'string') t.sid = sid.value;
        return t;
      }),
    });
  });
  return out;
}

/** The innermost policy that contains `offset`. */
export function targetAt(doc: DocumentModel, offset: number): SimulationTarget | undefined {
  let best: SimulationTarget | undefined;
  for (const t of simulationTargets(doc)) {
    if (offset >= t.offset && offset <= t.offset + t.length && (best === undefined || t.length < best.length)) best = t;
  }
  return best;
}

function sourceOf(doc: DocumentModel, node: ValueNode): PolicySource {
  const range = (offset: number, length: number): SourceRange => {
    const p = offsetToPosition(doc.lineStarts, offset);
    return { offset, length, line: p.line + 1, column: p.character + 1 };
  };
  const view = policyView(node);
  const statements: (SourceRange | undefined)[] = [];
  for (const s of view?.statements ?? []) statements[s.index] = range(s.node.offset, s.node.length);
  return { file: doc.uri, range: range(node.offset, node.length), statements };
}

const ALLOW_ALL = { Version: '2012-10-17', Statement: [{ Sid: 'AssumedAllowAll', Effect: 'Allow', Action: '*', Resource: '*' }] };

export interface TargetSimulation {
  result: EvaluationResult;
  /** What the simulation assumed besides the policy (for guardrail policies, which grant nothing alone). */
  assumptions: string[];
  input: SimulationInput;
}

/**
 * Evaluates a request against one policy of the document. SCPs, RCPs, boundaries and session policies
 * grant nothing by themselves, so they are evaluated next to an identity policy that allows everything
 * (the question is what the guardrail lets through); a resource-based policy gets the same for a
 * cross-account principal, whose own account must also allow. Every assumption is reported.
 */
export function simulateTarget(doc: DocumentModel, unit: number, request: SimulationRequest): TargetSimulation | undefined {
  const u = doc.units[unit];
  if (u === undefined || u.kind !== 'iam-policy' || !isObject(u.root)) return undefined;
  const target = simulationTargets(doc).find((t) => t.unit === unit);
  if (target === undefined) return undefined;
  const policy = toValue(u.root);
  const policies: SimulationPolicies = {};
  const assumptions: string[] = [];
  switch (target.role) {
    case 'identity':
      policies.identity = [policy];
      break;
    case 'resource':
      policies.resource = policy;
      break;
    case 'permissionsBoundary':
      policies.permissionsBoundary = policy;
      break;
    case 'session':
      policies.session = policy;
      break;
    case 'scp':
      policies.scps = [policy];
      break;
    case 'rcp':
      policies.rcps = [policy];
      break;
  }
  if (target.role !== 'identity' && target.role !== 'resource') {
    policies.identity = [ALLOW_ALL];
    assumptions.push('An identity-based policy that allows everything was assumed, to show what this policy lets through.');
  }
  const root = u.root;
  const base = evaluate({ policies, request }, { sourceOf: (ref) => (ref.type === target.role && ref.index === 0 ? sourceOf(doc, root) : undefined), reusePolicies: false });
  if (target.role === 'resource' && base.crossAccount && policies.identity === undefined) {
    policies.identity = [ALLOW_ALL];
    assumptions.push("The principal is in another account: an identity-based policy there that allows everything was assumed.");
    const again = evaluate({ policies, request }, { sourceOf: (ref) => (ref.type === 'resource' ? sourceOf(doc, root) : undefined), reusePolicies: false });
    return { result: again, assumptions, input: { policies, request } };
  }
  return { result: base, assumptions, input: { policies, request } };
}

/** Evaluates a `*.request.json` document (the CLI contract), with statement ranges in the document. */
export function simulateRequestDocument(doc: DocumentModel): { result: EvaluationResult; input: SimulationInput } | { error: string } {
  const root = doc.tree.root;
  if (!isObject(root)) return { error: 'The document is not a JSON object.' };
  const read = readSimulationValue(toValue(root));
  if (!read.ok) return { error: read.error };
  const policiesNode = getValue(root, 'policies');
  const nodeOf = (ref: PolicyRef): ValueNode | undefined => {
    let node = getValue(policiesNode, ref.type);
    if (ref.type === 'identity') return isArray(node) ? node.items[ref.index] : undefined;
    if (ref.type === 'scp' || ref.type === 'rcp') {
      if (!isArray(node)) return undefined;
      const nested = node.items.some((i) => i.type === 'array');
      if (!nested) return node.items[ref.index];
      node = node.items[ref.level ?? 0];
      return isArray(node) ? node.items[ref.index] : undefined;
    }
    return node;
  };
  const result = evaluate(read.input, {
    sourceOf: (ref) => {
      const n = nodeOf(ref);
      return isObject(n) ? sourceOf(doc, n) : undefined;
    },
    reusePolicies: false,
  });
  return { result, input: read.input };
}

export interface SimulationSuggestions {
  /** Actions the policy names (patterns expanded through the catalog when it is available). */
  actions: string[];
  /** Resource patterns the policy names. */
  resources: string[];
  /** Principals the policy names (resource-based policies). */
  principals: string[];
  /** Condition keys the policy tests, and the keys its policy variables read. */
  contextKeys: string[];
}

function strings(node: ValueNode | undefined): string[] {
  return asList(node).filter((n) => n.type === 'string').map((n) => (n as { value: string }).value);
}

/** What to offer in the request pickers for one policy (or for every policy of the document). */
export function simulationSuggestions(doc: DocumentModel, unit: number | undefined, catalog?: Catalog, limit = 300): SimulationSuggestions {
  const actions = new Set<string>();
  const resources = new Set<string>();
  const principals = new Set<string>();
  const keys = new Set<string>();
  for (const t of simulationTargets(doc)) {
    if (unit !== undefined && t.unit !== unit) continue;
    const view = policyView(doc.units[t.unit].root);
    for (const s of view?.statements ?? []) {
      for (const a of strings(s.action?.value)) {
        if (catalog !== undefined && /[*?]/.test(a)) {
          for (const info of catalog.matchActions(a)) {
            if (actions.size >= limit) break;
            actions.add(info.id);
          }
        } else actions.add(a);
      }
      for (const r of strings(s.resource?.value)) resources.add(r);
      for (const [, v] of principalEntries(toValue(s.principal?.value)) ?? []) if (v !== '*') principals.add(v);
      const cond = s.condition?.value;
      if (isObject(cond)) {
        for (const op of cond.properties) if (isObject(op.value)) for (const k of op.value.properties) keys.add(k.key.value);
      }
      for (const r of [...strings(s.resource?.value), ...strings(s.notResource?.value)]) {
        for (const m of r.matchAll(/\$\{([^},']+)/g)) if (!['*', '?', '$'].includes(m[1].trim())) keys.add(m[1].trim());
      }
    }
  }
  return { actions: [...actions], resources: [...resources], principals: [...principals], contextKeys: [...keys] };
}
