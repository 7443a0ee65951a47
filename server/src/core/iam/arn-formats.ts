// The catalog's ARN formats, indexed by the service name that appears in the ARN (which is not always
// the action prefix: `s3-object-lambda`, `execute-api`), each turned into a wildcard pattern
// (placeholders such as `${BucketName}` become `*`) and into per-field facts (does it take a Region, an
// account?). Built once per catalog and cached beside it; the catalog itself is never modified.

import type { ActionInfo, Catalog, ResourceTypeInfo } from './catalog';
import { splitArnFields } from './arn';
import { isUniversal, patternsIntersect, resourcesIntersect } from './patterns';
import { TextAnswers, UNKNOWN, perObject } from '../memo';

export interface ArnFormat {
  resourceType: ResourceTypeInfo;
  /** The format as the catalog gives it (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`). */
  format: string;
  /** The service field of the format (`s3`). */
  arnService: string;
  /** The Region field: empty, any (a placeholder), or a fixed Region. */
  region: 'none' | 'any' | 'fixed';
  account: 'none' | 'any' | 'fixed';
  /** The resource field as a pattern (placeholders are `*`). */
  resourcePattern: string;
  /** The whole format as a pattern. */
  pattern: string;
}

export interface ArnFormatIndex {
  byService: ReadonlyMap<string, readonly ArnFormat[]>;
  byResourceType: ReadonlyMap<ResourceTypeInfo, readonly ArnFormat[]>;
}

const PLACEHOLDER = /\$\{[^}]*\}/g;

function fieldKind(text: string): 'none' | 'any' | 'fixed' {
  if (text === '') return 'none';
  return text.indexOf('${') !== -1 ? 'any' : 'fixed';
}

const cache = new WeakMap<Catalog, ArnFormatIndex>();

/** The ARN format index of a catalog (built on first use). */
export function arnFormatIndex(catalog: Catalog): ArnFormatIndex {
  const hit = cache.get(catalog);
  if (hit !== undefined) return hit;
  const byService = new Map<string, ArnFormat[]>();
  const byResourceType = new Map<ResourceTypeInfo, ArnFormat[]>();
  for (const s of catalog.services()) {
    for (const rt of catalog.resourceTypesOfService(s.prefix)) {
      const list: ArnFormat[] = [];
      for (const format of rt.arnFormats) {
        const f = splitArnFields(format);
        if (f.length < 6 || f[0].text !== 'arn') continue;
        const entry: ArnFormat = {
          resourceType: rt,
          format,
          arnService: f[2].text,
          region: fieldKind(f[3].text),
          account: fieldKind(f[4].text),
          resourcePattern: f[5].text.replace(PLACEHOLDER, '*'),
          pattern: format.replace(PLACEHOLDER, '*'),
        };
        list.push(entry);
        const bucket = byService.get(entry.arnService);
        if (bucket) bucket.push(entry);
        else byService.set(entry.arnService, [entry]);
      }
      byResourceType.set(rt, list);
    }
  }
  const index: ArnFormatIndex = { byService, byResourceType };
  cache.set(catalog, index);
  return index;
}

/**
 * The resource types an action's `Resource` must match: the required ones when the reference marks
 * some, else all of them. Empty for actions that only work with `"Resource": "*"`.
 */
export const targetResourceTypes: (action: ActionInfo) => readonly ResourceTypeInfo[] = perObject((action: ActionInfo) => {
  const required = action.resourceTypes.filter((r) => r.required);
  return Object.freeze((required.length > 0 ? required : action.resourceTypes).map((r) => r.resourceType));
});

/** Whether a resource pattern may name a resource of one of the types (whole-ARN pattern intersection). */
export function matchesResourceTypes(index: ArnFormatIndex, pattern: string, types: readonly ResourceTypeInfo[]): boolean {
  if (isUniversal(pattern)) return true;
  for (const t of types) if (matchesResourceType(index, pattern, t)) return true;
  return false;
}

/**
 * Answers of matchesResourceType per resource type and pattern. Policies repeat their resource patterns
 * (one bucket or queue ARN in many statements) and a document is analysed again on every edit, so the
 * intersections are remembered across statements and versions. The answer depends only on the type
 * (an object of a catalog, which is never modified) and the pattern text.
 */
const typeMatches = new TextAnswers<ResourceTypeInfo, boolean>(100_000);

/** Whether a resource pattern may name a resource of the type: one of the type's formats intersects it. */
export function matchesResourceType(index: ArnFormatIndex, pattern: string, type: ResourceTypeInfo): boolean {
  const formats = index.byResourceType.get(type);
  if (formats === undefined) return false;
  const known = typeMatches.get(type, pattern);
  if (known !== UNKNOWN) return known;
  let hit = false;
  for (const f of formats) {
    if (resourcesIntersect(f.pattern, pattern)) {
      hit = true;
      break;
    }
  }
  typeMatches.set(type, pattern, hit);
  return hit;
}

/**
 * Whether an action can apply to a resource pattern at all: the pattern is `*`, the action is unknown,
 * or some resource type of the action has a format the pattern may match. Actions that take only
 * `"Resource": "*"` apply to `*` only.
 */
export function actionAppliesTo(catalog: Catalog, actionId: string, pattern: string): boolean {
  if (isUniversal(pattern) || pattern.indexOf('${') === 0) return true;
  const info = catalog.action(actionId);
  if (info === undefined) return true;
  if (info.resourceTypes.length === 0) return false;
  return matchesResourceTypes(arnFormatIndex(catalog), pattern, info.resourceTypes.map((r) => r.resourceType));
}

/** An ARN template for a format, for quick fixes: the partition given, `*` for Region, account and names. */
export function arnTemplate(format: string, partition: string): string {
  return format.replace('${Partition}', partition).replace(PLACEHOLDER, '*');
}

/**
 * The formats of an ARN service whose resource field may match `resource` (undefined when the catalog
 * has no format for that service, so nothing can be said).
 */
export function candidateFormats(index: ArnFormatIndex, arnService: string, resource: string, ignoreCase = false): ArnFormat[] | undefined {
  const formats = index.byService.get(arnService);
  if (formats === undefined) return undefined;
  return formats.filter((f) => patternsIntersect(f.resourcePattern, resource, ignoreCase));
}

/**
 * `candidateFormats` of a split ARN (six fields) without folding case, remembered per ARN entry (the
 * memoized `resourceEntries` of a document version) and format index: ARN201 and the ARN2xx field
 * checks ask about every Resource entry. INVARIANT: callers only read the result.
 */
export function entryCandidates(index: ArnFormatIndex, entry: { fields: readonly { text: string }[] }): ArnFormat[] | undefined {
  return candidatesFor(index)(entry);
}

const candidatesFor = perObject((index: ArnFormatIndex) =>
  perObject((entry: { fields: readonly { text: string }[] }) => rememberedCandidates(index, entry.fields[2].text, entry.fields[5].text)),
);

/**
 * `candidateFormats` without folding case, remembered per ARN service's formats (objects of the index,
 * never modified) and resource text across documents and versions, like `typeMatches`.
 */
const candidateAnswers = new TextAnswers<readonly ArnFormat[], ArnFormat[]>(100_000);

function rememberedCandidates(index: ArnFormatIndex, arnService: string, resource: string): ArnFormat[] | undefined {
  const formats = index.byService.get(arnService);
  if (formats === undefined) return undefined;
  const known = candidateAnswers.get(formats, resource);
  if (known !== UNKNOWN) return known;
  const value = candidateFormats(index, arnService, resource) ?? [];
  candidateAnswers.set(formats, resource, value);
  return value;
}
