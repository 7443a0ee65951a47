// Which explicit actions of an Allow statement no Resource entry can serve: the action's resource
// types (from the catalog) against the statement's resources. ARN210 reports the general case,
// ARN211 the S3 bucket/object confusion, which ARN210 leaves to it.

import type { ActionInfo, Catalog, ResourceTypeInfo } from '../../iam/catalog';
import { ArnFormatIndex, arnFormatIndex, matchesResourceType, targetResourceTypes } from '../../iam/arn-formats';
import { splitArnFields } from '../../iam/arn';
import type { SetItem, StatementModel } from '../../iam/grants';
import { hasWildcard, wildcardMatch } from '../../iam/wildcard';
import { isUniversal } from '../../iam/patterns';
import { perObject } from '../../memo';

export interface ActionNeed {
  item: SetItem;
  action: ActionInfo;
  /** The resource type names the action acts on (empty: only `"Resource": "*"`). */
  types: string[];
}

/** Whether a Resource entry is an S3 bucket or object ARN (`arn:aws:s3:::name[/key]`). */
export function s3Kind(pattern: string): 'bucket' | 'object' | undefined {
  const f = splitArnFields(pattern);
  if (f.length !== 6 || f[0].text !== 'arn' || f[2].text !== 's3' || f[3].text !== '' || f[4].text !== '') return undefined;
  return slashOutsideVariables(f[5].text) >= 0 ? 'object' : 'bucket';
}

/** Index of the first `/` that is not inside a `${...}` variable, or -1. */
export function slashOutsideVariables(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 36 && s.charCodeAt(i + 1) === 123) {
      const close = s.indexOf('}', i + 2);
      if (close < 0) return -1;
      i = close;
    } else if (c === 47) return i;
  }
  return -1;
}

/** Whether the statement's readable resources can be judged (a plain Resource list without unknown entries). */
export function judgeable(s: StatementModel): boolean {
  const r = s.resources;
  return s.effect === 'Allow' && r !== undefined && !r.negated && !r.unknown && r.items.length > 0 && !r.items.some((i) => i.pattern.startsWith('${'));
}

/**
 * The explicit (wildcard-free) actions of an Allow statement that none of its resources can serve, and
 * that no other Allow statement of the policy serves either: policies often grant one action in
 * several statements, one per resource type (a security group here, its VPC there).
 */
export function unservedActions(catalog: Catalog, s: StatementModel, all: readonly StatementModel[], index: ArnFormatIndex = arnFormatIndex(catalog)): ActionNeed[] {
  // ARN210 and ARN211 both ask, about the same statement of the same policy.
  const memo = unservedMemo.get(s);
  if (memo !== undefined && memo.catalog === catalog && memo.all === all) return memo.needs;
  const needs = computeUnserved(catalog, s, all, index);
  unservedMemo.set(s, { catalog, all, needs });
  return needs;
}

const unservedMemo = new WeakMap<StatementModel, { catalog: Catalog; all: readonly StatementModel[]; needs: ActionNeed[] }>();

function computeUnserved(catalog: Catalog, s: StatementModel, all: readonly StatementModel[], index: ArnFormatIndex): ActionNeed[] {
  if (!judgeable(s) || s.actions === undefined || s.actions.negated) return [];
  const resources = s.resources!.items;
  if (resources.some((r) => isUniversal(r.pattern))) return [];
  const out: ActionNeed[] = [];
  for (const item of s.actions.items) {
    if (hasWildcard(item.pattern)) continue;
    const action = catalog.action(item.pattern);
    if (action === undefined) continue;
    const types = targetResourceTypes(action);
    if (served(index, s, types)) continue;
    const servers = servingStatements(all, item.pattern, types, index);
    if (servers.length > 1 || (servers.length === 1 && servers[0] !== s)) continue;
    out.push({ item, action, types: types.map((t) => t.name) });
  }
  return out;
}

/** The Allow statements of a policy by the actions they grant: literal actions indexed, the rest listed. */
interface GrantIndex {
  /** Lower-cased literal action → the statements whose Action lists it. */
  literal: Map<string, StatementModel[]>;
  /** Statements with a wildcard action or a NotAction: tested one by one. */
  other: StatementModel[];
  /** Lower-cased action → the statements that grant it on a resource it acts on (see servingStatements). */
  servedBy: Map<string, StatementModel[]>;
}

/** The grant index of a policy's statements, built once per policy. */
const grantIndex = perObject((all: readonly StatementModel[]): GrantIndex => {
  const index: GrantIndex = { literal: new Map(), other: [], servedBy: new Map() };
  for (const o of all) {
    if (o.effect !== 'Allow' || o.actions === undefined) continue;
    if (o.actions.negated || o.actions.items.some((i) => hasWildcard(i.pattern))) {
      index.other.push(o);
      continue;
    }
    for (const i of o.actions.items) {
      const key = i.pattern.toLowerCase();
      const list = index.literal.get(key);
      if (list === undefined) index.literal.set(key, [o]);
      else if (list[list.length - 1] !== o) list.push(o);
    }
  }
  return index;
});

/**
 * The Allow statements that grant `action` (case-insensitively) on a resource of one of `types` (or on
 * resources that cannot be read), computed once per policy and action: a large policy often grants one
 * action in hundreds of statements.
 */
function servingStatements(all: readonly StatementModel[], action: string, types: readonly ResourceTypeInfo[], formats: ArnFormatIndex): StatementModel[] {
  const index = grantIndex(all);
  const lower = action.toLowerCase();
  const hit = index.servedBy.get(lower);
  if (hit !== undefined) return hit;
  const out: StatementModel[] = [];
  const consider = (o: StatementModel): void => {
    if (o.resources === undefined || o.resources.negated || o.resources.unknown || served(formats, o, types)) out.push(o);
  };
  for (const o of index.literal.get(lower) ?? []) consider(o);
  for (const o of index.other) if (grantsAction(o, lower)) consider(o);
  index.servedBy.set(lower, out);
  return out;
}

function served(index: ArnFormatIndex, s: StatementModel, types: readonly ResourceTypeInfo[]): boolean {
  const items = s.resources?.items ?? [];
  if (items.some((r) => isUniversal(r.pattern) || r.pattern.startsWith('${'))) return true;
  for (const t of types) if (typeServed(index, items, t)) return true;
  return false;
}

/** Whether an entry may name a resource of the type (matchesResourceType remembers the answers). */
function typeServed(index: ArnFormatIndex, items: readonly SetItem[], t: ResourceTypeInfo): boolean {
  // A bucket name never holds a slash, which the format's `${BucketName}` placeholder cannot say:
  // an S3 ARN serves the bucket type only when its resource part has none.
  const bucket = t.service === 's3' && t.name === 'bucket';
  return items.some((r) => {
    const s3 = bucket ? s3Kind(r.pattern) : undefined;
    return s3 !== undefined ? s3 === 'bucket' : matchesResourceType(index, r.pattern, t);
  });
}

/** Whether a statement's Action (or NotAction) covers a lower-cased action id. */
function grantsAction(s: StatementModel, actionLower: string): boolean {
  const a = s.actions;
  if (a === undefined) return false;
  const hit = a.items.some((i) => wildcardMatch(i.pattern, actionLower, true));
  return a.negated ? !hit && !a.unknown : hit;
}
