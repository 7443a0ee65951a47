// JSONPath as Step Functions reads it: Paths (`InputPath`, `ItemsPath`, `…Path` operands, payload
// template values) and Reference Paths (`ResultPath`, `…SecondsPath`), which may only name one node.
// Roots are `$` (the state input), `$$` (the Context Object) or `$name` (a workflow variable).
// The checker is a hand-written scanner: linear in the path length, no regular-expression backtracking.

export interface PathProblem {
  message: string;
  /** Offset and length inside the path text. */
  offset: number;
  length: number;
}

export interface PathInfo {
  /** `$` input, `$$` context object, or a variable name. */
  root: 'input' | 'context' | 'variable';
  variable?: string;
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;

/**
 * Checks a JSONPath. `reference` restricts it to a Reference Path (no `*`, `..`, filters, slices or
 * unions). Returns the first problem, or the root it starts from.
 */
export function checkPath(text: string, reference: boolean): PathProblem | PathInfo {
  const n = text.length;
  if (n === 0 || text[0] !== '$') return { message: "a path must start with '$'", offset: 0, length: Math.min(n, 1) };
  let i = 1;
  let info: PathInfo = { root: 'input' };
  if (text[i] === '$') {
    info = { root: 'context' };
    i++;
  } else if (i < n && IDENT_START.test(text[i])) {
    const s = i;
    while (i < n && IDENT_PART.test(text[i])) i++;
    info = { root: 'variable', variable: text.slice(s, i) };
  }
  while (i < n) {
    const c = text[i];
    if (c === '.') {
      if (text[i + 1] === '.') {
        if (reference) return { message: "'..' (deep scan) is not allowed in a reference path", offset: i, length: 2 };
        i += 2;
        if (text[i] === '*') {
          i++;
          continue;
        }
        if (text[i] === '[') continue;
      } else {
        i++;
        // `$.[0]` and `$.['name']`: the dot before a bracket is tolerated (Jayway JSONPath accepts it).
        if (text[i] === '[') continue;
      }
      if (text[i] === '*') {
        if (reference) return { message: "'*' is not allowed in a reference path", offset: i, length: 1 };
        i++;
        continue;
      }
      const s = i;
      while (i < n && text[i] !== '.' && text[i] !== '[' && text[i] !== ']' && text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\n') i++;
      if (i === s) return { message: 'a field name is expected after the dot', offset: Math.max(0, s - 1), length: 1 };
      if (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) {
        // Trailing blanks after a complete path are tolerated (AWS trims them); blanks inside are not.
        if (text.slice(i).trim() === '') return info;
        return { message: 'unexpected whitespace in the path', offset: i, length: 1 };
      }
      continue;
    }
    if (c === '[') {
      const r = bracket(text, i, reference);
      if ('message' in r) return r;
      i = r.end;
      continue;
    }
    if ((c === ' ' || c === '\t' || c === '\n') && text.slice(i).trim() === '') return info;
    return { message: `unexpected '${c}' in the path`, offset: i, length: 1 };
  }
  return info;
}

function bracket(text: string, start: number, reference: boolean): PathProblem | { end: number } {
  const n = text.length;
  let i = start + 1;
  const c = text[i];
  if (c === "'" || c === '"') {
    const q = c;
    i++;
    while (i < n && text[i] !== q) i += text[i] === '\\' ? 2 : 1;
    if (i >= n) return { message: 'unterminated quoted name', offset: start, length: n - start };
    i++;
    if (text[i] === ',' && !reference) {
      // A union of names: ['a','b'].
      const close = text.indexOf(']', i);
      if (close < 0) return { message: "missing ']'", offset: start, length: n - start };
      return { end: close + 1 };
    }
    if (text[i] !== ']') return { message: "']' expected after the quoted name", offset: Math.min(i, n - 1), length: 1 };
    return { end: i + 1 };
  }
  if (c === '?' || c === '(') {
    if (reference) return { message: 'filter and script expressions are not allowed in a reference path', offset: i, length: 1 };
    // Balanced parentheses, quotes skipped.
    let depth = 0;
    let j = c === '?' ? i + 1 : i;
    if (text[j] !== '(') return { message: "'(' expected after '?'", offset: j, length: 1 };
    for (; j < n; j++) {
      const d = text[j];
      if (d === "'" || d === '"') {
        j++;
        while (j < n && text[j] !== d) j += text[j] === '\\' ? 2 : 1;
        continue;
      }
      if (d === '(') depth++;
      else if (d === ')') {
        depth--;
        if (depth === 0) break;
      }
    }
    if (depth !== 0 || j >= n) return { message: 'unbalanced parentheses in the filter expression', offset: i, length: n - i };
    j++;
    if (text[j] !== ']') return { message: "']' expected after the expression", offset: Math.min(j, n - 1), length: 1 };
    return { end: j + 1 };
  }
  const close = text.indexOf(']', i);
  if (close < 0) return { message: "missing ']'", offset: start, length: n - start };
  const inner = text.slice(i, close).trim();
  if (inner === '*') {
    if (reference) return { message: "'*' is not allowed in a reference path", offset: i, length: close - i };
    return { end: close + 1 };
  }
  if (/^-?\d+$/.test(inner)) return { end: close + 1 };
  if (!reference && /^(-?\d+)?:(-?\d+)?(:(-?\d+)?)?$/.test(inner)) return { end: close + 1 };
  if (!reference && /^-?\d+(\s*,\s*-?\d+)+$/.test(inner)) return { end: close + 1 };
  if (reference && /[:,]/.test(inner)) return { message: 'slices and unions are not allowed in a reference path', offset: i, length: close - i };
  return { message: `'[${inner}]' is not a valid index`, offset: start, length: close + 1 - start };
}

export function isPathProblem(r: PathProblem | PathInfo): r is PathProblem {
  return 'message' in r;
}
