// Small predicates the least-privilege rules share.

import type { AccessLevel, Catalog } from '../../iam/catalog';
import type { Reasoner } from '../../iam/coverage';
import type { StatementModel } from '../../iam/grants';
import { isUniversal } from '../../iam/patterns';
import { deniedActionTest, isRestricted, resourceUnconstrained, unconstrainedGrant } from '../../iam/risk';
import { wildcardMatch } from '../../iam/wildcard';

/** `service:*`: every action of one service (the service part has no wildcard). */
export function isServiceWide(pattern: string): boolean {
  const colon = pattern.indexOf(':');
  if (colon <= 0) return false;
  const service = pattern.slice(0, colon);
  return !service.includes('*') && !service.includes('?') && isUniversal(pattern.slice(colon + 1));
}

/** A wildcard entry that is neither `*` nor `service:*` (`s3:Get*`, `*:List*`). */
export function isPartialWildcard(pattern: string): boolean {
  return (pattern.includes('*') || pattern.includes('?')) && !isUniversal(pattern) && !isServiceWide(pattern);
}

/** Grants grouped by where they are written (one finding per Action entry, listing its risky actions). */
export interface GroupedGrant {
  stmt: StatementModel;
  range: { offset: number; length: number };
  /** The entry as written (`iam:*`), or `NotAction`. */
  entry: string;
  actions: string[];
}

function groupKey(range: { offset: number; length: number }): string {
  return `${range.offset}:${range.length}`;
}

function entryText(s: StatementModel, range: { offset: number; length: number }): string {
  const item = s.actions?.items.find((i) => i.node.offset === range.offset);
  return item?.text ?? 'NotAction';
}

/** The listed actions a policy grants on every resource without a restricting condition, grouped by the entry that grants them. */
export function unconstrainedGrantsOf(r: Reasoner, statements: readonly StatementModel[], actions: readonly string[]): GroupedGrant[] {
  const groups = new Map<string, GroupedGrant>();
  for (const a of actions) {
    const g = unconstrainedGrant(r, statements, a);
    if (g === undefined) continue;
    const k = groupKey(g.range);
    const hit = groups.get(k);
    if (hit) hit.actions.push(a);
    else groups.set(k, { stmt: g.stmt, range: g.range, entry: entryText(g.stmt, g.range), actions: [a] });
  }
  return [...groups.values()];
}

/**
 * The actions at some access levels that Allow statements grant on every resource without a restricting
 * condition (and that no unconditional Deny of the policy takes back), grouped by the entry granting them.
 */
export function levelGrants(r: Reasoner, catalog: Catalog, statements: readonly StatementModel[], levels: readonly AccessLevel[]): GroupedGrant[] {
  const out: GroupedGrant[] = [];
  // Actions settled for the whole policy: reported, or not at the levels asked for.
  const seen = new Set<string>();
  for (const s of statements) {
    if (s.effect !== 'Allow' || s.actions === undefined || !resourceUnconstrained(s) || isRestricted(s)) continue;
    const entries: { range: { offset: number; length: number }; entry: string; ids: readonly string[] }[] = [];
    if (s.actions.negated) {
      if (s.actions.unknown) continue;
      const excluded = s.actions.items.map((i) => i.pattern);
      entries.push({ range: { offset: s.actions.prop.key.offset, length: s.actions.prop.key.length }, entry: 'NotAction', ids: r.everyAction().filter((a) => !excluded.some((p) => wildcardMatch(p, a))) });
    } else {
      for (const i of s.actions.items) entries.push({ range: { offset: i.node.offset, length: i.node.length }, entry: i.text, ids: r.expand(i.pattern) ?? [] });
    }
    const denied = deniedActionTest(statements, s);
    // An action denied here may still be granted by another statement: only reported ones are settled.
    const checked = new Set<string>();
    for (const e of entries) {
      const actions: string[] = [];
      for (const id of e.ids) {
        if (seen.has(id) || checked.has(id)) continue;
        checked.add(id);
        const info = catalog.action(id);
        if (info === undefined || !levels.includes(info.accessLevel)) {
          seen.add(id);
          continue;
        }
        if (denied(id)) continue;
        seen.add(id);
        actions.push(info.id);
      }
      if (actions.length > 0) out.push({ stmt: s, range: e.range, entry: e.entry, actions });
    }
  }
  return out;
}
