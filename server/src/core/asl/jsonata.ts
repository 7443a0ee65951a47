// JSONata inside `{% … %}` strings: extraction, parsing with the `jsonata` package's parser (no
// evaluation), and the facts the rules need from the syntax tree: which `$states.*` fields an
// expression reads, and what it references at its top level (`$`, `$$`, unqualified field names),
// which Step Functions does not allow because a state's input is only reachable as `$states.input`.

import jsonata from 'jsonata';
import type { StringNode } from '../parse/tree';

export interface JsonataExpression {
  /** The expression between `{%` and `%}`. */
  text: string;
  /** Offset of `text` inside the string value. */
  start: number;
}

export interface JsonataProblem {
  message: string;
  /** Offset and length inside the expression text. */
  offset: number;
  length: number;
}

export interface JsonataUse {
  kind: 'states' | 'dollar' | 'dollar-dollar' | 'field';
  /** For `states`: the field read (`input`, `result`, `errorOutput`, `context`, or anything else). */
  name: string;
  offset: number;
  length: number;
}

export interface ParsedJsonata {
  expr: JsonataExpression;
  error?: JsonataProblem;
  uses: JsonataUse[];
}

/** The expression of a `{% … %}` string, or undefined for other strings. */
export function jsonataExpression(value: string): JsonataExpression | undefined {
  const lead = value.length - value.trimStart().length;
  const t = value.trim();
  if (!t.startsWith('{%') || !t.endsWith('%}') || t.length < 4) return undefined;
  return { text: t.slice(2, -2), start: lead + 2 };
}

/** Whether a value is a JSONata expression string (`{% … %}`). */
export function isJsonataString(value: unknown): boolean {
  return typeof value === 'string' && jsonataExpression(value) !== undefined;
}

// INVARIANT: keyed by string nodes, which are rebuilt on every document version (a memo only).
const CACHE = new WeakMap<StringNode, ParsedJsonata | null>();

/** Parses the JSONata of a `{% … %}` string node (memoised per node). */
export function parseJsonataNode(node: StringNode): ParsedJsonata | undefined {
  const hit = CACHE.get(node);
  if (hit !== undefined) return hit ?? undefined;
  const expr = jsonataExpression(node.value);
  const parsed = expr === undefined ? undefined : parseExpression(expr);
  CACHE.set(node, parsed ?? null);
  return parsed;
}

export function parseExpression(expr: JsonataExpression): ParsedJsonata {
  if (expr.text.trim() === '') return { expr, error: { message: 'the expression is empty', offset: 0, length: expr.text.length }, uses: [] };
  let ast: unknown;
  try {
    ast = jsonata(expr.text).ast();
  } catch (e) {
    const err = e as { message?: string; position?: number; token?: string };
    const pos = typeof err.position === 'number' ? err.position : expr.text.length;
    const token = typeof err.token === 'string' && err.token !== '(end)' ? err.token : '';
    const offset = Math.max(0, Math.min(expr.text.length - 1, pos - Math.max(1, token.length)));
    return { expr, error: { message: String(err.message ?? e), offset, length: Math.max(1, Math.min(token.length || 1, expr.text.length - offset)) }, uses: [] };
  }
  const uses: JsonataUse[] = [];
  visit(ast as AstNode, false, uses, 0);
  return { expr, uses };
}

interface AstNode {
  type?: string;
  value?: unknown;
  position?: number;
  steps?: AstNode[];
  stages?: AstNode[];
  predicate?: AstNode[];
  expr?: AstNode;
  lhs?: AstNode | AstNode[][];
  rhs?: AstNode;
  arguments?: AstNode[];
  body?: AstNode;
  procedure?: AstNode;
  condition?: AstNode;
  then?: AstNode;
  else?: AstNode;
  expressions?: AstNode[];
  terms?: { expression?: AstNode }[];
  group?: { lhs?: AstNode[][] };
  update?: AstNode;
  delete?: AstNode;
  pattern?: AstNode;
  focus?: string;
  index?: string;
  tuple?: boolean;
}

const MAX_DEPTH = 200;

/**
 * Collects `$states.x` reads and the top-level references Step Functions rejects. `inContext` is true
 * where a context item exists (after the first step of a path, in predicates and lambda bodies).
 */
function visit(node: AstNode | undefined, inContext: boolean, out: JsonataUse[], depth: number): void {
  if (node === undefined || node === null || typeof node !== 'object' || depth > MAX_DEPTH) return;
  const d = depth + 1;
  switch (node.type) {
    case 'path': {
      const steps = node.steps ?? [];
      const first = steps[0];
      if (first?.type === 'variable' && first.value === 'states' && steps[1]?.type === 'name') {
        const name = String(steps[1].value);
        const end = steps[1].position ?? 0;
        out.push({ kind: 'states', name, offset: Math.max(0, (first.position ?? 0) - 7), length: end - Math.max(0, (first.position ?? 0) - 7) });
      }
      steps.forEach((s, i) => {
        if (i === 0) visit(s, inContext, out, d);
        else visit(s, true, out, d);
      });
      return;
    }
    case 'variable': {
      const v = String(node.value ?? '');
      const end = node.position ?? 0;
      if (v === '$') out.push({ kind: 'dollar-dollar', name: '$$', offset: Math.max(0, end - 2), length: 2 });
      else if (v === '' && !inContext) out.push({ kind: 'dollar', name: '$', offset: Math.max(0, end - 1), length: 1 });
      visitStages(node, out, d);
      return;
    }
    case 'name': {
      if (!inContext) {
        const v = String(node.value ?? '');
        const end = node.position ?? 0;
        out.push({ kind: 'field', name: v, offset: Math.max(0, end - v.length), length: v.length });
      }
      visitStages(node, out, d);
      return;
    }
    case 'lambda':
      visit(node.body, true, out, d);
      return;
    default:
      break;
  }
  visitStages(node, out, d);
  if (Array.isArray(node.lhs)) {
    for (const pair of node.lhs) if (Array.isArray(pair)) for (const x of pair) visit(x, inContext, out, d);
  } else visit(node.lhs, inContext, out, d);
  visit(node.rhs, inContext, out, d);
  visit(node.expr, inContext, out, d);
  visit(node.condition, inContext, out, d);
  visit(node.then, inContext, out, d);
  visit(node.else, inContext, out, d);
  visit(node.procedure, inContext, out, d);
  visit(node.pattern, inContext, out, d);
  visit(node.update, true, out, d);
  visit(node.delete, true, out, d);
  for (const a of node.arguments ?? []) visit(a, inContext, out, d);
  for (const e of node.expressions ?? []) visit(e, inContext, out, d);
  for (const t of node.terms ?? []) visit(t.expression, true, out, d);
  if (node.group?.lhs) for (const pair of node.group.lhs) if (Array.isArray(pair)) for (const x of pair) visit(x, true, out, d);
}

function visitStages(node: AstNode, out: JsonataUse[], depth: number): void {
  for (const s of node.stages ?? []) visit(s.expr, true, out, depth);
  for (const s of node.predicate ?? []) visit(s.expr, true, out, depth);
}
