// Relations between two IAM wildcard patterns (`*`, `?`, and `${...}` variables): does every string one
// pattern matches also match the other (`patternCovers`), and can some string match both
// (`patternsIntersect`)? Deny-precedence, shadowing and least-privilege rules reason with these.
//
// Coverage reuses the linear-time matcher of `wildcard.ts`: the inner pattern's wildcards and variables
// are turned into private-use characters that only the outer pattern's `*` can absorb, which is sound
// (a `true` is always right) and misses only exotic inclusions. Intersection walks the product of the
// two patterns' automata once: at most |p| × |q| states, no backtracking.

import { splitArnFields } from './arn';
import { wildcardMatch } from './wildcard';

/** Private-use characters: an inner `*` and `?`, and the first of the characters standing for variables. */
const INNER_STAR = '\uE010';
const INNER_QUESTION = '\uE011';
const VARIABLE_BASE = 0xe100;

/** Longest pattern pair the intersection search explores exactly; longer pairs are assumed to intersect. */
const MAX_PRODUCT = 4_000_000;

/**
 * Replaces each `${...}` by one private-use character per distinct variable name (shared across the
 * calls that pass the same `names` map), so the same variable in two patterns matches only itself.
 */
function encodeVariables(s: string, names: Map<string, string>): string {
  if (s.indexOf('${') === -1) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('${', i);
    if (open === -1) break;
    const close = s.indexOf('}', open + 2);
    if (close === -1) break;
    out += s.slice(i, open);
    const name = s.slice(open, close + 1);
    let ch = names.get(name);
    if (ch === undefined) {
      ch = String.fromCharCode(VARIABLE_BASE + names.size);
      names.set(name, ch);
    }
    out += ch;
    i = close + 1;
  }
  return out + s.slice(i);
}

function isVariableChar(c: number): boolean {
  return c >= VARIABLE_BASE && c < VARIABLE_BASE + 0x100;
}

/**
 * Whether every string matched by `inner` is matched by `outer`. Sound: `true` only when it is certain.
 * A variable in `outer` covers only the same variable in `inner`; a variable in `inner` is covered only by
 * the same variable or a `*` in `outer`.
 */
export function patternCovers(outer: string, inner: string, ignoreCase = false): boolean {
  if (outer === inner) return true;
  if (ignoreCase) {
    outer = outer.toLowerCase();
    inner = inner.toLowerCase();
    if (outer === inner) return true;
  }
  // A plain inner string (no wildcard, variable or private-use character) encodes to itself: match it
  // as it is. Most inner values are plain action names and ARNs.
  if (isPlain(inner)) return wildcardMatch(outer.indexOf('${') === -1 ? outer : encodeVariables(outer, new Map()), inner);
  const names = new Map<string, string>();
  const o = encodeVariables(outer, names);
  const rawInner = encodeVariables(inner, names);
  let open = false;
  let encoded = '';
  for (let i = 0; i < rawInner.length; i++) {
    const c = rawInner.charCodeAt(i);
    if (c === 42) {
      encoded += INNER_STAR;
      open = true;
    } else if (c === 63) {
      encoded += INNER_QUESTION;
    } else {
      if (isVariableChar(c)) open = true;
      encoded += rawInner[i];
    }
  }
  // An outer `?` stands for exactly one character; an inner `*` or variable may stand for several, so the
  // encoding (one character each) would over-claim. Only an outer `*` can absorb them.
  if (open && o.indexOf('?') !== -1) return false;
  return wildcardMatch(o, encoded);
}

/** No `*`, `?`, `$` or private-use character: the coverage encoding leaves the string as it is. */
function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 42 || c === 63 || c === 36 || (c >= 0xe000 && c <= 0xf8ff)) return false;
  }
  return true;
}

type Token = number; // A character code, or -1 for `*`, -2 for `?`.

function tokens(s: string, names: Map<string, string>, ignoreCase: boolean): Token[] {
  const e = encodeVariables(ignoreCase ? s.toLowerCase() : s, names);
  const out: Token[] = [];
  for (let i = 0; i < e.length; i++) {
    const c = e.charCodeAt(i);
    // A variable may be any string: for intersection it behaves as `*`.
    out.push(c === 42 || isVariableChar(c) ? -1 : c === 63 ? -2 : c);
  }
  return out;
}

/**
 * Whether some string matches both patterns (variables count as `*`, so the answer may be `true` when
 * the variable's value would rule it out). Explores each (position in p, position in q) pair once.
 */
export function patternsIntersect(p: string, q: string, ignoreCase = false): boolean {
  if (p === q) return true;
  if (ignoreCase) {
    p = p.toLowerCase();
    q = q.toLowerCase();
    if (p === q) return true;
  }
  // Fast paths: the literal heads and tails must agree, and a literal meets a pattern only if it matches it.
  const n0 = p.length;
  const m0 = q.length;
  let head = 0;
  while (head < n0 && head < m0) {
    const a = p.charCodeAt(head);
    const b = q.charCodeAt(head);
    if (isSpecial(a) || isSpecial(b)) break;
    if (a !== b) return false;
    head++;
  }
  let tail = 0;
  while (tail < n0 - head && tail < m0 - head) {
    const a = p.charCodeAt(n0 - 1 - tail);
    const b = q.charCodeAt(m0 - 1 - tail);
    if (isSpecial(a) || isSpecial(b) || a === 125 || b === 125) break;
    if (a !== b) return false;
    tail++;
  }
  // Both patterns must spell the common literal head and tail the same way: drop them.
  if (head > 0 || tail > 0) {
    p = p.slice(head, n0 - tail);
    q = q.slice(head, m0 - tail);
    if (p === q) return true;
  }
  const pOpen = isOpen(p);
  const qOpen = isOpen(q);
  if (!pOpen && !qOpen) return p === q;
  if (!pOpen && q.indexOf('${') === -1) return wildcardMatch(q, p);
  if (!qOpen && p.indexOf('${') === -1) return wildcardMatch(p, q);
  const names = new Map<string, string>();
  const a = tokens(p, names, ignoreCase);
  const b = tokens(q, names, ignoreCase);
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_PRODUCT) return true;
  const seen = new Uint8Array((n + 1) * (m + 1));
  const stack: number[] = [0];
  seen[0] = 1;
  const push = (i: number, j: number): void => {
    const k = i * (m + 1) + j;
    if (seen[k] === 0) {
      seen[k] = 1;
      stack.push(k);
    }
  };
  while (stack.length > 0) {
    const k = stack.pop()!;
    const i = Math.floor(k / (m + 1));
    const j = k - i * (m + 1);
    if (i === n && j === m) return true;
    const ta = i < n ? a[i] : undefined;
    const tb = j < m ? b[j] : undefined;
    // A star may match nothing.
    if (ta === -1) push(i + 1, j);
    if (tb === -1) push(i, j + 1);
    if (ta === undefined || tb === undefined) continue;
    // Both consume one common character: a star stays where it is, anything else moves on.
    const ni = ta === -1 ? i : i + 1;
    const nj = tb === -1 ? j : j + 1;
    if (ta < 0 || tb < 0 || ta === tb) push(ni, nj);
  }
  return false;
}

/** `*`, `?` or `$` (which may open a variable). */
function isSpecial(c: number): boolean {
  return c === 42 || c === 63 || c === 36;
}

/** Whether a pattern can match more than one string (wildcards or variables). */
function isOpen(s: string): boolean {
  return s.indexOf('*') !== -1 || s.indexOf('?') !== -1 || s.indexOf('${') !== -1;
}

/** Whether a pattern matches every string (`*`, `**`). */
export function isUniversal(pattern: string): boolean {
  if (pattern.length === 0) return false;
  for (let i = 0; i < pattern.length; i++) if (pattern.charCodeAt(i) !== 42) return false;
  return true;
}

/**
 * ARN fields of recently seen Resource values: the same few ARNs are compared many times when a rule
 * relates every pair of statements. Bounded, and a pure function of the string.
 */
const fieldCache = new Map<string, readonly { text: string }[]>();

function fieldsOf(s: string): readonly { text: string }[] {
  let f = fieldCache.get(s);
  if (f === undefined) {
    if (fieldCache.size > 4096) fieldCache.clear();
    f = splitArnFields(s);
    fieldCache.set(s, f);
  }
  return f;
}

/**
 * `patternCovers` for Resource values: ARNs are matched field by field (a wildcard never spans the
 * colon between two of the six fields, as IAM matches them), other values as whole strings.
 */
export function resourceCovers(outer: string, inner: string): boolean {
  if (isUniversal(outer) || outer === inner) return true;
  if (!literalHeadBegins(outer, inner)) return false;
  const o = fieldsOf(outer);
  const i = fieldsOf(inner);
  if (o.length === 6 && i.length === 6) return o.every((f, k) => patternCovers(f.text, i[k].text));
  return patternCovers(outer, inner);
}

/**
 * Whether `inner` begins with `outer`'s literal head (its text before the first `*`, `?` or `$`), which
 * every string `outer` covers does, field by field or whole: a cheap necessary condition that settles
 * most pairs of unrelated ARNs without splitting them. Private-use characters end the head too, since
 * coverage encodes inner wildcards and variables as such characters.
 */
function literalHeadBegins(outer: string, inner: string): boolean {
  const n = Math.min(outer.length, inner.length);
  for (let i = 0; i < n; i++) {
    const c = outer.charCodeAt(i);
    if (c === 42 || c === 63 || c === 36 || (c >= 0xe000 && c <= 0xf8ff)) return true;
    if (c !== inner.charCodeAt(i)) return false;
  }
  return true;
}

/** `patternsIntersect` for Resource values, field by field for ARNs. */
export function resourcesIntersect(p: string, q: string): boolean {
  if (isUniversal(p) || isUniversal(q) || p === q) return true;
  const a = fieldsOf(p);
  const b = fieldsOf(q);
  if (a.length === 6 && b.length === 6) return a.every((f, k) => patternsIntersect(f.text, b[k].text));
  return patternsIntersect(p, q);
}
