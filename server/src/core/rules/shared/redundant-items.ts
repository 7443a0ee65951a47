// Items of an Action or Resource list already covered by another item, shared by IAM620 and IAM621.
// Coverage is the sound wildcard containment of `iam/patterns.ts`: a report is always right.
//
// The search is near-linear: equal items are found by hashing, and an item is tested only against the
// patterns that can cover it, found by their literal head (the text before their first `*`, `?` or
// `${`) and tail (after their last `*`, `?` or `}`), which the covered item must begin and end with.

import { patternCovers } from '../../iam/patterns';
import { hasWildcard, wildcardMatch } from '../../iam/wildcard';
import type { PropertyNode, StringNode } from '../../parse/tree';
import { isArray } from '../../parse/tree';
import { flavorOf } from '../fixes';
import { literalStrings } from './iam';
import { removeItem } from './edits';
import type { RuleContext } from '../types';

/** One redundant item: `index` repeats (`same`) or is covered by the item at `by`. */
export interface RedundantItem {
  index: number;
  by: number;
  same: boolean;
}

/**
 * Longest item whose head and tail are used to narrow the search. `patternCovers` stands for each
 * `${...}` by a private-use character numbered from U+E100; only pairs with thousands of distinct
 * variables (far longer than this) could number one into ordinary characters, and such items are
 * simply compared with every pattern.
 */
const MAX_INDEXED_LENGTH = 15000;

/**
 * Candidate pairs one list may cost before the search for covering patterns stops (exact repeats are
 * still all found). Only lists built to defeat the head and tail index get near it: 100,000 actions
 * with a few hundred wildcards cost a few hundred thousand tests.
 */
const MAX_TESTS = 5_000_000;

/**
 * The literal runs of `s` between its first and its last `*`, `?` or `$` (the head and the tail are
 * already matched by the index), or undefined when there are none. A pattern covers an item only if its
 * literal runs occur in the item, in order and apart: fill each wildcard of the item with a character no
 * pattern holds, and the result must still match the pattern, so each run lies inside one of the item's
 * own. That search rejects most pairs whose heads agree (`arn:aws:ssm:*::document/A-*` against
 * `arn:aws:ssm:*::document/B-*`) before the full coverage test.
 */
function middleRunsOf(s: string): string[] | undefined {
  let runs: string[] | undefined;
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 42 || c === 63 || c === 36) {
      if (start !== -1 && i > start) (runs ??= []).push(s.slice(start, i));
      start = i + 1;
    }
  }
  return runs;
}

/** Whether `runs` occur in `s` in order without overlapping (leftmost placement of each, see middleRunsOf). */
function runsInOrder(s: string, runs: readonly string[] | undefined): boolean {
  if (runs === undefined) return true;
  let at = 0;
  for (let k = 0; k < runs.length; k++) {
    const found = s.indexOf(runs[k], at);
    if (found === -1) return false;
    at = found + runs[k].length;
  }
  return true;
}

/** The text before the first `*`, `?` or `${`. */
function headOf(s: string): string {
  let end = s.length;
  const star = s.indexOf('*');
  if (star !== -1 && star < end) end = star;
  const q = s.indexOf('?');
  if (q !== -1 && q < end) end = q;
  const v = s.indexOf('${');
  if (v !== -1 && v < end) end = v;
  return s.slice(0, end);
}

/** The text after the last `*`, `?` or `}` when it lies after the head (else empty: no constraint). */
function tailOf(s: string, headLength: number): string {
  const start = Math.max(s.lastIndexOf('*'), s.lastIndexOf('?'), s.lastIndexOf('}')) + 1;
  return start > headLength ? s.slice(start) : '';
}

/** Whether `s` holds a private-use character, which `patternCovers` reserves for its own encoding. */
function hasPrivateUse(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xe000 && s.charCodeAt(i) <= 0xf8ff) return true;
  return false;
}

/**
 * The redundant items of one list, in list order: each later repeat of an item (case-insensitively when
 * `ignoreCase`) with its first occurrence, then each remaining item that a wildcard item covers, with the
 * first covering item in list order that is not itself reported yet.
 */
export function redundantItems(values: readonly string[], ignoreCase: boolean): RedundantItem[] {
  const norms = ignoreCase ? values.map((v) => v.toLowerCase()) : values;
  const reported = new Uint8Array(values.length);
  const found: RedundantItem[] = [];
  const first = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const earlier = first.get(norms[i]);
    if (earlier !== undefined) {
      reported[i] = 1;
      found.push({ index: i, by: earlier, same: true });
    } else first.set(norms[i], i);
  }
  // INVARIANT: a repeat is reported before the coverage search, so it never covers anything; leaving it
  // out of the index changes no answer.
  const open: number[] = [];
  const byHead = new Map<string, number[]>();
  const headLengths = new Set<number>();
  const unindexed: number[] = [];
  const heads: string[] = new Array<string>(values.length);
  const tails: string[] = new Array<string>(values.length);
  const runs: (string[] | undefined)[] = new Array<string[] | undefined>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (reported[i] === 1 || (!hasWildcard(v) && v.indexOf('${') === -1)) continue;
    open.push(i);
    const n = norms[i];
    runs[i] = middleRunsOf(n);
    const head = headOf(n);
    const tail = tailOf(n, head.length);
    if (n.length > MAX_INDEXED_LENGTH || hasPrivateUse(head) || hasPrivateUse(tail)) {
      unindexed.push(i);
      continue;
    }
    heads[i] = head;
    tails[i] = tail;
    const bucket = byHead.get(head);
    if (bucket) bucket.push(i);
    else byHead.set(head, [i]);
    headLengths.add(head.length);
  }
  if (open.length === 0) return found;
  const lengths = [...headLengths].sort((x, y) => x - y);
  let tests = 0;
  for (let i = 0; i < values.length && tests < MAX_TESTS; i++) {
    if (reported[i] === 1) continue;
    const a = values[i];
    const n = norms[i];
    const literal = !hasWildcard(a) && a.indexOf('${') === -1;
    // Patterns that may cover item i: their head begins it and their tail ends it.
    let candidates: number[];
    if (n.length > MAX_INDEXED_LENGTH) candidates = open;
    else {
      candidates = [];
      let sources = 0;
      for (const len of lengths) {
        if (len > n.length) break;
        const bucket = byHead.get(len === n.length ? n : n.slice(0, len));
        if (bucket === undefined) continue;
        sources++;
        for (const b of bucket) {
          const tail = tails[b];
          if (len + tail.length <= n.length && n.endsWith(tail)) candidates.push(b);
        }
      }
      if (unindexed.length > 0) {
        sources++;
        for (const b of unindexed) candidates.push(b);
      }
      if (sources > 1) candidates.sort((x, y) => x - y);
    }
    for (const b of candidates) {
      if (b === i || reported[b] === 1 || norms[b] === n) continue;
      tests++;
      if (!runsInOrder(n, runs[b])) continue;
      const bv = values[b];
      const covered = literal && bv.indexOf('${') === -1 ? wildcardMatch(norms[b], n) : patternCovers(bv, a, ignoreCase);
      if (!covered) continue;
      reported[i] = 1;
      found.push({ index: i, by: b, same: false });
      break;
    }
  }
  return found;
}

/**
 * Reports each item of `prop`'s list that another item covers (the later of two equal items), see
 * `redundantItems`.
 */
export function reportRedundantItems(ctx: RuleContext, prop: PropertyNode | undefined, ignoreCase: boolean): void {
  const arr = prop?.value;
  if (prop === undefined || !isArray(arr)) return;
  const items = literalStrings(ctx, arr);
  if (items.length < 2) return;
  const found = redundantItems(
    items.map((i) => i.value),
    ignoreCase,
  );
  if (found.length === 0) return;
  const flavor = flavorOf(ctx.doc, ctx.unit);
  // Positions in the array for the removal edits (literalStrings skips items, so not `index`).
  const position = new Map<StringNode, number>();
  arr.items.forEach((n, k) => {
    if (n.type === 'string') position.set(n, k);
  });
  for (const r of found) {
    const a = items[r.index];
    const b = items[r.by];
    const edit = removeItem(ctx.doc, arr, a, flavor, position.get(a));
    ctx.report({
      node: a,
      messageId: r.same ? 'duplicate' : 'covered',
      data: { item: a.value, by: b.value },
      related: [{ message: `Covered by '${b.value}'`, offset: b.offset, length: b.length }],
      fixes: edit ? [{ title: `Remove '${a.value}'`, safety: 'safe', preferred: true, edits: [edit] }] : undefined,
      tags: ['unnecessary'],
    });
  }
}
