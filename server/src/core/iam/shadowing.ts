// Statements made redundant by another statement of the same effect in the same policy: everything
// they name (actions, resources, principals) is named by the other one too, under the same or weaker
// conditions, so removing them changes nothing. Equivalent statements are reported once, on the later;
// statements that are the same text (up to order and case of actions) are IAM622's and left out here.

import { Reasoner, conditionsImplied, statementSubset } from './coverage';
import { StatementModel } from './grants';
import { MAX_PAIRWISE_STATEMENTS, mayShareActions, servicePatterns } from './precedence';

export interface Shadow {
  stmt: StatementModel;
  by: StatementModel;
  /** The two statements grant (or deny) exactly the same under the same conditions. */
  duplicate: boolean;
}

function contained(r: Reasoner, inner: StatementModel, outer: StatementModel): boolean {
  return conditionsImplied(inner, outer) && statementSubset(r, inner, outer);
}

/** The statement written out canonically: sets of entries, so order and repeats do not matter. */
function spelling(s: StatementModel): string {
  const set = (xs: string[]): string => [...new Set(xs)].sort().join('\u0001');
  return [
    s.actions?.negated ? 'not' : '',
    set(s.actions?.items.map((i) => i.pattern) ?? []),
    s.resources?.negated ? 'not' : '',
    set(s.resources?.items.map((i) => i.pattern) ?? []),
    s.principals?.negated ? 'not' : '',
    set(s.principals?.entries.map((e) => `${e.type}=${e.value}`) ?? []),
    set(s.conditions.map((c) => `${c.operator.toLowerCase()}|${c.key.toLowerCase()}|${[...c.values].sort().join(',')}`)),
  ].join('\u0002');
}

/** Statements of `effect` contained in another statement of the same effect. */
export function shadowedStatements(r: Reasoner, statements: readonly StatementModel[], effect: 'Allow' | 'Deny'): Shadow[] {
  const list = statements.filter((s) => s.effect === effect && s.actions !== undefined && !s.actions.unknown);
  const out: Shadow[] = [];
  if (statements.length > MAX_PAIRWISE_STATEMENTS) return out;
  const prefixes = new Map(list.map((s) => [s, servicePatterns(s)] as const));
  // Spellings are needed only once some statement is contained in another (rare): made on demand.
  const spellings = new Map<StatementModel, string>();
  const spell = (s: StatementModel): string => {
    let k = spellings.get(s);
    if (k === undefined) spellings.set(s, (k = spelling(s)));
    return k;
  };
  // The first position of each spelling: a statement spelled like an earlier one is IAM622's.
  let firstIndex: Map<string, number> | undefined;
  const repeatsEarlier = (s: StatementModel): boolean => {
    if (firstIndex === undefined) {
      firstIndex = new Map();
      for (const u of list) {
        const at = firstIndex.get(spell(u));
        if (at === undefined || u.view.index < at) firstIndex.set(spell(u), u.view.index);
      }
    }
    return firstIndex.get(spell(s))! < s.view.index;
  };
  for (const s of list) {
    for (const t of list) {
      if (t === s || !mayShareActions(prefixes.get(s)!, prefixes.get(t)!) || !contained(r, s, t)) continue;
      // A repeat of an earlier statement, word for word, is IAM622's.
      if (repeatsEarlier(s)) break;
      const duplicate = contained(r, t, s);
      // Of two equivalent statements, only the later one is redundant; identical text is IAM622's.
      if (duplicate && (s.view.index < t.view.index || spell(s) === spell(t))) continue;
      out.push({ stmt: s, by: t, duplicate });
      break;
    }
  }
  return out;
}
