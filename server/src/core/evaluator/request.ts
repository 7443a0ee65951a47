// Reads the simulation input of the CLI contract (`{ "policies": {...}, "request": {...} }`) from a
// plain value or from JSON text, validating its shape. With text, the positioned tree also gives every
// policy's statement ranges, so explanations can point at file lines.

import { parseJson } from '../parse/json';
import { ValueNode, getValue, isArray, isObject, toValue } from '../parse/tree';
import { computeLineStarts, offsetToPosition } from '../text';
import { policyView } from '../iam/policy';
import { ContextValue, PolicyRef, PolicySource, SimulationInput, SimulationPolicies, SourceRange } from './types';
import { policyLevels } from './engine';
import { parsePolicyString } from './compile';

export type ReadResult = { ok: true; input: SimulationInput } | { ok: false; error: string };

const POLICY_KEYS = new Set(['identity', 'resource', 'permissionsBoundary', 'scps', 'rcps', 'session']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function checkDoc(v: unknown, where: string): string | undefined {
  if (isPlainObject(v)) return undefined;
  if (typeof v === 'string') {
    if (isPlainObject(parsePolicyString(v))) return undefined;
    return `${where} is a string that does not hold a policy document (a JSON object)`;
  }
  return `${where} is not a policy document (a JSON object)`;
}

/** Validates a plain value against the contract; the value is used as is (no copy). */
export function readSimulationValue(value: unknown): ReadResult {
  if (!isPlainObject(value)) return { ok: false, error: 'the input is not a JSON object' };
  const policies = value.policies;
  const request = value.request;
  if (!isPlainObject(policies)) return { ok: false, error: '"policies" is missing or not an object' };
  if (!isPlainObject(request)) return { ok: false, error: '"request" is missing or not an object' };
  for (const k of Object.keys(policies)) {
    if (!POLICY_KEYS.has(k)) return { ok: false, error: `unknown policy kind "policies.${k}" (expected identity, resource, permissionsBoundary, scps, rcps, session)` };
  }
  const identity = policies.identity;
  if (identity !== undefined && identity !== null) {
    if (!Array.isArray(identity)) return { ok: false, error: '"policies.identity" is not a list of policy documents' };
    for (let i = 0; i < identity.length; i++) {
      const e = checkDoc(identity[i], `policies.identity[${i}]`);
      if (e !== undefined) return { ok: false, error: e };
    }
  }
  for (const k of ['resource', 'permissionsBoundary', 'session'] as const) {
    const v = policies[k];
    if (v === undefined || v === null) continue;
    const e = checkDoc(v, `policies.${k}`);
    if (e !== undefined) return { ok: false, error: e };
  }
  for (const k of ['scps', 'rcps'] as const) {
    const v = policies[k];
    if (v === undefined || v === null) continue;
    if (!Array.isArray(v)) return { ok: false, error: `"policies.${k}" is not a list (of documents, or of levels of documents)` };
    const levels = policyLevels(v);
    for (let l = 0; l < levels.length; l++) {
      for (let i = 0; i < levels[l].length; i++) {
        const e = checkDoc(levels[l][i], `policies.${k}` + (levels.length > 1 || Array.isArray(v[0]) ? `[${l}][${i}]` : `[${i}]`));
        if (e !== undefined) return { ok: false, error: e };
      }
    }
  }
  const { principal, action, resource, resourceAccount, context } = request;
  if (typeof principal !== 'string' || principal.trim() === '') return { ok: false, error: '"request.principal" must be a non-empty string' };
  if (typeof action !== 'string' || !/^[^:\s]+:[^:\s]+$/.test(action)) return { ok: false, error: '"request.action" must be a string of the form "service:Action"' };
  if (typeof resource !== 'string' || resource === '') return { ok: false, error: '"request.resource" must be an ARN or "*"' };
  if (resourceAccount !== undefined && resourceAccount !== null && (typeof resourceAccount !== 'string' || !/^\d{12}$/.test(resourceAccount))) {
    return { ok: false, error: '"request.resourceAccount" must be 12 digits' };
  }
  let ctx: Record<string, ContextValue> | undefined;
  if (context !== undefined && context !== null) {
    if (!isPlainObject(context)) return { ok: false, error: '"request.context" is not an object' };
    // No prototype: a key such as `__proto__` is a key like any other.
    ctx = Object.create(null) as Record<string, ContextValue>;
    for (const key of Object.keys(context)) {
      const raw = context[key];
      const scalar = (x: unknown): x is string | number | boolean => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
      // A null value is a key that is not in the request.
      if (raw === null) continue;
      if (scalar(raw)) ctx[key] = String(raw);
      else if (Array.isArray(raw) && raw.every(scalar)) ctx[key] = raw.map(String);
      else return { ok: false, error: `"request.context.${key}" must be a string or a list of strings` };
    }
  }
  const input: SimulationInput = {
    policies: policies as SimulationPolicies,
    request: { principal, action, resource, context: ctx },
  };
  if (typeof resourceAccount === 'string') input.request.resourceAccount = resourceAccount;
  return { ok: true, input };
}

/** Parses JSON text (no positions kept; the fast path for batch lines). */
export function readSimulationJson(text: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `invalid JSON: ${(e as Error).message}` };
  }
  return readSimulationValue(value);
}

/** The source ranges of one policy node: the document and each statement, with 1-based lines and columns. */
export function policySourceOf(node: ValueNode | undefined, lineStarts: readonly number[], file?: string): PolicySource | undefined {
  if (node === undefined) return undefined;
  const range = (offset: number, length: number): SourceRange => {
    const pos = offsetToPosition(lineStarts, offset);
    return { offset, length, line: pos.line + 1, column: pos.character + 1 };
  };
  const view = policyView(node);
  const statements: (SourceRange | undefined)[] = [];
  if (view !== undefined) {
    for (const s of view.statements) statements[s.index] = range(s.node.offset, s.node.length);
  }
  return { file, range: range(node.offset, node.length), statements };
}

export interface ReadWithSources {
  result: ReadResult;
  /** Gives each policy's source ranges in the input text. */
  sourceOf: (ref: PolicyRef) => PolicySource | undefined;
}

/** Reads a request document from text, keeping positions: statement ranges refer to lines of `file`. */
export function readSimulationText(text: string, file?: string): ReadWithSources {
  const tree = parseJson(text);
  const none = { sourceOf: () => undefined };
  const syntax = tree.problems.find((p) => p.code === 'syntax');
  if (syntax !== undefined || tree.root === undefined) {
    const at = syntax !== undefined ? offsetToPosition(computeLineStarts(text), syntax.offset) : undefined;
    return { ...none, result: { ok: false, error: `invalid JSON${at !== undefined ? ` at line ${at.line + 1}` : ''}: ${syntax?.message ?? 'empty document'}` } };
  }
  const result = readSimulationValue(toValue(tree.root));
  if (!result.ok) return { ...none, result };
  const lineStarts = computeLineStarts(text);
  const policiesNode = getValue(tree.root, 'policies');
  const cache = new Map<string, PolicySource | undefined>();
  const sourceOf = (ref: PolicyRef): PolicySource | undefined => {
    const key = `${ref.type}/${ref.level ?? ''}/${ref.index}`;
    if (cache.has(key)) return cache.get(key);
    // The trace names SCPs and RCPs `scp`/`rcp`; the input lists them under `scps`/`rcps`.
    let node: ValueNode | undefined = getValue(policiesNode, ref.type === 'scp' ? 'scps' : ref.type === 'rcp' ? 'rcps' : ref.type);
    if (ref.type === 'identity') node = isArray(node) ? node.items[ref.index] : undefined;
    else if (ref.type === 'scp' || ref.type === 'rcp') {
      if (isArray(node)) {
        const nested = node.items.some((i) => i.type === 'array');
        if (nested) {
          const level: ValueNode | undefined = node.items[ref.level ?? 0];
          node = isArray(level) ? level.items[ref.index] : ref.index === 0 ? level : undefined;
        } else node = node.items[ref.index];
      } else node = undefined;
    }
    // A document given as a string has no statement ranges in the file; its statements still name the file.
    const src = isObject(node) ? policySourceOf(node, lineStarts, file) : node !== undefined && node.type === 'string' ? { file } : undefined;
    cache.set(key, src);
    return src;
  };
  return { result, sourceOf };
}
