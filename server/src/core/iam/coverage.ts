// Set reasoning over statements: is what one statement grants contained in what another grants or
// denies, do they overlap at all? Actions are compared with the catalog's expansion when the catalog
// is there (so `s3:Get*` is the set of today's s3:Get actions), else pattern against pattern; resources
// and principals pattern against pattern. Every `true` from a `subset*` function is certain; the
// `overlap*` functions answer `true` only when they can name a common member (or, for two patterns, a
// common string), so rules that report on them do not guess.

import type { ActionInfo, Catalog } from './catalog';
import type { ConditionClause, ElementSet, PrincipalSet, SetItem, StatementModel } from './grants';
import { isUniversal, patternCovers, patternsIntersect, resourceCovers, resourcesIntersect } from './patterns';
import { wildcardMatch } from './wildcard';

export type Domain = 'action' | 'resource';

/** Pattern coverage in a domain: actions ignore case, resources are ARNs compared field by field. */
function covers(outer: string, inner: string, domain: Domain): boolean {
  return domain === 'action' ? patternCovers(outer, inner, true) : resourceCovers(outer, inner);
}

function intersects(p: string, q: string, domain: Domain): boolean {
  return domain === 'action' ? patternsIntersect(p, q, true) : resourcesIntersect(p, q);
}

/**
 * Action expansions per catalog, shared by every reasoning pass: an expansion depends only on the
 * catalog and the pattern, and `*` alone is 22,000 actions. Bounded per catalog.
 */
const expansionCache = new WeakMap<Catalog, Map<string, readonly string[] | null>>();
const MAX_CACHED_EXPANSIONS = 20000;
/** `everyActionExcept` lists per catalog (each up to the whole catalog long, so fewer of them). */
const exceptCache = new WeakMap<Catalog, Map<string, readonly string[]>>();
const MAX_CACHED_EXCEPTS = 64;

/**
 * The catalog's actions behind each remembered expansion list (`Reasoner.expand`, `everyActionExcept`),
 * position for position: rules that need an action's details (access level, resource types) read them
 * here instead of looking each lower-cased id up again.
 */
const infosOfList = new WeakMap<readonly string[], readonly ActionInfo[]>();

/** The catalog's actions of an expansion list the `Reasoner` made, in list order; undefined for another list. */
export function expansionInfos(list: readonly string[]): readonly ActionInfo[] | undefined {
  return infosOfList.get(list);
}

/** The context of one reasoning pass: the catalog and its memoized expansions. */
export class Reasoner {
  private readonly expansions: Map<string, readonly string[] | null>;
  private allActions: readonly string[] | undefined;

  constructor(readonly catalog: Catalog | undefined) {
    let cache = catalog !== undefined ? expansionCache.get(catalog) : undefined;
    if (cache === undefined) {
      cache = new Map();
      if (catalog !== undefined) expansionCache.set(catalog, cache);
    }
    this.expansions = cache;
  }

  /** Today's actions (lower-cased ids) an action pattern matches, or undefined when the catalog has none. */
  expand(pattern: string): readonly string[] | undefined {
    if (this.catalog === undefined) return undefined;
    let e = this.expansions.get(pattern);
    if (e === undefined) {
      const infos = this.catalog.matchActions(pattern);
      const found = infos.map((a) => a.id.toLowerCase());
      e = found.length > 0 ? Object.freeze(found) : null;
      if (e !== null) infosOfList.set(e, infos);
      if (this.expansions.size >= MAX_CACHED_EXPANSIONS) this.expansions.clear();
      this.expansions.set(pattern, e);
    }
    return e ?? undefined;
  }

  /** Every action of the catalog (lower-cased ids). */
  everyAction(): readonly string[] {
    if (this.allActions === undefined) this.allActions = this.expand('*') ?? [];
    return this.allActions;
  }

  /**
   * Today's actions that none of the lower-cased `patterns` matches (what a `NotAction` list leaves),
   * remembered per catalog like the expansions: several rules ask for the same list.
   */
  everyActionExcept(patterns: readonly string[]): readonly string[] {
    let cache = this.catalog !== undefined ? exceptCache.get(this.catalog) : undefined;
    if (cache === undefined) {
      cache = new Map();
      if (this.catalog !== undefined) exceptCache.set(this.catalog, cache);
    }
    const key = JSON.stringify(patterns);
    let e = cache.get(key);
    if (e === undefined) {
      const all = this.everyAction();
      const allInfos = infosOfList.get(all);
      const ids: string[] = [];
      const infos: ActionInfo[] = [];
      for (let i = 0; i < all.length; i++) {
        if (patterns.some((p) => wildcardMatch(p, all[i]))) continue;
        ids.push(all[i]);
        if (allInfos !== undefined) infos.push(allInfos[i]);
      }
      e = Object.freeze(ids);
      if (allInfos !== undefined) infosOfList.set(e, infos);
      if (cache.size >= MAX_CACHED_EXCEPTS) cache.clear();
      cache.set(key, e);
    }
    return e;
  }

  // ---- One item against a set of patterns -------------------------------------------------------------

  /** Today's actions of the union of `patterns` when it is smaller than `limit` (else undefined). */
  private unionIfSmall(patterns: readonly string[], limit: number): Set<string> | undefined {
    const out = new Set<string>();
    for (const p of patterns) {
      const e = this.expand(p);
      if (e === undefined) continue;
      if (out.size + e.length >= limit) return undefined;
      for (const a of e) out.add(a);
    }
    return out;
  }

  /** Whether `item` is inside the union of `patterns` (certain). */
  itemCovered(item: string, patterns: readonly string[], domain: Domain): boolean {
    for (const p of patterns) if (covers(p, item, domain)) return true;
    if (domain === 'action') {
      const exp = this.expand(item);
      if (exp !== undefined) {
        // A union smaller than the item cannot cover it.
        const union = this.unionIfSmall(patterns, exp.length);
        if (union !== undefined) return false;
        return exp.every((a) => patterns.some((p) => wildcardMatch(p, a)));
      }
    }
    return false;
  }

  /** Whether `item` shares no member with the union of `patterns` (certain). */
  itemDisjoint(item: string, patterns: readonly string[], domain: Domain): boolean {
    if (domain === 'action') {
      const exp = this.expand(item);
      if (exp !== undefined) {
        // Walk the smaller side.
        const union = this.unionIfSmall(patterns, exp.length);
        if (union !== undefined && patterns.every((p) => this.expand(p) !== undefined)) {
          for (const a of union) if (wildcardMatch(item, a)) return false;
          return true;
        }
        return exp.every((a) => !patterns.some((p) => wildcardMatch(p, a)));
      }
    }
    return patterns.every((p) => !intersects(p, item, domain));
  }

  /** Members of `item` inside the union of `patterns`, as a few readable names (empty when none is known). */
  itemOverlap(item: string, patterns: readonly string[], domain: Domain, limit = 3): string[] {
    const out: string[] = [];
    if (domain === 'action') {
      const exp = this.expand(item);
      if (exp !== undefined) {
        const union = patterns.every((p) => this.expand(p) !== undefined) ? this.unionIfSmall(patterns, exp.length) : undefined;
        if (union !== undefined) {
          for (const a of [...union].sort()) {
            if (wildcardMatch(item, a)) {
              out.push(this.canonical(a));
              if (out.length >= limit) break;
            }
          }
          return out;
        }
        for (const a of exp) {
          if (patterns.some((p) => wildcardMatch(p, a))) {
            out.push(this.canonical(a));
            if (out.length >= limit) break;
          }
        }
        return out;
      }
    }
    for (const p of patterns) {
      if (covers(item, p, domain)) out.push(p);
      else if (intersects(p, item, domain)) out.push(item);
      if (out.length >= limit) break;
    }
    return [...new Set(out)];
  }

  /** Members of `item` outside the union of `patterns` (a few names; empty when none is known). */
  itemOutside(item: string, patterns: readonly string[], domain: Domain, limit = 3): string[] {
    if (domain === 'action') {
      const exp = this.expand(item);
      if (exp !== undefined) {
        const out: string[] = [];
        for (const a of exp) {
          if (!patterns.some((p) => wildcardMatch(p, a))) {
            out.push(this.canonical(a));
            if (out.length >= limit) break;
          }
        }
        return out;
      }
    }
    return this.itemCovered(item, patterns, domain) ? [] : [item];
  }

  /** The canonical spelling of a lower-cased action id. */
  canonical(actionLower: string): string {
    return this.catalog?.action(actionLower)?.id ?? actionLower;
  }

  // ---- Set against set ----------------------------------------------------------------------------------

  /**
   * Whether every member of `inner` is a member of `outer` (certain). A missing element stands for
   * "everything" (a trust policy has no Resource).
   */
  subset(inner: ElementSet | undefined, outer: ElementSet | undefined, domain: Domain): boolean {
    if (outer === undefined) return true;
    const outerPatterns = outer.items.map((i) => i.pattern);
    if (!outer.negated && outerPatterns.some(isUniversal)) return true;
    if (inner === undefined) return false;
    if (outer.negated && outer.unknown) return false;
    if (!inner.negated) {
      if (inner.unknown) return false;
      return inner.items.every((i) => (outer.negated ? this.itemDisjoint(i.pattern, outerPatterns, domain) : this.itemCovered(i.pattern, outerPatterns, domain)));
    }
    const innerPatterns = inner.items.map((i) => i.pattern);
    if (outer.negated) {
      // Everything but N ⊆ everything but M exactly when M ⊆ N.
      return outer.items.every((m) => this.itemCovered(m.pattern, innerPatterns, domain));
    }
    if (domain === 'action' && this.catalog !== undefined) {
      // Everything but N ⊆ O: every action of today outside N is in O.
      return this.everyAction().every((a) => innerPatterns.some((p) => wildcardMatch(p, a)) || outerPatterns.some((p) => wildcardMatch(p, a)));
    }
    return false;
  }

  /** Whether `a` and `b` have a member in common (answered `true` only when one can be named). */
  overlap(a: ElementSet | undefined, b: ElementSet | undefined, domain: Domain): boolean {
    return this.overlapSample(a, b, domain, 1).length > 0;
  }

  /** A few members `a` and `b` have in common (readable names; empty when none is known). */
  overlapSample(a: ElementSet | undefined, b: ElementSet | undefined, domain: Domain, limit = 3): string[] {
    if (a === undefined && b === undefined) return ['*'];
    if (a === undefined) return this.sampleOf(b!, domain, limit);
    if (b === undefined) return this.sampleOf(a, domain, limit);
    const ap = a.items.map((i) => i.pattern);
    const bp = b.items.map((i) => i.pattern);
    const out: string[] = [];
    const add = (xs: string[]): void => {
      for (const x of xs) if (out.length < limit && !out.includes(x)) out.push(x);
    };
    if (!a.negated && !b.negated) {
      for (const i of ap) add(this.itemOverlap(i, bp, domain, limit));
    } else if (!a.negated && b.negated) {
      if (!b.unknown) for (const i of ap) add(this.itemOutside(i, bp, domain, limit));
    } else if (a.negated && !b.negated) {
      if (!a.unknown) for (const i of bp) add(this.itemOutside(i, ap, domain, limit));
    } else if (!a.unknown && !b.unknown) {
      add([`everything except ${[...ap, ...bp].slice(0, 3).join(', ')}`]);
    }
    return out;
  }

  private sampleOf(s: ElementSet, domain: Domain, limit: number): string[] {
    if (s.negated) return s.unknown ? [] : [`everything except ${s.items.map((i) => i.text).slice(0, 3).join(', ')}`];
    return s.items.slice(0, limit).map((i) => (domain === 'action' ? this.readable(i) : i.text));
  }

  private readable(i: SetItem): string {
    return i.text;
  }
}

// ---- Principals -----------------------------------------------------------------------------------------

function isEveryone(e: { type: string; value: string }): boolean {
  return e.type === '*' || (e.type === 'AWS' && isUniversal(e.value));
}

function principalCovered(e: { type: string; value: string }, outer: PrincipalSet): boolean {
  return outer.entries.some((o) => isEveryone(o) || (o.type === e.type && patternCovers(o.value, e.value, e.type !== 'AWS')));
}

/** Whether every principal of `inner` is a principal of `outer`; missing elements stand for "everyone". */
export function principalSubset(inner: PrincipalSet | undefined, outer: PrincipalSet | undefined): boolean {
  if (outer === undefined) return true;
  if (outer.unknown && outer.negated) return false;
  if (inner === undefined) return !outer.negated && outer.entries.some(isEveryone);
  if (!outer.negated) {
    if (outer.entries.some(isEveryone)) return true;
    if (inner.negated || inner.unknown) return false;
    return inner.entries.every((e) => principalCovered(e, outer));
  }
  // Everyone but N: the inner principals must avoid N entirely.
  if (inner.negated || inner.unknown) return inner.negated && !inner.unknown && outer.entries.every((m) => principalCovered(m, inner));
  return inner.entries.every((e) => !isEveryone(e) && outer.entries.every((m) => !(m.type === e.type && patternsIntersect(m.value, e.value, e.type !== 'AWS'))));
}

/** Whether the principals of `a` and `b` may be the same principal. */
export function principalOverlap(a: PrincipalSet | undefined, b: PrincipalSet | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  if (a.negated || b.negated) return true;
  if (a.entries.some(isEveryone) || b.entries.some(isEveryone)) return true;
  return a.entries.some((e) => b.entries.some((f) => e.type === f.type && patternsIntersect(e.value, f.value, e.type !== 'AWS')));
}

// ---- Conditions -----------------------------------------------------------------------------------------

function clauseKey(c: ConditionClause): string {
  return `${c.operator.toLowerCase()}|${c.key.toLowerCase()}`;
}

/**
 * Whether every clause of `weaker` also appears in `stronger` (same operator, key and values), so
 * `stronger`'s condition implies `weaker`'s. No condition at all is the weakest.
 */
export function conditionsImplied(stronger: StatementModel, weaker: StatementModel): boolean {
  if (weaker.conditionUnknown) return false;
  if (weaker.conditions.length === 0) return true;
  if (stronger.conditionUnknown) return false;
  return weaker.conditions.every((w) =>
    stronger.conditions.some((s) => clauseKey(s) === clauseKey(w) && sameValues(s.values, w.values)),
  );
}

function sameValues(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sa = [...a].sort();
  const sb = [...b].sort();
  return sa.every((v, i) => v === sb[i]);
}

function bareOperator(op: string): string {
  return op.toLowerCase().replace(/ifexists$/, '');
}

/**
 * Whether two statements' conditions can never hold together: the same key tested with `Bool` for
 * different values, `StringEquals` with disjoint literal values, or `StringEquals` against a
 * `StringNotEquals` that excludes every value.
 */
export function conditionsContradict(a: StatementModel, b: StatementModel): boolean {
  for (const x of a.conditions) {
    for (const y of b.conditions) {
      if (x.key.toLowerCase() !== y.key.toLowerCase()) continue;
      if (x.operator.includes(':') || y.operator.includes(':')) continue;
      // IfExists holds when the key is absent, so it never contradicts.
      if (/ifexists$/i.test(x.operator) || /ifexists$/i.test(y.operator)) continue;
      const ox = bareOperator(x.operator);
      const oy = bareOperator(y.operator);
      const literal = (v: string[]): boolean => v.every((s) => !/[*?$]/.test(s));
      if (ox === 'bool' && oy === 'bool') {
        const vx = new Set(x.values.map((v) => v.toLowerCase()));
        if (y.values.every((v) => !vx.has(v.toLowerCase()))) return true;
      } else if (ox === 'stringequals' && oy === 'stringequals' && literal(x.values) && literal(y.values)) {
        if (y.values.every((v) => !x.values.includes(v))) return true;
      } else if (ox === 'stringequals' && oy === 'stringnotequals' && literal(x.values)) {
        if (x.values.every((v) => y.values.includes(v))) return true;
      } else if (ox === 'stringnotequals' && oy === 'stringequals' && literal(y.values)) {
        if (y.values.every((v) => x.values.includes(v))) return true;
      }
    }
  }
  return false;
}

/** A short description of a statement's condition (`aws:SecureTransport is false`). */
export function describeConditions(s: StatementModel): string {
  if (s.conditionUnknown && s.conditions.length === 0) return 'its condition holds';
  const parts = s.conditions.slice(0, 2).map((c) => {
    const op = c.operator.toLowerCase();
    const values = c.values.length === 1 ? c.values[0] : `[${c.values.slice(0, 3).join(', ')}${c.values.length > 3 ? ', …' : ''}]`;
    if (op === 'bool') return `${c.key} is ${values}`;
    if (op === 'null') return `${c.key} is ${values === 'true' ? 'absent' : 'present'}`;
    if (op === 'stringequals' || op === 'arnequals') return `${c.key} = ${values}`;
    if (op === 'stringnotequals' || op === 'arnnotequals') return `${c.key} ≠ ${values}`;
    return `${c.operator} ${c.key} ${values}`;
  });
  if (s.conditions.length > 2) parts.push('…');
  return parts.join(' and ');
}

// ---- Statements -----------------------------------------------------------------------------------------

/**
 * Whether `inner`'s actions, resources and principals are each inside `outer`'s. Cheapest test first:
 * principals, then resources (pattern against pattern), then actions (which may expand wildcards).
 */
export function statementSubset(r: Reasoner, inner: StatementModel, outer: StatementModel): boolean {
  return principalSubset(inner.principals, outer.principals) && r.subset(inner.resources, outer.resources, 'resource') && r.subset(inner.actions, outer.actions, 'action');
}

/** Whether two statements may apply to the same request (conditions aside). */
export function statementsOverlap(r: Reasoner, a: StatementModel, b: StatementModel): boolean {
  return r.overlap(a.actions, b.actions, 'action') && r.overlap(a.resources, b.resources, 'resource') && principalOverlap(a.principals, b.principals);
}

/** Whether an unconditional Deny removes everything `allow` grants on its resources for `actionItem`. */
export function denies(r: Reasoner, deny: StatementModel, allow: StatementModel, actions: ElementSet | undefined, resources: ElementSet | undefined): boolean {
  return r.subset(actions, deny.actions, 'action') && r.subset(resources, deny.resources, 'resource') && principalSubset(allow.principals, deny.principals);
}

/** A one-item set made from one entry of a statement's Action or Resource. */
export function singleton(set: ElementSet, item: SetItem): ElementSet {
  return { negated: false, prop: set.prop, items: [item], unknown: false };
}

/** Whether a statement's element is exactly "everything" (`*`). */
export function isStar(set: ElementSet | undefined): boolean {
  return set !== undefined && !set.negated && set.items.some((i) => isUniversal(i.pattern));
}
