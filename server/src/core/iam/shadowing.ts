// Statements made redundant by another statement of the same effect in the same policy: everything
// they name (actions, resources, principals) is named by the other one too, under the same or weaker
// conditions, so removing them changes nothing. Identical statements are reported once, on the later.

import { Reasoner, conditionsImplied, statementSubset } from './coverage';
import { StatementModel } from './grants';
import { MAX_PAIRWISE_STATEMENTS } from './precedence';

export interface Shadow {
  stmt: StatementModel;
  by: StatementModel;
  /** The two statements grant (or deny) exactly the same under the same conditions. */
  duplicate: boolean;
}

function contained(r: Reasoner, inner: StatementModel, outer: StatementModel): boolean {
  if (!conditionsImplied(inner, outer)) return false;
  const rel = statementSubset(r, inner, outer);
  return rel.actions && rel.resources && rel.principals;
}

/** Statements of `effect` contained in another statement of the same effect. */
export function shadowedStatements(r: Reasoner, statements: readonly StatementModel[], effect: 'Allow' | 'Deny'): Shadow[] {
  const list = statements.filter((s) => s.effect === effect && s.actions !== undefined && !s.actions.unknown);
  const out: Shadow[] = [];
  if (statements.length > MAX_PAIRWISE_STATEMENTS) return out;
  for (const s of list) {
    for (const t of list) {
      if (t === s || !contained(r, s, t)) continue;
      const duplicate = contained(r, t, s);
      // Of two equivalent statements, only the later one is redundant.
      if (duplicate && s.view.index < t.view.index) continue;
      out.push({ stmt: s, by: t, duplicate });
      break;
    }
  }
  return out;
}
