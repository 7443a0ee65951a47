// A parsed tree as comparable rows (depth, type, offsets, values, where each string character lands),
// checking parent links on the way: for the differential tests of the fast parsers against the slow ones.

import * as assert from 'assert';
import { Node, ParsedTree, StringNode, childrenOf } from '../../server/src/core/parse/tree';

/**
 * `shape`: also compare the field names of every node and of the tree, in order (both paths must build
 * objects of one shape, which keeps the rules' property reads monomorphic).
 */
export function describeTree(t: ParsedTree, text: string, options: { shape?: boolean } = {}): unknown[] {
  const out: unknown[] = [];
  const visit = (n: Node | undefined, depth: number): void => {
    if (n === undefined) return;
    const row: unknown[] = [depth, n.type, n.offset, n.length, n.shortTag ?? ''];
    if (options.shape) row.push(Object.keys(n).join(','));
    if (n.type === 'string') {
      const s = n as StringNode;
      // Compare maps by where every character lands, not by their anchor lists.
      const where = s.map === undefined ? null : Array.from({ length: Math.min(s.value.length, 400) + 1 }, (_, i) => s.map!.toHost(i));
      row.push(s.value, s.contentOffset, where, s.map === undefined ? null : s.map.toHostEnd(s.value.length));
    } else if (n.type !== 'object' && n.type !== 'array' && n.type !== 'property') row.push(n.value);
    if (n.type === 'number') row.push(n.raw);
    out.push(row);
    for (const k of childrenOf(n)) {
      assert.strictEqual(k.parent, n, `parent link at ${k.offset} in ${text.slice(0, 40)}`);
      visit(k, depth + 1);
    }
  };
  visit(t.root, 0);
  return options.shape ? [Object.keys(t).join(','), t.format, out, t.problems, t.comments] : [out, t.problems, t.comments];
}
