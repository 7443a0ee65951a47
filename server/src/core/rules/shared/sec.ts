// Small predicates the least-privilege rules share.

import { targetResourceTypes } from '../../iam/arn-formats';
import type { AccessLevel, Catalog } from '../../iam/catalog';
import { expansionInfos } from '../../iam/coverage';
import type { Reasoner } from '../../iam/coverage';
import type { StatementModel } from '../../iam/grants';
import { isUniversal } from '../../iam/patterns';
import { deniedActionTest, isRestricted, resourceUnconstrained, unconstrainedGrant } from '../../iam/risk';

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

/** Actions at some access levels: lower-cased ids, and the same actions as the catalog spells them. */
interface AtLevels {
  ids: readonly string[];
  canonical: readonly string[];
}

/**
 * The actions of an expansion list (frozen and remembered per catalog: `Reasoner.expand` and
 * `everyActionExcept`) whose access level is one of `levels`, remembered per list: `*` or a `NotAction`
 * leaves most of the catalog, and SEC204/SEC205 would otherwise look each action up on every analysis.
 */
const atLevelsCache = new WeakMap<readonly string[], Map<string, AtLevels>>();
function atLevels(catalog: Catalog, list: readonly string[], levels: readonly AccessLevel[]): AtLevels {
  let byLevels = atLevelsCache.get(list);
  if (byLevels === undefined) {
    byLevels = new Map();
    atLevelsCache.set(list, byLevels);
  }
  const key = levels.join('\n');
  let out = byLevels.get(key);
  if (out === undefined) {
    const ids: string[] = [];
    const canonical: string[] = [];
    const infos = expansionInfos(list);
    for (let i = 0; i < list.length; i++) {
      const info = infos !== undefined ? infos[i] : catalog.action(list[i]);
      if (info === undefined || !levels.includes(info.accessLevel)) continue;
      ids.push(list[i]);
      canonical.push(info.id);
    }
    out = { ids, canonical };
    byLevels.set(key, out);
  }
  return out;
}

const NONE_AT_LEVELS: AtLevels = { ids: [], canonical: [] };

/** What the actions of an expansion list can be scoped to (SEC120). */
export interface Scoping {
  /** Some action of the list takes only `"Resource": "*"`. */
  unscopable: boolean;
  /** The scopable actions in list order: canonical id and the names of the resource types it targets. */
  scoped: readonly (readonly [string, readonly string[]])[];
}

/**
 * `Scoping` of an expansion list (frozen and remembered per catalog), remembered per list like
 * `atLevels`: a `Resource: "*"` statement of a managed policy lists wildcards that expand to hundreds
 * of actions, each looked up in the catalog.
 */
const scopingCache = new WeakMap<readonly string[], Scoping>();
export function scopingOf(catalog: Catalog, list: readonly string[]): Scoping {
  let out = scopingCache.get(list);
  if (out === undefined) {
    let unscopable = false;
    const scoped: (readonly [string, readonly string[]])[] = [];
    const infos = expansionInfos(list);
    for (let i = 0; i < list.length; i++) {
      const info = infos !== undefined ? infos[i] : catalog.action(list[i]);
      if (info === undefined) continue;
      const types = targetResourceTypes(info);
      if (types.length === 0) unscopable = true;
      else scoped.push([info.id, Object.freeze(types.map((t) => t.name))]);
    }
    out = { unscopable, scoped: Object.freeze(scoped) };
    scopingCache.set(list, out);
  }
  return out;
}

/**
 * The actions at some access levels that Allow statements grant on every resource without a restricting
 * condition (and that no unconditional Deny of the policy takes back), grouped by the entry granting them.
 */
export function levelGrants(r: Reasoner, catalog: Catalog, statements: readonly StatementModel[], levels: readonly AccessLevel[]): GroupedGrant[] {
  const out: GroupedGrant[] = [];
  // Actions settled for the whole policy: reported (actions at other levels are never considered).
  const seen = new Set<string>();
  for (const s of statements) {
    if (s.effect !== 'Allow' || s.actions === undefined || !resourceUnconstrained(s) || isRestricted(s)) continue;
    const entries: { range: { offset: number; length: number }; entry: string; at: AtLevels }[] = [];
    if (s.actions.negated) {
      if (s.actions.unknown) continue;
      const excluded = s.actions.items.map((i) => i.pattern);
      entries.push({ range: { offset: s.actions.prop.key.offset, length: s.actions.prop.key.length }, entry: 'NotAction', at: atLevels(catalog, r.everyActionExcept(excluded), levels) });
    } else {
      for (const i of s.actions.items) {
        const expansion = r.expand(i.pattern);
        entries.push({ range: { offset: i.node.offset, length: i.node.length }, entry: i.text, at: expansion === undefined ? NONE_AT_LEVELS : atLevels(catalog, expansion, levels) });
      }
    }
    const denied = deniedActionTest(statements, s);
    // An action denied here may still be granted by another statement: only reported ones are settled.
    const checked = new Set<string>();
    for (const e of entries) {
      const actions: string[] = [];
      const { ids, canonical } = e.at;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k];
        if (seen.has(id) || checked.has(id)) continue;
        checked.add(id);
        if (denied(id)) continue;
        seen.add(id);
        actions.push(canonical[k]);
      }
      if (actions.length > 0) out.push({ stmt: s, range: e.range, entry: e.entry, actions });
    }
  }
  return out;
}
