// Helpers of the catalog-backed IAM rules (IAM2xx, IAM343, IAM416): every rule does nothing when the
// host has not loaded the catalog, and reads condition keys the same way.

import type { Catalog, ConditionKeyInfo } from '../../iam/catalog';
import type { ConditionEntry } from '../../iam/conditions';
import { editDistance } from '../../iam/suggest';
import type { RuleContext } from '../types';

/** The catalog, or undefined (the rule then reports nothing). */
export function catalogOf(ctx: RuleContext): Catalog | undefined {
  return ctx.services.catalog;
}

/** The lower-cased prefix of a condition key (`aws`, `s3`, `accounts.google.com`). */
export function keyPrefix(key: string): string {
  const colon = key.indexOf(':');
  return (colon < 0 ? key : key.slice(0, colon)).toLowerCase();
}

/** Whether a key belongs to an identity provider (`accounts.google.com:aud`, `<oidc-host>/id/X:sub`), which the catalog does not list. */
export function isProviderKey(key: string): boolean {
  const p = keyPrefix(key);
  return p.indexOf('.') !== -1 || p.indexOf('/') !== -1;
}

/**
 * A tag-family key written without its tag name (`aws:ResourceTag`, `aws:RequestTag/`): the template it
 * belongs to, or undefined.
 */
export function missingTagKeyTemplate(catalog: Catalog, key: string): ConditionKeyInfo | undefined {
  if (catalog.conditionKey(key) !== undefined) return undefined;
  const base = key.replace(/\/+$/, '');
  const t = catalog.conditionKey(`${base}/x`);
  return t !== undefined && t.template && t.name.toLowerCase().startsWith(base.toLowerCase() + '/') ? t : undefined;
}

/** The catalog entry of an entry's key, or undefined. */
export function keyInfo(catalog: Catalog, e: ConditionEntry): ConditionKeyInfo | undefined {
  return catalog.conditionKey(e.key);
}

/** Edits within which a near name makes an unknown one a likely typo (reported as an error). */
export const TYPO_DISTANCE = 2;

/**
 * The suggestions close enough to `written` to call it a typo. An unknown name with none of them is
 * more likely newer than the catalog, so rules report it as information, not as an error.
 */
export function typoCandidates(written: string, suggestions: readonly string[]): string[] {
  const w = written.toLowerCase();
  return suggestions.filter((s) => editDistance(w, s.toLowerCase(), TYPO_DISTANCE) <= TYPO_DISTANCE);
}
