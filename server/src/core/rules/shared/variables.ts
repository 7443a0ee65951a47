// Every policy variable (`${...}`) written in a policy's statements, with the element it sits in,
// shared by IAM130–IAM136. Template placeholders (`${AWS::Region}` in an `Fn::Sub`) are left out.

import { ConditionEntry, conditionEntries, isIntrinsic } from '../../iam/conditions';
import type { StatementView } from '../../iam/policy';
import { principalValues } from '../../iam/principals';
import { PolicyVariable, findVariables, variableRange } from '../../iam/variables';
import { overlapsPlaceholder } from '../../model/embedded';
import { StringNode, ValueNode, asList } from '../../parse/tree';
import { statementsOf } from './iam';
import type { RuleContext } from '../types';

export interface VariableUse {
  statement: StatementView;
  node: StringNode;
  variable: PolicyVariable;
  /** Host range of the variable text. */
  range: { offset: number; length: number };
  /** The element that holds the string (`Resource`, `Condition`, `Action`, `Principal`, `Sid`, ...). */
  element: string;
  /** For condition values: the entry. */
  entry?: ConditionEntry;
}

function strings(v: ValueNode | undefined): StringNode[] {
  if (v === undefined || isIntrinsic(v)) return [];
  return asList(v).filter((n): n is StringNode => n.type === 'string');
}

/**
 * Uses per statement list (the shared `statementsOf` one, so they die with the document version), with
 * the placeholders they were filtered by: IAM130–IAM136 all ask, and a large policy has thousands of
 * strings to scan.
 */
const usesCache = new WeakMap<readonly StatementView[], { placeholders: RuleContext['unit']['placeholders']; uses: readonly VariableUse[] }>();

/** Every policy variable of the unit's statements. INVARIANT: callers only read the result. */
export function variableUses(ctx: RuleContext): readonly VariableUse[] {
  const statements = statementsOf(ctx);
  const hit = usesCache.get(statements);
  if (hit !== undefined && hit.placeholders === ctx.unit.placeholders) return hit.uses;
  const uses = Object.freeze(computeUses(ctx, statements));
  usesCache.set(statements, { placeholders: ctx.unit.placeholders, uses });
  return uses;
}

function computeUses(ctx: RuleContext, statements: readonly StatementView[]): VariableUse[] {
  const out: VariableUse[] = [];
  const add = (s: StatementView, node: StringNode, element: string, entry?: ConditionEntry): void => {
    if (node.value.indexOf('${') === -1) return;
    for (const variable of findVariables(node.value)) {
      const range = variableRange(node, variable);
      if (ctx.unit.placeholders.length > 0 && overlapsPlaceholder(range, ctx.unit.placeholders)) continue;
      out.push({ statement: s, node, variable, range, element, entry });
    }
  };
  for (const s of statements) {
    for (const prop of [s.sid, s.effect, s.action, s.notAction, s.resource, s.notResource]) {
      if (prop !== undefined) for (const n of strings(prop.value)) add(s, n, prop.key.value);
    }
    for (const prop of [s.principal, s.notPrincipal]) {
      if (prop !== undefined) for (const p of principalValues(prop)) add(s, p.node, prop.key.value);
    }
    for (const e of conditionEntries(s)) for (const n of strings(e.value)) add(s, n, 'Condition', e);
  }
  return out;
}
