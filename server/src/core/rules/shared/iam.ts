// Helpers shared by the IAM rules: the policy's statements without template intrinsics, and the
// literal strings of an element (placeholders and intrinsics, whose values are unknown, left out).

import { isIntrinsic } from '../../iam/conditions';
import { perObject } from '../../memo';
import { PolicyView, StatementView, policyView } from '../../iam/policy';
import { PropertyNode, StringNode, ValueNode, asList } from '../../parse/tree';
import type { RuleContext } from '../types';

/** The unit's policy with statements that are intrinsics (`{"Fn::If": ...}` items) left out. */
export function policyOf(ctx: RuleContext): PolicyView | undefined {
  const policy = policyView(ctx.unit.root);
  if (policy === undefined) return undefined;
  return literalView(policy);
}

/** `policyOf` per policy view (views are shared and read-only; see `policyView`). */
const literalView = perObject((policy: PolicyView): PolicyView => ({ ...policy, statements: policy.statements.filter((s) => !isIntrinsic(s.node)) }));

/** The statements of the unit's policy (see `policyOf`). */
export function statementsOf(ctx: RuleContext): StatementView[] {
  return policyOf(ctx)?.statements ?? [];
}

/** String values of an element that takes "a string or a list of strings", without placeholders. */
export function literalStrings(ctx: RuleContext, prop: PropertyNode | ValueNode | undefined): StringNode[] {
  const v = prop === undefined ? undefined : prop.type === 'property' ? prop.value : prop;
  if (v === undefined || isIntrinsic(v)) return [];
  return asList(v).filter((n): n is StringNode => n.type === 'string' && !ctx.isPlaceholder(n));
}

/** Whether the element's value is (or contains) something unknown statically: an intrinsic or a placeholder. */
export function hasUnknownParts(ctx: RuleContext, prop: PropertyNode | undefined): boolean {
  const v = prop?.value;
  if (v === undefined) return false;
  if (isIntrinsic(v)) return true;
  return asList(v).some((n) => isIntrinsic(n) || ctx.isPlaceholder(n));
}
