// Matching primitives for the evaluator: action and ARN wildcard matching (per-segment for ARNs) on top
// of the linear-time matcher in `iam/wildcard.ts`, and the escape that keeps `${*}` and `${?}` literal.

import { wildcardMatch } from '../iam/wildcard';

/**
 * Private-use characters standing for a literal `*` and `?` in a pattern after policy-variable
 * substitution (`${*}`, `${?}`, or a substituted value that contains them). The matcher treats them as
 * ordinary characters; the text's own `*` and `?` are mapped onto them before matching, so a literal
 * matches only itself.
 */
export const LITERAL_STAR = '\uE000';
export const LITERAL_QUESTION = '\uE001';

export function hasLiteralMarks(s: string): boolean {
  return s.indexOf(LITERAL_STAR) !== -1 || s.indexOf(LITERAL_QUESTION) !== -1;
}

/**
 * A copy of `s` stored as a plain sequential string. `slice` returns a view onto its parent for longer
 * strings, and string builtins (startsWith, charCodeAt) are several times slower on such views; strings
 * that are matched over and over are copied once so the hot paths stay fast.
 */
export function sequential(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * The same text as V8's one shared copy of the property name `s` (an internalized string). Two such
 * strings compare with `===` by pointer, where two distinct copies of a text need a call that compares
 * their characters: used for the texts that are compared over and over (context keys, actions).
 */
export function propertyName(s: string): string {
  for (const name in { [s]: 0 }) return name;
  return s;
}

/** Marks the wildcard characters of `s` as literals (used for substituted values). */
export function markLiterals(s: string): string {
  if (s.indexOf('*') === -1 && s.indexOf('?') === -1) return s;
  return s.replace(/\*/g, LITERAL_STAR).replace(/\?/g, LITERAL_QUESTION);
}

/** Turns literal marks back into plain characters (for operators that do not use wildcards). */
export function unmarkLiterals(s: string): string {
  if (!hasLiteralMarks(s)) return s;
  return s.replace(/\uE000/g, '*').replace(/\uE001/g, '?');
}

/**
 * Wildcard match that honours literal marks in the pattern. `marked` says whether the pattern went
 * through policy-variable substitution (only then can it carry marks; the check is skipped otherwise).
 */
export function globMatch(pattern: string, text: string, ignoreCase = false, marked = false): boolean {
  if (marked && hasLiteralMarks(pattern)) return wildcardMatch(pattern, markLiterals(text), ignoreCase);
  return wildcardMatch(pattern, text, ignoreCase);
}

/**
 * Action match: case-insensitive wildcard match of `service:Action`. `actionLower` is already lower case.
 * The literal head of the pattern is compared in place (ASCII case folding), so the common shapes
 * (`s3:GetObject`, `s3:Get*`, `sqs:*`) allocate nothing; anything else goes to the general matcher.
 */
export function actionMatches(pattern: string, actionLower: string): boolean {
  const pl = pattern.length;
  let i = 0;
  for (; i < pl; i++) {
    let c = pattern.charCodeAt(i);
    if (c === 42 /* * */ || c === 63 /* ? */) break;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== actionLower.charCodeAt(i)) return false;
  }
  if (i === pl) return actionLower.length === pl;
  if (i === pl - 1 && pattern.charCodeAt(i) === 42) return true;
  return wildcardMatch(pattern.toLowerCase(), actionLower, false);
}

/**
 * Splits an ARN into its six colon-separated components (`arn`, partition, service, region, account,
 * resource; the resource keeps any further colons). Undefined when `s` is not shaped like an ARN.
 */
export function splitArn(s: string): string[] | undefined {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < 5; i++) {
    const colon = s.indexOf(':', start);
    if (colon === -1) return undefined;
    parts.push(s.slice(start, colon));
    start = colon + 1;
  }
  parts.push(s.slice(start));
  return parts;
}

/**
 * The positions of the five colons that split an ARN into its six components (as splitArn splits it),
 * or undefined when `s` is not shaped like an ARN. Component i runs from `i === 0 ? 0 : colons[i - 1] + 1`
 * to `i === 5 ? s.length : colons[i]`: the request resource is split once this way and its components
 * are read in place, without building a string for each.
 */
export function arnColons(s: string): number[] | undefined {
  // One scan up to the fifth colon (early in an ARN) costs less than five indexOf calls.
  let c1 = -1;
  let c2 = -1;
  let c3 = -1;
  let c4 = -1;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 58 /* : */) {
      if (n === 4) return [c1, c2, c3, c4, i];
      if (n === 0) c1 = i;
      else if (n === 1) c2 = i;
      else if (n === 2) c3 = i;
      else c4 = i;
      n++;
    }
  }
  return undefined;
}

/** Whether the text whose colons are `colons` (see arnColons) is an ARN: its first component is `arn`. */
export function isArnAt(s: string, colons: number[] | undefined): colons is number[] {
  return colons !== undefined && colons[0] === 3 && s.startsWith('arn');
}

/**
 * ARN match as the Resource element and the Arn* condition operators do it: each of the six components
 * is matched separately, so a wildcard never spans a colon between components (it may span colons and
 * slashes inside the resource component). A bare `*` matches anything. When the text is not an ARN (a
 * request resource of `*`), the pattern is matched against the whole text.
 */
export function arnMatches(pattern: string, text: string, textParts?: string[], marked = false): boolean {
  if (pattern === '*' || pattern === text) return true;
  const star = pattern.indexOf('*');
  const question = pattern.indexOf('?');
  if (star === -1 && question === -1) {
    // A literal pattern matches only itself (unless it carries literal marks from a substitution).
    if (!marked || !hasLiteralMarks(pattern)) return false;
  } else if (question === -1 && star === pattern.length - 1 && colonsBefore(pattern, star) >= 5 && !(marked && hasLiteralMarks(pattern))) {
    // The common `arn:...:prefix*` shape: the only wildcard is a trailing `*` in the resource component.
    return text.startsWith(pattern.slice(0, star));
  }
  const t = textParts ?? splitArn(text);
  if (t === undefined || t[0] !== 'arn') return globMatch(pattern, text, false, marked);
  // Fast path: no wildcard in the first five components, so they must equal the text's literally.
  const head = t[0].length + t[1].length + t[2].length + t[3].length + t[4].length + 5;
  if (pattern.length >= head && pattern.charCodeAt(head - 1) === 58 /* : */ && pattern.startsWith(text.slice(0, head))) {
    // The heads are identical, so the pattern's first five colons are the text's: the rest is its resource part.
    return globMatch(pattern.slice(head), t[5], false, marked);
  }
  const p = splitArn(pattern);
  if (p === undefined) return false;
  for (let i = 0; i < 6; i++) {
    if (!globMatch(p[i], t[i], false, marked)) return false;
  }
  return true;
}

/** The number of colons in `s` before index `end` (counting stops at 5). */
function colonsBefore(s: string, end: number): number {
  let n = 0;
  let at = s.indexOf(':');
  while (at !== -1 && at < end && n < 5) {
    n++;
    at = s.indexOf(':', at + 1);
  }
  return n;
}

/** The account component of an ARN, when it has one (S3 bucket ARNs do not). */
export function arnAccount(s: string): string | undefined {
  const parts = splitArn(s);
  if (parts === undefined || parts[0] !== 'arn') return undefined;
  return parts[4] === '' ? undefined : parts[4];
}

/**
 * Whether a Resource pattern has a `*` that ends one of its first five ARN segments (the parts before
 * its fifth colon, or all of them when it has fewer). "If the * wildcard is the last character of a
 * resource ARN segment, it can expand to match beyond the colon boundaries" (IAM User Guide, "IAM JSON
 * policy elements: Resource"): such a pattern can match more than the per-component match allows.
 */
export function headStarExpands(pattern: string): boolean {
  let colons = 0;
  for (let i = 0; i < pattern.length && colons < 5; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 58 /* : */) colons++;
    else if (c === 42 /* * */ && (i + 1 === pattern.length || pattern.charCodeAt(i + 1) === 58)) return true;
  }
  return false;
}

/** State sets of expandedArnMatch, kept between calls (grown when a longer pattern comes). */
let NFA_CUR = new Uint8Array(64);
let NFA_NEXT = new Uint8Array(64);

/**
 * The Resource element's ARN match for a pattern where headStarExpands holds: in the first five segments
 * of the pattern a `*` or `?` stays inside its segment (matches no colon), except a `*` that ends its
 * segment, which may run across colons; after the pattern's fifth colon `*` and `?` match any character.
 * A pattern without such a star matches exactly what the per-component match (arnMatches) does. Matched
 * by a state-set simulation: O(pattern × text), no backtracking. With `marked`, the pattern's literal
 * marks (see LITERAL_STAR) stand for a literal `*` and `?`.
 */
export function expandedArnMatch(pattern: string, text: string, marked = false): boolean {
  const m = pattern.length;
  // Cheap rejections first: the literal text before the first wildcard starts the text, and the literal
  // text after the last one ends it.
  let head = 0;
  while (head < m) {
    const c = pattern.charCodeAt(head);
    if (c === 42 || c === 63) break;
    if (head >= text.length || literalCode(c, marked) !== text.charCodeAt(head)) return false;
    head++;
  }
  if (head === m) return m === text.length;
  let tail = 0;
  while (tail < m - head) {
    const c = pattern.charCodeAt(m - 1 - tail);
    if (c === 42 || c === 63) break;
    if (tail >= text.length || literalCode(c, marked) !== text.charCodeAt(text.length - 1 - tail)) return false;
    tail++;
  }
  if (NFA_CUR.length < m + 1) {
    NFA_CUR = new Uint8Array(m + 1);
    NFA_NEXT = new Uint8Array(m + 1);
  }
  let cur = NFA_CUR;
  let next = NFA_NEXT;
  cur.fill(0, 0, m + 1);
  cur[0] = 1;
  closeStars(pattern, cur);
  for (let j = 0; j < text.length; j++) {
    const ch = text.charCodeAt(j);
    next.fill(0, 0, m + 1);
    let colons = 0;
    let any = false;
    for (let k = 0; k < m; k++) {
      const c = pattern.charCodeAt(k);
      if (cur[k] === 1) {
        if (c === 42) {
          // A star in the first five segments matches no colon unless it ends its segment.
          if (ch !== 58 || colons >= 5 || k + 1 === m || pattern.charCodeAt(k + 1) === 58) {
            next[k] = 1;
            any = true;
          }
        } else if (c === 63) {
          if (ch !== 58 || colons >= 5) {
            next[k + 1] = 1;
            any = true;
          }
        } else if (literalCode(c, marked) === ch) {
          next[k + 1] = 1;
          any = true;
        }
      }
      if (c === 58) colons++;
    }
    if (!any) return false;
    closeStars(pattern, next);
    const swap = cur;
    cur = next;
    next = swap;
  }
  return cur[m] === 1;
}

/** Adds to a state set the states reached by letting stars match nothing. */
function closeStars(pattern: string, set: Uint8Array): void {
  for (let k = 0; k < pattern.length; k++) if (set[k] === 1 && pattern.charCodeAt(k) === 42) set[k + 1] = 1;
}

function literalCode(c: number, marked: boolean): number {
  if (!marked) return c;
  return c === 0xe000 ? 42 : c === 0xe001 ? 63 : c;
}
