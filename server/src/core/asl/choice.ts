// Choice rules: walks the rules of a Choice state (top-level and nested in And/Or/Not) with their depth
// and the state's query language, for the Choice rules (ASL301–ASL305) and hovers.

import type { AslState } from './model';
import { ObjectNode, PropertyNode, getValue, isArray, isObject } from '../parse/tree';
import { COMPARISON_OPERATORS } from './spec';
import { perObject } from '../memo';

export interface ChoiceRuleVisit {
  rule: ObjectNode;
  /** 0 for a top-level rule of `Choices`. */
  depth: number;
  state: AslState;
}

/** Every rule of a Choice state, parents before children (computed once per state: several rules walk them). */
export const choiceRules: (state: AslState) => readonly ChoiceRuleVisit[] = perObject(collectChoiceRules);

function collectChoiceRules(state: AslState): ChoiceRuleVisit[] {
  const out: ChoiceRuleVisit[] = [];
  const choices = getValue(state.node, 'Choices');
  if (!isArray(choices)) return out;
  const stack: { rule: ObjectNode; depth: number }[] = [];
  for (let i = choices.items.length - 1; i >= 0; i--) {
    const r = choices.items[i];
    if (isObject(r)) stack.push({ rule: r, depth: 0 });
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    out.push({ ...v, state });
    if (v.depth > 50) continue;
    const kids: ObjectNode[] = [];
    for (const k of ['And', 'Or']) {
      const arr = getValue(v.rule, k);
      if (isArray(arr)) for (const i of arr.items) if (isObject(i)) kids.push(i);
    }
    const not = getValue(v.rule, 'Not');
    if (isObject(not)) kids.push(not);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ rule: kids[i], depth: v.depth + 1 });
  }
  return out;
}

/** The comparison operators a rule uses, in document order. */
export function operatorsOf(rule: ObjectNode): PropertyNode[] {
  return rule.properties.filter((p) => COMPARISON_OPERATORS[p.key.value] !== undefined);
}
