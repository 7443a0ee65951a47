// Condition entries whose values include a bare wildcard (`"*"`), shared by IAM612, IAM613, IAM624 and
// IAM625: with a Like operator such a value matches every value, so the entry reduces to a test of
// whether the key is present, or to a constant.

import type { ConditionEntry } from '../../iam/conditions';
import { ConditionValue, entriesOf, entryValues } from './condition-values';
import type { RuleContext } from '../types';

/** What a wildcard entry is equivalent to. */
export type WildcardMeaning = 'present' | 'absent' | 'always' | 'never';

export interface WildcardEntry {
  entry: ConditionEntry;
  star: ConditionValue;
  meaning: WildcardMeaning;
}

export function wildcardEntries(ctx: RuleContext): WildcardEntry[] {
  const out: WildcardEntry[] = [];
  for (const e of entriesOf(ctx)) {
    const op = e.operator;
    if (op === undefined || !op.base.wildcards) continue;
    const star = entryValues(ctx, e).find((v) => /^\*+$/.test(v.text));
    if (star === undefined) continue;
    let meaning: WildcardMeaning;
    if (!op.base.negated) {
      if (op.qualifier === 'ForAllValues' || op.ifExists) meaning = 'always';
      else meaning = 'present';
    } else if (op.qualifier === 'ForAnyValue') {
      meaning = op.ifExists ? 'absent' : 'never';
    } else {
      meaning = 'absent';
    }
    out.push({ entry: e, star, meaning });
  }
  return out;
}
