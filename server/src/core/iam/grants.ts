// A normalized reading of a policy's statements for reasoning across statements: effect, the action and
// resource sets (with NotAction / NotResource as complements), principals and condition clauses, each
// item keeping its node for ranges. Values built with intrinsics are read where possible (`Fn::Sub`,
// `Fn::Join`) and otherwise marked unknown, so no rule reasons about what it cannot know.

import { intrinsicArg, intrinsicName } from '../model/template';
import { PropertyNode, StringNode, ValueNode, asList, isObject } from '../parse/tree';
import { ArnField, ArnText, arnText, splitArnFields } from './arn';
import { PolicyView, StatementView, statementLabel } from './policy';
import { perObject } from '../memo';

/** One entry of Action/NotAction or Resource/NotResource. */
export interface SetItem {
  /** The pattern as written (`${...}` for parts that are unknown statically); actions are lower-cased. */
  pattern: string;
  /** The text as written (canonical case), for messages. */
  text: string;
  node: ValueNode;
  arn?: ArnText;
}

/** Action, NotAction, Resource or NotResource of one statement. */
export interface ElementSet {
  /** NotAction / NotResource: everything except the items. */
  negated: boolean;
  prop: PropertyNode;
  items: SetItem[];
  /** Some entry could not be read (an intrinsic such as `Ref`, or a non-string). */
  unknown: boolean;
}

export interface PrincipalEntry {
  /** `*` for `"Principal": "*"`, else the key (`AWS`, `Service`, `Federated`, `CanonicalUser`). */
  type: string;
  value: string;
  node: ValueNode;
}

export interface PrincipalSet {
  negated: boolean;
  prop: PropertyNode;
  entries: PrincipalEntry[];
  unknown: boolean;
}

export interface ConditionClause {
  /** The operator as written (`StringEqualsIfExists`, `ForAnyValue:StringLike`). */
  operator: string;
  /** The key as written. */
  key: string;
  values: string[];
  keyNode: StringNode;
  operatorNode: StringNode;
}

export interface StatementModel {
  view: StatementView;
  effect: 'Allow' | 'Deny' | undefined;
  actions?: ElementSet;
  resources?: ElementSet;
  principals?: PrincipalSet;
  conditions: ConditionClause[];
  /** The Condition element (or one of its values) could not be read. */
  conditionUnknown: boolean;
  /** For messages: the Sid in quotes, or `#n`. */
  label: string;
}

function setOf(prop: PropertyNode | undefined, negated: boolean, lower: boolean): ElementSet | undefined {
  if (prop === undefined) return undefined;
  const set: ElementSet = { negated, prop, items: [], unknown: false };
  const v = prop.value;
  if (v === undefined || intrinsicName(v) === 'Fn::If') {
    set.unknown = true;
    return set;
  }
  for (const n of asList(v)) {
    if (n.type === 'string') {
      set.items.push({ pattern: lower ? n.value.toLowerCase() : n.value, text: n.value, node: n, arn: lower ? undefined : arnText(n) });
      continue;
    }
    const arn = lower ? undefined : arnText(n);
    if (arn !== undefined) {
      set.items.push({ pattern: arn.text, text: arn.text, node: n, arn });
      continue;
    }
    const ref = referenceText(n);
    if (ref !== undefined && !lower) set.items.push({ pattern: ref, text: ref, node: n });
    else set.unknown = true;
  }
  return set;
}

/**
 * `${Name}` for `{"Ref": "Name"}` and `${Res.Attr}` for `Fn::GetAtt`: a value unknown statically but
 * the same wherever it appears, so two statements naming the same reference can be compared.
 */
function referenceText(n: ValueNode): string | undefined {
  const fn = intrinsicName(n);
  const arg = intrinsicArg(n);
  if (fn === 'Ref' && arg?.type === 'string') return '${' + arg.value + '}';
  if (fn === 'Fn::GetAtt') {
    if (arg?.type === 'string') return '${' + arg.value + '}';
    if (arg?.type === 'array' && arg.items.every((i) => i.type === 'string')) return '${' + arg.items.map((i) => (i as StringNode).value).join('.') + '}';
  }
  return undefined;
}

function principalsOf(prop: PropertyNode | undefined, negated: boolean): PrincipalSet | undefined {
  if (prop === undefined) return undefined;
  const set: PrincipalSet = { negated, prop, entries: [], unknown: false };
  const v = prop.value;
  if (v === undefined) {
    set.unknown = true;
    return set;
  }
  if (v.type === 'string') {
    if (v.value === '*') set.entries.push({ type: '*', value: '*', node: v });
    else set.unknown = true;
    return set;
  }
  if (!isObject(v) || intrinsicName(v) !== undefined) {
    set.unknown = true;
    return set;
  }
  for (const p of v.properties) {
    for (const n of asList(p.value)) {
      const text = arnText(n)?.text ?? referenceText(n);
      if (text !== undefined) set.entries.push({ type: p.key.value, value: text, node: n });
      else set.unknown = true;
    }
  }
  return set;
}

function scalarText(n: ValueNode): string | undefined {
  if (n.type === 'string') return n.value;
  if (n.type === 'number') return n.raw;
  if (n.type === 'boolean') return String(n.value);
  return undefined;
}

function conditionsOf(prop: PropertyNode | undefined): { clauses: ConditionClause[]; unknown: boolean } {
  const clauses: ConditionClause[] = [];
  if (prop === undefined) return { clauses, unknown: false };
  const v = prop.value;
  if (!isObject(v) || intrinsicName(v) !== undefined) return { clauses, unknown: true };
  let unknown = false;
  for (const op of v.properties) {
    const block = op.value;
    if (!isObject(block) || intrinsicName(block) !== undefined) {
      unknown = true;
      continue;
    }
    for (const k of block.properties) {
      const values: string[] = [];
      if (k.value === undefined) unknown = true;
      for (const n of asList(k.value)) {
        const s = scalarText(n) ?? arnText(n)?.text;
        if (s === undefined) unknown = true;
        else values.push(s);
      }
      clauses.push({ operator: op.key.value, key: k.key.value, values, keyNode: k.key, operatorNode: op.key });
    }
  }
  return { clauses, unknown };
}

/** Reads one statement. */
export function statementModel(view: StatementView): StatementModel {
  const e = view.effect?.value;
  const effect = e !== undefined && e.type === 'string' && (e.value === 'Allow' || e.value === 'Deny') ? e.value : undefined;
  const { clauses, unknown } = conditionsOf(view.condition);
  return {
    view,
    effect,
    actions: setOf(view.action, false, true) ?? setOf(view.notAction, true, true),
    resources: setOf(view.resource, false, false) ?? setOf(view.notResource, true, false),
    principals: principalsOf(view.principal, false) ?? principalsOf(view.notPrincipal, true),
    conditions: clauses,
    conditionUnknown: unknown,
    label: statementLabel(view),
  };
}

/**
 * Models of a policy's statements, memoized per policy node: the tree of a document version never
 * changes, so the many rules that reason across statements read each statement once per version.
 */
const modelCache = new WeakMap<object, readonly StatementModel[]>();

/** Reads every statement of a policy. */
export function statementModels(policy: PolicyView): readonly StatementModel[] {
  const hit = modelCache.get(policy.root);
  if (hit !== undefined) return hit;
  const models = Object.freeze(policy.statements.map(statementModel));
  modelCache.set(policy.root, models);
  return models;
}

/** Whether a statement has any condition (or one that cannot be read). */
export function isConditional(s: StatementModel): boolean {
  return s.conditions.length > 0 || s.conditionUnknown;
}

/** Where a finding about a whole statement points: its Effect value, else its Sid, else its first key. */
export function statementAnchor(s: StatementModel): { offset: number; length: number } {
  const n = s.view.effect?.value ?? s.view.sid?.value ?? s.view.node.properties[0]?.key ?? s.view.node;
  return { offset: n.offset, length: n.length };
}

/** Related information pointing at a statement (its Sid if it has one, else its Effect). */
export function statementRelated(s: StatementModel, message: string): { message: string; offset: number; length: number } {
  const n = s.view.sid?.value ?? s.view.effect?.value ?? s.view.node;
  return { message, offset: n.offset, length: n.length };
}

/** One Resource or NotResource entry whose text is known (a string, `Fn::Sub` or `Fn::Join`). */
export interface ResourceEntry {
  stmt: StatementModel;
  set: ElementSet;
  item: SetItem;
  arn: ArnText;
  fields: ArnField[];
}

/**
 * Every readable Resource/NotResource entry of a policy, with its ARN fields. Split once per statement
 * model list (one per document version): ten ARN rules walk them. INVARIANT: callers only read the result.
 */
export const resourceEntries = perObject((models: readonly StatementModel[]): readonly ResourceEntry[] => {
  const out: ResourceEntry[] = [];
  for (const stmt of models) {
    const set = stmt.resources;
    if (set === undefined) continue;
    for (const item of set.items) {
      if (item.arn === undefined) continue;
      out.push({ stmt, set, item, arn: item.arn, fields: splitArnFields(item.arn.text) });
    }
  }
  return Object.freeze(out);
});

/** Host range of one ARN field (for an empty field: the two colons around it). */
export function fieldRange(e: ResourceEntry, index: number): { offset: number; length: number } {
  const f = e.fields[index];
  if (f.end > f.start) return e.arn.range(f.start, f.end - f.start);
  return e.arn.range(Math.max(f.start - 1, 0), 2);
}
