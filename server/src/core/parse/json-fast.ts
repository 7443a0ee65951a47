// A fast path for the JSON most documents are: strict JSON with plain whitespace. It builds the very tree
// the tolerant jsonc-parser path of `parseJson` builds (same nodes, fields, offsets, duplicate-key problems),
// or declines (returns undefined) at the first thing outside that subset: a comment, a trailing comma, any
// syntax error, a control character in a string, whitespace other than space, tab, CR and LF, nesting
// deeper than MAX_NESTING, an empty document. `parseJson` then parses the text the tolerant way.
//
// Why: jsonc-parser's visitor makes a string for every token (whitespace included) and calls back per
// token; on a 1 MB template that was half of building the document model, most of it garbage collection.
// One pass over char codes, allocating only the nodes, replaces both it and the nesting pre-scan.

import { findDuplicateKeys } from './duplicates';
import type { ArrayNode, ObjectNode, ParseProblem, ParsedTree, PropertyNode, StringNode, ValueNode } from './tree';

/**
 * Builds a string node as the tolerant path does (an offset map only when the raw text has escapes).
 * Passed in by `parseJson`, with its nesting limit, because json.ts imports this module.
 */
export type MakeString = (text: string, value: string, offset: number, length: number) => StringNode;

const enum C {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Quote = 34,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  UpperE = 69,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  LowerE = 101,
  OpenBrace = 123,
  CloseBrace = 125,
}

/**
 * The value of the string literal `scanString` read last: its second result, kept here rather than in a
 * fresh object per string (the parse is synchronous; nothing else writes it).
 */
let scanned = '';

function isDigit(c: number): boolean {
  return c >= C.Zero && c <= C.Nine;
}

function skipWhitespace(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === C.Space || c === C.Lf || c === C.Cr || c === C.Tab) i++;
    else break;
  }
  return i;
}

/** Scans a string literal starting at its opening quote; sets `scanned` to its value. */
function scanString(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  let escaped = false;
  for (;;) {
    if (i >= n) return -1;
    const c = text.charCodeAt(i);
    if (c === C.Quote) break;
    if (c < 0x20) return -1;
    if (c === C.Backslash) {
      escaped = true;
      const e = text.charCodeAt(i + 1);
      if (e === 117 /* u */) {
        for (let k = 2; k < 6; k++) if (hexValue(text.charCodeAt(i + k)) < 0) return -1;
        i += 6;
      } else if (e === C.Quote || e === C.Backslash || e === C.Slash || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
        i += 2;
      } else return -1;
      continue;
    }
    i++;
  }
  scanned = escaped ? decode(text, start + 1, i) : text.slice(start + 1, i);
  return i + 1;
}

function hexValue(c: number): number {
  if (c >= C.Zero && c <= C.Nine) return c - C.Zero;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Decodes the (already validated) body of a string literal with escapes, as jsonc-parser does. */
function decode(text: string, from: number, to: number): string {
  let out = '';
  let run = from;
  let i = from;
  while (i < to) {
    if (text.charCodeAt(i) !== C.Backslash) {
      i++;
      continue;
    }
    out += text.slice(run, i);
    const e = text.charCodeAt(i + 1);
    switch (e) {
      case 117: {
        let v = 0;
        for (let k = 2; k < 6; k++) v = v * 16 + hexValue(text.charCodeAt(i + k));
        out += String.fromCharCode(v);
        i += 6;
        run = i;
        continue;
      }
      case 98: out += '\b'; break;
      case 102: out += '\f'; break;
      case 110: out += '\n'; break;
      case 114: out += '\r'; break;
      case 116: out += '\t'; break;
      default: out += String.fromCharCode(e); // " \ /
    }
    i += 2;
    run = i;
  }
  return out + text.slice(run, to);
}

/** Scans a number (JSON grammar exactly); returns its end or -1. */
function scanNumber(text: string, start: number): number {
  const n = text.length;
  let i = start;
  if (text.charCodeAt(i) === C.Minus) i++;
  if (i >= n) return -1;
  let c = text.charCodeAt(i);
  if (c === C.Zero) i++;
  else if (isDigit(c)) {
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  } else return -1;
  if (i < n && text.charCodeAt(i) === C.Dot) {
    i++;
    if (i >= n || !isDigit(text.charCodeAt(i))) return -1;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  c = text.charCodeAt(i);
  if (c === C.LowerE || c === C.UpperE) {
    i++;
    c = text.charCodeAt(i);
    if (c === 43 /* + */ || c === C.Minus) i++;
    if (i >= n || !isDigit(text.charCodeAt(i))) return -1;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Whether a keyword ends at `i`: jsonc-parser reads a keyword up to whitespace or punctuation. */
function keywordEnds(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === C.Space || c === C.Lf || c === C.Cr || c === C.Tab || c === C.Comma || c === C.CloseBrace || c === C.CloseBracket;
}

/**
 * Parses strict JSON into the node tree, or returns undefined (see the top of this file).
 * INVARIANT: whenever it returns a tree, the tree deep-equals the tolerant path's (test/unit/json-fast.test.ts).
 */
export function parseJsonFast(text: string, makeString: MakeString, maxNesting: number): ParsedTree | undefined {
  const n = text.length;
  const problems: ParseProblem[] = [];
  const stack: (ObjectNode | ArrayNode)[] = [];
  let root: ValueNode | undefined;
  // The property waiting for its value (the top of the stack is then its object).
  let pending: PropertyNode | undefined;
  let i = skipWhitespace(text, 0);
  if (i >= n) return undefined;

  for (;;) {
    // A value starts at i.
    const c = text.charCodeAt(i);
    let node: ValueNode;
    let container = false;
    if (c === C.OpenBrace) {
      node = { type: 'object', offset: i, length: 0, parent: undefined, properties: [] };
      container = true;
      i++;
    } else if (c === C.OpenBracket) {
      node = { type: 'array', offset: i, length: 0, parent: undefined, items: [] };
      container = true;
      i++;
    } else if (c === C.Quote) {
      const end = scanString(text, i);
      if (end < 0) return undefined;
      node = makeString(text, scanned, i, end - i);
      i = end;
    } else if (c === C.Minus || isDigit(c)) {
      const end = scanNumber(text, i);
      if (end < 0) return undefined;
      const raw = text.slice(i, end);
      node = { type: 'number', offset: i, length: end - i, parent: undefined, value: Number(raw), raw };
      i = end;
    } else if (c === 116 && text.startsWith('true', i) && keywordEnds(text, i + 4)) {
      node = { type: 'boolean', offset: i, length: 4, parent: undefined, value: true };
      i += 4;
    } else if (c === 102 && text.startsWith('false', i) && keywordEnds(text, i + 5)) {
      node = { type: 'boolean', offset: i, length: 5, parent: undefined, value: false };
      i += 5;
    } else if (c === 110 && text.startsWith('null', i) && keywordEnds(text, i + 4)) {
      node = { type: 'null', offset: i, length: 4, parent: undefined, value: null };
      i += 4;
    } else return undefined;

    // Attach it where the tolerant path does: to the pending property, the open array, or as the root.
    const top = stack.length === 0 ? undefined : stack[stack.length - 1];
    if (top === undefined) root = node;
    else if (top.type === 'array') {
      node.parent = top;
      top.items.push(node);
    } else {
      const p = pending!;
      node.parent = p;
      p.value = node;
      p.length = node.offset + node.length - p.offset;
      pending = undefined;
    }

    if (container) {
      if (stack.length >= maxNesting) return undefined;
      stack.push(node as ObjectNode | ArrayNode);
      i = skipWhitespace(text, i);
      const close = text.charCodeAt(i);
      if (node.type === 'object') {
        if (close === C.CloseBrace) i = closeContainer(stack, i, problems);
        else {
          i = readKey(text, i, node, makeString);
          if (i < 0) return undefined;
          pending = node.properties[node.properties.length - 1];
          continue;
        }
      } else if (close === C.CloseBracket) i = closeContainer(stack, i, problems);
      else continue;
    }

    // After a value: a comma and the next entry, or the end of containers.
    for (;;) {
      i = skipWhitespace(text, i);
      const open = stack.length === 0 ? undefined : stack[stack.length - 1];
      if (open === undefined) return i === n ? { format: 'json', root, problems, comments: [] } : undefined;
      const d = text.charCodeAt(i);
      if (d === C.Comma) {
        i = skipWhitespace(text, i + 1);
        if (open.type === 'object') {
          i = readKey(text, i, open, makeString);
          if (i < 0) return undefined;
          pending = open.properties[open.properties.length - 1];
        }
        break;
      }
      if (d === (open.type === 'object' ? C.CloseBrace : C.CloseBracket)) i = closeContainer(stack, i, problems);
      else return undefined;
    }
  }
}

/**
 * Reads `"key" :` at i into a new property of `obj` and returns where its value starts (after
 * whitespace), or -1.
 */
function readKey(text: string, i: number, obj: ObjectNode, makeString: MakeString): number {
  if (text.charCodeAt(i) !== C.Quote) return -1;
  const end = scanString(text, i);
  if (end < 0) return -1;
  const key = makeString(text, scanned, i, end - i);
  const prop: PropertyNode = { type: 'property', offset: i, length: end - i, parent: obj, key, value: undefined };
  key.parent = prop;
  obj.properties.push(prop);
  const colon = skipWhitespace(text, end);
  if (text.charCodeAt(colon) !== C.Colon) return -1;
  return skipWhitespace(text, colon + 1);
}

/** Closes the container on top of the stack at its closing bracket `i`; returns the offset after it. */
function closeContainer(stack: (ObjectNode | ArrayNode)[], i: number, problems: ParseProblem[]): number {
  const c = stack.pop()!;
  c.length = i + 1 - c.offset;
  // The owning property was sized when the container opened; it ends where the container ends.
  const p = c.parent;
  if (p !== undefined && p.type === 'property') p.length = c.offset + c.length - p.offset;
  if (c.type === 'object' && c.properties.length > 1) findDuplicateKeys(c, problems);
  return i + 1;
}
