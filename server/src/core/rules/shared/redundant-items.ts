// Items of an Action or Resource list already covered by another item, shared by IAM620 and IAM621.
// Coverage is the sound wildcard containment of `iam/patterns.ts`: a report is always right.

import { patternCovers } from '../../iam/patterns';
import { hasWildcard, wildcardMatch } from '../../iam/wildcard';
import type { PropertyNode, StringNode } from '../../parse/tree';
import { isArray } from '../../parse/tree';
import { flavorOf } from '../fixes';
import { literalStrings } from './iam';
import { removeItem } from './edits';
import type { RuleContext } from '../types';

/**
 * Reports each item of `prop`'s list that another item covers (the later of two equal items). Equal
 * items are found by hashing; coverage is tried only against the items that have wildcards, so long
 * lists of literal actions stay linear.
 */
export function reportRedundantItems(ctx: RuleContext, prop: PropertyNode | undefined, ignoreCase: boolean): void {
  const arr = prop?.value;
  if (prop === undefined || !isArray(arr)) return;
  const items = literalStrings(ctx, arr);
  const flavor = flavorOf(ctx.doc, ctx.unit);
  const norm = (s: string): string => (ignoreCase ? s.toLowerCase() : s);
  const first = new Map<string, StringNode>();
  const open = items.filter((i) => hasWildcard(i.value) || i.value.indexOf('${') !== -1);
  const report = (a: StringNode, b: StringNode, same: boolean): void => {
    const edit = removeItem(ctx.doc, arr, a, flavor);
    ctx.report({
      node: a,
      messageId: same ? 'duplicate' : 'covered',
      data: { item: a.value, by: b.value },
      related: [{ message: `Covered by '${b.value}'`, offset: b.offset, length: b.length }],
      fixes: edit ? [{ title: `Remove '${a.value}'`, safety: 'safe', preferred: true, edits: [edit] }] : undefined,
      tags: ['unnecessary'],
    });
  };
  const reported = new Set<StringNode>();
  for (const a of items) {
    const key = norm(a.value);
    const earlier = first.get(key);
    if (earlier !== undefined) {
      reported.add(a);
      report(a, earlier, true);
      continue;
    }
    first.set(key, a);
  }
  for (const a of items) {
    if (reported.has(a)) continue;
    const literal = !hasWildcard(a.value) && a.value.indexOf('${') === -1;
    for (const b of open) {
      if (b === a || reported.has(b) || norm(b.value) === norm(a.value)) continue;
      const covered = literal && b.value.indexOf('${') === -1 ? wildcardMatch(norm(b.value), norm(a.value)) : patternCovers(b.value, a.value, ignoreCase);
      if (!covered) continue;
      reported.add(a);
      report(a, b, false);
      break;
    }
  }
}
