// Items of an Action or Resource list already covered by another item, shared by IAM620 and IAM621.
// Coverage is the sound wildcard containment of `iam/patterns.ts`: a report is always right.

import { patternCovers } from '../../iam/patterns';
import type { PropertyNode, StringNode } from '../../parse/tree';
import { isArray } from '../../parse/tree';
import { flavorOf } from '../fixes';
import { literalStrings } from './iam';
import { removeItem } from './edits';
import type { RuleContext } from '../types';

/** Reports each item of `prop`'s list that another item covers (the later of two equal items). */
export function reportRedundantItems(ctx: RuleContext, prop: PropertyNode | undefined, ignoreCase: boolean): void {
  const arr = prop?.value;
  if (prop === undefined || !isArray(arr)) return;
  const items = literalStrings(ctx, arr);
  const flavor = flavorOf(ctx.doc, ctx.unit);
  const reported = new Set<StringNode>();
  items.forEach((a, i) => {
    for (let j = 0; j < items.length; j++) {
      if (i === j) continue;
      const b = items[j];
      if (reported.has(b)) continue;
      const same = ignoreCase ? a.value.toLowerCase() === b.value.toLowerCase() : a.value === b.value;
      if (same ? j > i : !patternCovers(b.value, a.value, ignoreCase)) continue;
      reported.add(a);
      const edit = removeItem(ctx.doc, arr, a, flavor);
      ctx.report({
        node: a,
        messageId: same ? 'duplicate' : 'covered',
        data: { item: a.value, by: b.value },
        related: [{ message: `Covered by '${b.value}'`, offset: b.offset, length: b.length }],
        fixes: edit ? [{ title: `Remove '${a.value}'`, safety: 'safe', preferred: true, edits: [edit] }] : undefined,
        tags: ['unnecessary'],
      });
      break;
    }
  });
}
