// "Did you mean" for short closed vocabularies (policy elements, principal keys, condition operators):
// the closest candidates by edit distance, case-insensitively, within a budget that grows with length.
// The catalog has its own suggester for services, actions and condition keys; both use editDistance.

/**
 * Optimal-string-alignment edit distance between `a` and `b` (insertions, deletions, substitutions and
 * transpositions of neighbours), or `max + 1` as soon as it is known to exceed `max`. Work is
 * O(|a| × max): only the band within `max` of the diagonal, stopping once a whole row exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  const inf = max + 1;
  if (rowA.length <= n + 1) {
    rowA = new Int32Array(2 * n + 2);
    rowB = new Int32Array(2 * n + 2);
    rowC = new Int32Array(2 * n + 2);
  }
  // Only cells within `max` of the diagonal can stay within `max` (Ukkonen's band); the cells just
  // outside the band are set to `inf` so the next row never reads a stale value from the buffers.
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  const top = Math.min(n, max);
  for (let j = 0; j <= top; j++) prev[j] = j;
  if (top + 1 <= n) prev[top + 1] = inf;
  for (let i = 1; i <= m; i++) {
    const lo = i - max > 1 ? i - max : 1;
    const hi = i + max < n ? i + max : n;
    cur[0] = i;
    if (lo > 1) cur[lo - 1] = inf;
    let rowMin = lo === 1 ? i : inf;
    const ca = a.charCodeAt(i - 1);
    const pa = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = prev[j - 1] + (ca === cb ? 0 : 1);
      const up = prev[j] + 1;
      if (up < d) d = up;
      const left = cur[j - 1] + 1;
      if (left < d) d = left;
      if (j > 1 && pa === cb && ca === b.charCodeAt(j - 2)) {
        const t = prev2[j - 2] + 1;
        if (t < d) d = t;
      }
      if (d > inf) d = inf;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (hi + 1 <= n) cur[hi + 1] = inf;
    if (rowMin > max) return inf;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n] <= max ? prev[n] : inf;
}

/** Row buffers of editDistance, grown on demand (the did-you-mean scans run it thousands of times). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Candidates within max(1, ⌊length / 3⌋) edits (capped at 4) of `name`, closest first. */
export function closest(name: string, candidates: readonly string[], limit = 3): string[] {
  const lower = name.toLowerCase();
  const budget = Math.max(1, Math.min(4, Math.floor(name.length / 3)));
  const scored: { c: string; d: number }[] = [];
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase(), budget);
    if (d <= budget) scored.push({ c, d });
  }
  scored.sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.c);
}
