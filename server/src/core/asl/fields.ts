// The language-specific fields of a state and its sub-objects (Catchers, Choice rules, Map ItemReader
// and ItemBatcher), walked once for the query-language rules (ASL502, ASL503).

import type { AslState } from './model';
import { objectItems } from './model';
import { choiceRules } from './choice';
import { COMPARISON_OPERATORS } from './spec';
import { ObjectNode, PropertyNode, StringNode, ValueNode, getValue, isObject } from '../parse/tree';

export interface FieldVisit {
  prop: PropertyNode;
  /** `state`, `catcher`, `rule` (Choice rule, any depth), `reader`, `readerConfig`, `batcher`, `writer`. */
  where: 'state' | 'catcher' | 'rule' | 'reader' | 'readerConfig' | 'batcher' | 'writer';
  depth?: number;
}

/** Every property of a state and of its sub-objects that can depend on the query language. */
export function stateFields(state: AslState): FieldVisit[] {
  const out: FieldVisit[] = [];
  const node = state.node;
  if (node === undefined) return out;
  for (const p of node.properties) out.push({ prop: p, where: 'state' });
  for (const c of objectItems(getValue(node, 'Catch'))) for (const p of c.properties) out.push({ prop: p, where: 'catcher' });
  if (state.type === 'Choice') for (const v of choiceRules(state)) for (const p of v.rule.properties) out.push({ prop: p, where: 'rule', depth: v.depth });
  if (state.type === 'Map') {
    const reader = obj(getValue(node, 'ItemReader'));
    if (reader) {
      for (const p of reader.properties) out.push({ prop: p, where: 'reader' });
      const rc = obj(getValue(reader, 'ReaderConfig'));
      if (rc) for (const p of rc.properties) out.push({ prop: p, where: 'readerConfig' });
    }
    const batcher = obj(getValue(node, 'ItemBatcher'));
    if (batcher) for (const p of batcher.properties) out.push({ prop: p, where: 'batcher' });
    const writer = obj(getValue(node, 'ResultWriter'));
    if (writer) for (const p of writer.properties) out.push({ prop: p, where: 'writer' });
  }
  return out;
}

function obj(v: ValueNode | undefined): ObjectNode | undefined {
  return isObject(v) ? v : undefined;
}

export function isOperator(key: string): boolean {
  return COMPARISON_OPERATORS[key] !== undefined;
}

export interface JsonataSite {
  node: StringNode;
  /** The top-level field of the state (`Arguments`, `Output`, `Assign`, `Catch`, `Choices`, ...). */
  field: string;
  /** For Catchers and Choice rules: the field inside them (`Output`, `Assign`, `Condition`). */
  inner?: string;
}

const NESTED_SCOPES = new Set(['Branches', 'ItemProcessor', 'Iterator', 'Comment']);

/** Every `{% … %}` string of a JSONata state, outside nested branches and processors. */
export function jsonataSites(state: AslState, isExpression: (s: string) => boolean): JsonataSite[] {
  const out: JsonataSite[] = [];
  const node = state.node;
  if (node === undefined) return out;
  for (const p of node.properties) {
    const field = p.key.value;
    if (NESTED_SCOPES.has(field) || p.value === undefined) continue;
    if (field === 'Catch' || field === 'Choices') {
      for (const item of objectItems(p.value)) {
        for (const ip of item.properties) collect(ip.value, (s) => out.push({ node: s, field, inner: ip.key.value }), isExpression, 0);
      }
      continue;
    }
    collect(p.value, (s) => out.push({ node: s, field }), isExpression, 0);
  }
  return out;
}

function collect(v: ValueNode | undefined, visit: (s: StringNode) => void, isExpression: (s: string) => boolean, depth: number): void {
  if (v === undefined || depth > 100) return;
  if (v.type === 'string') {
    if (isExpression(v.value)) visit(v);
  } else if (v.type === 'object') for (const p of v.properties) collect(p.value, visit, isExpression, depth + 1);
  else if (v.type === 'array') for (const i of v.items) collect(i, visit, isExpression, depth + 1);
}
