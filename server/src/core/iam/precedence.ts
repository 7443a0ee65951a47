// Explicit-deny precedence inside one policy: for each Allow statement, what the policy's Deny
// statements take away. An explicit Deny always wins over an Allow
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html), so an
// Allow whose every grant is denied unconditionally has no effect (IAM701), and one that is denied in
// part, or may be denied when a Deny's condition holds, deserves a note (IAM702).

import { actionAppliesTo } from './arn-formats';
import type { Catalog } from './catalog';
import { Reasoner, conditionsContradict, denies, principalOverlap, singleton } from './coverage';
import { SetItem, StatementModel, isConditional } from './grants';
import { patternsIntersect } from './patterns';

export interface ItemDenied {
  item: SetItem;
  denies: StatementModel[];
}

export interface PartialDeny {
  deny: StatementModel;
  actions: string[];
  resources: string[];
}

export interface DenyOutcome {
  allow: StatementModel;
  /** Unconditional Deny statements that together remove everything the Allow grants. */
  full?: StatementModel[];
  /** Action entries whose grant (on all of the statement's resources) is always denied. */
  actionItems: ItemDenied[];
  /** Resource entries on which every action of the statement is always denied. */
  resourceItems: ItemDenied[];
  /** Unconditional Deny statements that remove part of the grant (other than whole entries above). */
  partly: PartialDeny[];
  /** Conditional Deny statements that may remove part or all of the grant. */
  conditional: PartialDeny[];
}

/** Whether a statement can take part in the reasoning (an Effect and readable actions). */
function usable(s: StatementModel): boolean {
  return s.effect !== undefined && s.actions !== undefined && !(s.actions.unknown && !s.actions.negated && s.actions.items.length === 0);
}

/** The unconditional Deny statements that remove the cell (action entry × resource entry) of `allow`. */
function cellDeniers(r: Reasoner, allow: StatementModel, denyList: StatementModel[], action: SetItem, resource: SetItem | undefined): StatementModel[] {
  const a = singleton(allow.actions!, action);
  const res = resource === undefined ? undefined : singleton(allow.resources!, resource);
  return denyList.filter((d) => denies(r, d, allow, a, res));
}

/** How many common actions and resources are looked at to find a meaningful pair. */
const SAMPLE = 40;

/**
 * Keeps the common actions and resources that make sense together: an S3 action on an IAM policy ARN
 * is in both sets, but no request can ever have that pair, so it is no overlap worth reporting.
 * Without the catalog every pair counts. Undefined when nothing is left.
 */
function meaningfulOverlap(r: Reasoner, actions: string[], resources: string[]): { actions: string[]; resources: string[] } | undefined {
  if (actions.length === 0 || resources.length === 0) return undefined;
  const catalog = r.catalog;
  if (catalog === undefined) return { actions, resources };
  const open = (res: string): boolean => res.startsWith('everything except') || res === '*';
  const keptActions = actions.filter((a) => a.startsWith('everything except') || resources.some((res) => open(res) || actionAppliesTo(catalog, a, res)));
  const keptResources = resources.filter((res) => open(res) || keptActions.some((a) => a.startsWith('everything except') || actionAppliesTo(catalog, a, res)));
  if (keptActions.length === 0 || keptResources.length === 0) return undefined;
  return { actions: keptActions, resources: keptResources };
}

/**
 * Beyond this many statements the pairwise reasoning is skipped: such a policy exceeds every AWS size
 * quota (the IAM5xx rules say so), and comparing every pair would not fit the analysis time budget.
 */
export const MAX_PAIRWISE_STATEMENTS = 500;

/** The service prefixes a statement's actions can belong to (lower case, patterns kept; `*` for NotAction). */
export function servicePatterns(s: StatementModel): string[] {
  const a = s.actions;
  if (a === undefined || a.negated || a.unknown) return ['*'];
  return [...new Set(a.items.map((i) => (i.pattern.includes(':') ? i.pattern.slice(0, i.pattern.indexOf(':')) : '*')))];
}

/** A cheap necessary condition for two statements to share an action: some service prefixes meet. */
export function mayShareActions(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => patternsIntersect(x, y)));
}

/** What the unconditional Deny statements take from one Allow, and what the partial pass starts from. */
interface WholeRemovals {
  /** `allow`, `full`, `actionItems` and `resourceItems` of the outcome; `partly` and `conditional` empty. */
  outcome: DenyOutcome;
  /** The Deny statements that may share a service with the Allow. */
  allDenies: StatementModel[];
  /** Deny statements already named for a whole entry. */
  used: Set<StatementModel>;
}

/**
 * Whole removals per statement list and catalog: IAM701 and IAM702 both ask, and this is the pairwise
 * part (every Allow against every Deny). The list is the shared `statementModels` one, so the cache dies
 * with the document version. INVARIANT: callers only read the result.
 */
const wholeCache = new WeakMap<readonly StatementModel[], Map<Catalog | undefined, readonly WholeRemovals[]>>();

function wholeRemovals(r: Reasoner, statements: readonly StatementModel[]): readonly WholeRemovals[] {
  let byCatalog = wholeCache.get(statements);
  if (byCatalog === undefined) {
    byCatalog = new Map();
    wholeCache.set(statements, byCatalog);
  }
  let hit = byCatalog.get(r.catalog);
  if (hit === undefined) {
    hit = computeWholeRemovals(r, statements);
    byCatalog.set(r.catalog, hit);
  }
  return hit;
}

function computeWholeRemovals(r: Reasoner, statements: readonly StatementModel[]): WholeRemovals[] {
  const out: WholeRemovals[] = [];
  const prefixes = new Map(statements.map((s) => [s, servicePatterns(s)] as const));
  const allDeniesAll = statements.filter((s) => s.effect === 'Deny' && usable(s));
  if (allDeniesAll.length === 0) return out;
  for (const allow of statements) {
    if (allow.effect !== 'Allow' || !usable(allow)) continue;
    // Only Deny statements that may share a service with the Allow can take anything from it.
    const allDenies = allDeniesAll.filter((d) => mayShareActions(prefixes.get(allow)!, prefixes.get(d)!));
    if (allDenies.length === 0) continue;
    const hard = allDenies.filter((d) => !isConditional(d));
    const outcome: DenyOutcome = { allow, actionItems: [], resourceItems: [], partly: [], conditional: [] };
    const A = allow.actions!;
    const R = allow.resources;
    const single = hard.find((d) => denies(r, d, allow, A, R));
    const cellsReadable = !A.negated && !A.unknown && A.items.length > 0 && (R === undefined || (!R.negated && !R.unknown && R.items.length > 0));
    const used = new Set<StatementModel>();
    if (single !== undefined) {
      outcome.full = [single];
    } else if (cellsReadable && hard.length > 0) {
      const resources: (SetItem | undefined)[] = R === undefined ? [undefined] : R.items;
      const grid = A.items.map((a) => resources.map((res) => cellDeniers(r, allow, hard, a, res)));
      if (grid.every((row) => row.every((c) => c.length > 0))) {
        outcome.full = [...new Set(grid.flat(2))];
      } else {
        A.items.forEach((a, i) => {
          if (grid[i].every((c) => c.length > 0)) {
            const ds = [...new Set(grid[i].flat())];
            ds.forEach((d) => used.add(d));
            outcome.actionItems.push({ item: a, denies: ds });
          }
        });
        if (R !== undefined) {
          R.items.forEach((res, j) => {
            if (grid.every((row) => row[j].length > 0)) {
              const ds = [...new Set(grid.map((row) => row[j]).flat())];
              ds.forEach((d) => used.add(d));
              outcome.resourceItems.push({ item: res, denies: ds });
            }
          });
        }
      }
    } else if (hard.length > 0 && !A.negated && !A.unknown) {
      // Resources are a NotResource or unreadable: whole action entries can still be denied on them.
      for (const a of A.items) {
        const ds = hard.filter((d) => denies(r, d, allow, singleton(A, a), R));
        if (ds.length > 0) {
          ds.forEach((d) => used.add(d));
          outcome.actionItems.push({ item: a, denies: ds });
        }
      }
    }
    out.push({ outcome, allDenies, used });
  }
  return out;
}

/**
 * What the Deny statements of a policy take away from each of its Allow statements. With `partial`
 * false only whole removals are computed (what IAM701 needs), not the partial and conditional overlaps.
 */
export function denyPrecedence(r: Reasoner, statements: readonly StatementModel[], partial = true): DenyOutcome[] {
  const out: DenyOutcome[] = [];
  if (statements.length > MAX_PAIRWISE_STATEMENTS) return out;
  for (const { outcome: whole, allDenies, used } of wholeRemovals(r, statements)) {
    const outcome: DenyOutcome = { ...whole, partly: [], conditional: [] };
    const { allow } = outcome;
    const A = allow.actions!;
    const R = allow.resources;
    if (outcome.full === undefined && partial) {
      for (const d of allDenies) {
        if (used.has(d)) continue;
        if (isConditional(d) && conditionsContradict(allow, d)) continue;
        if (!principalOverlap(allow.principals, d.principals)) continue;
        const pair = meaningfulOverlap(r, r.overlapSample(A, d.actions, 'action', SAMPLE), r.overlapSample(R, d.resources, 'resource', SAMPLE));
        if (pair === undefined) continue;
        (isConditional(d) ? outcome.conditional : outcome.partly).push({ deny: d, ...pair });
      }
    }
    if (outcome.full || outcome.actionItems.length || outcome.resourceItems.length || outcome.partly.length || outcome.conditional.length) out.push(outcome);
  }
  return out;
}

/**
 * `a, b and 2 more` for messages. Pass `sampled` when `items` is a sample cut at the sampling limit,
 * so the count is not claimed.
 */
export function listText(items: readonly string[], sampled = false, max = 3): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${sampled && items.length >= SAMPLE ? 'more' : `${rest} more`}`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Describes what a statement grants, for messages: `s3:PutObject on arn:aws:s3:::b/*`. */
export function describeGrant(s: StatementModel): string {
  const acts = s.actions;
  const res = s.resources;
  const a = acts === undefined ? 'every action' : acts.negated ? `every action except ${listText(acts.items.map((i) => i.text))}` : listText(acts.items.map((i) => i.text));
  if (res === undefined) return a;
  const r = res.negated ? `every resource except ${listText(res.items.map((i) => i.text))}` : listText(res.items.map((i) => i.text));
  return `${a} on ${r}`;
}
