// The scalar values of condition entries, shared by the value-type rules (IAM122–IAM128, IAM4xx): each
// value's node and text, with placeholders skipped and policy variables flagged (their value is only
// known at request time).

import { ConditionEntry, OperatorFamily, conditionEntries, scalarText } from '../../iam/conditions';
import type { StatementView } from '../../iam/policy';
import { perObject } from '../../memo';
import type { ValueNode } from '../../parse/tree';
import { statementsOf } from './iam';
import type { RuleContext } from '../types';

export interface ConditionValue {
  entry: ConditionEntry;
  node: ValueNode;
  text: string;
  /** Whether the value holds a `${...}` policy variable (other than `${*}`, `${?}`, `${$}`). */
  variable: boolean;
}

/** The scalar values of one entry (strings, numbers, booleans); placeholders left out. */
export function entryValues(ctx: RuleContext, e: ConditionEntry): ConditionValue[] {
  const out: ConditionValue[] = [];
  for (const node of e.values) {
    if (ctx.isPlaceholder(node)) continue;
    const text = scalarText(node);
    if (text === undefined) continue;
    out.push({ entry: e, node, text, variable: /\$\{(?![*?$]\})/.test(text) });
  }
  return out;
}

/**
 * The entries of a statement list by operator family (`undefined`: all), listed on first use: twenty
 * rules walk them, and a large policy has thousands. The list is the shared `statementsOf` one, so the
 * cache dies with the document version. INVARIANT: callers only read the result.
 */
const entriesByFamily = perObject((_statements: readonly StatementView[]) => new Map<OperatorFamily | undefined, readonly ConditionEntry[]>());

/** Every condition entry of the unit's statements whose operator belongs to `family` (any family when omitted). */
export function entriesOf(ctx: RuleContext, family?: OperatorFamily): readonly ConditionEntry[] {
  const statements = statementsOf(ctx);
  if (statements.length === 0) return [];
  const cache = entriesByFamily(statements);
  const hit = cache.get(family);
  if (hit !== undefined) return hit;
  const out: ConditionEntry[] = [];
  for (const s of statements) {
    for (const e of conditionEntries(s)) {
      if (family !== undefined && e.operator?.base.family !== family) continue;
      out.push(e);
    }
  }
  cache.set(family, Object.freeze(out));
  return out;
}

/** Every value of every entry whose operator belongs to `family`, without variables. */
export function literalValuesOf(ctx: RuleContext, family: OperatorFamily): ConditionValue[] {
  const out: ConditionValue[] = [];
  for (const e of entriesOf(ctx, family)) for (const v of entryValues(ctx, e)) if (!v.variable) out.push(v);
  return out;
}

/**
 * Whether a value holds a documentation placeholder (`<my-org-id>`, `{example-region-1}`, `SERVICE-NAME`)
 * rather than a real value: AWS examples are full of them, and users paste them before filling them in.
 */
export function isDocPlaceholder(text: string): boolean {
  return /<[^<>]+>/.test(text) || /(^|[^$])\{[^{}]+\}/.test(text) || /\b[A-Z]{2,}(-[A-Z0-9]{2,})+\b/.test(text);
}

/** Entries whose key is one of `keys` (case-insensitive). */
export function entriesWithKey(ctx: RuleContext, keys: readonly string[]): ConditionEntry[] {
  const lower = keys.map((k) => k.toLowerCase());
  return entriesOf(ctx).filter((e) => lower.includes(e.key.toLowerCase()));
}
