// Wildcard matching for IAM: `*` matches any run of characters, `?` any single character. This is the
// core IAM primitive (actions, ARNs, StringLike values), so it is hand-written: no regular expression,
// no backtracking blow-up. Matching keeps only the last `*` as a restart point, which makes the work
// O(text × longest literal run between stars): an adversarial `a*a*a*a*a*b` against a long string of
// `a`s stays linear in the text.

/** Whether `text` matches `pattern` (`*` and `?` wildcards). */
export function wildcardMatch(pattern: string, text: string, ignoreCase = false): boolean {
  if (ignoreCase) {
    pattern = pattern.toLowerCase();
    text = text.toLowerCase();
  }
  return wildcardMatchRange(pattern, text, 0, text.length);
}

/**
 * Whether `text.slice(from, to)` matches `pattern` (case-sensitive), without building the slice: the
 * evaluator matches the components of an ARN in place.
 */
export function wildcardMatchRange(pattern: string, text: string, from: number, to: number): boolean {
  let p = 0;
  let t = from;
  let starP = -1;
  let starT = from;
  const pl = pattern.length;
  while (t < to) {
    if (p < pl) {
      const c = pattern.charCodeAt(p);
      if (c === 42 /* * */) {
        // Collapse runs of stars; remember where to resume.
        while (p < pl && pattern.charCodeAt(p) === 42) p++;
        if (p === pl) return true;
        starP = p;
        starT = t;
        continue;
      }
      if (c === 63 /* ? */ || c === text.charCodeAt(t)) {
        p++;
        t++;
        continue;
      }
    }
    if (starP < 0) return false;
    // Mismatch after a star: let the star absorb one more character and retry the segment.
    p = starP;
    t = ++starT;
  }
  while (p < pl && pattern.charCodeAt(p) === 42) p++;
  return p === pl;
}

/** Whether a string contains IAM wildcard characters. */
export function hasWildcard(s: string): boolean {
  return s.indexOf('*') !== -1 || s.indexOf('?') !== -1;
}
