// A hand-written positioned parser for the YAML that CloudFormation/SAM templates, policies and state
// machines are written in: block mappings and sequences (compact forms included), plain, quoted and
// literal block scalars, single-line flow collections, comments and CloudFormation short-form tags.
// It builds exactly the tree that the `yaml`-based path (yaml.ts) builds, about ten times faster, and
// declines (returns undefined) on anything outside that subset or anything malformed, so the `yaml`
// package still decides every hard case: anchors and aliases, folded and multi-line scalars,
// multi-line flow, directives, several documents, tabs, errors. A differential test holds the two
// paths equal on the shared corpus and on generated templates.

import { ArrayNode, ObjectNode, ParseProblem, PropertyNode, StringNode, ValueNode } from './tree';
import { findDuplicateKeys } from './duplicates';

/** Thrown inside the parser to give the document to the `yaml` path. */
class Decline extends Error {}

const decline = (): never => {
  throw new Decline();
};

const SP = 32;
const NL = 10;
const HASH = 35;
const DASH = 45;
const COLON = 58;

/** Plain scalars that the core schema reads as something other than a string. */
const NULL_RE = /^(?:~|[Nn]ull|NULL)$/;
const TRUE_RE = /^(?:[Tt]rue|TRUE)$/;
const FALSE_RE = /^(?:[Ff]alse|FALSE)$/;
const INT_RE = /^[-+]?[0-9]+$/;
const OCT_RE = /^0o[0-7]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL_FLOAT_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

export interface FastYamlHooks {
  /** Wraps a node written with a CloudFormation short-form tag into its long form. */
  wrapTag(tag: string, inner: ValueNode): ObjectNode;
  /** Offset map of a decoded scalar (same as the `yaml` path's). */
  scalarNode(value: string, offset: number, length: number, style: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL'): StringNode;
  isShortTag(tag: string): boolean;
}

/** The tree of `text`, or undefined when the document is outside the subset (the caller falls back). */
export function parseYamlFast(text: string, hooks: FastYamlHooks, zones: number[]): { root: ValueNode | undefined; problems: ParseProblem[] } | undefined {
  try {
    return new FastParser(text, hooks, zones).parse();
  } catch (e) {
    if (e instanceof Decline) return undefined;
    throw e;
  }
}

class FastParser {
  private readonly problems: ParseProblem[] = [];

  constructor(
    private readonly text: string,
    private readonly hooks: FastYamlHooks,
    private readonly zones: number[],
  ) {}

  parse(): { root: ValueNode | undefined; problems: ParseProblem[] } {
    const t = this.text;
    // Cheap refusals of whole features the subset leaves to the `yaml` package.
    if (t.includes('\t') || t.includes('\r') || /(^|\n)(---|\.\.\.|%)/.test(t) || /(^|[\s\[{,])[&*][^\s]/.test(t)) decline();
    // The `yaml` package lets a comment line indented deeper than the next content line join the
    // range of a collection that ends there; the subset has no such comments.
    if (commentDeeperThanNext(t)) decline();
    const first = this.nextContentLine(0);
    if (first < 0) decline();
    const col = this.indentAt(first);
    const { node, end, rangeEnd } = this.blockNode(first + col, col, -1);
    // Nothing may follow the root (a less-indented line would be a second root). Where trailing
    // comments belong to depends on what precedes them in the `yaml` package: leave those to it.
    if (this.nextContentLine(end) >= 0 || t.indexOf('#', end) >= 0) decline();
    if (node.type === 'object' || node.type === 'array') node.length = rangeEnd - node.offset;
    return { root: node, problems: this.problems };
  }

  // ---------- Lines ----------

  private lineEnd(pos: number): number {
    const nl = this.text.indexOf('\n', pos);
    return nl < 0 ? this.text.length : nl;
  }

  /** Offset just past the line holding `pos` (after its newline). */
  private afterLine(pos: number): number {
    const nl = this.text.indexOf('\n', pos);
    return nl < 0 ? this.text.length : nl + 1;
  }

  private indentAt(lineStart: number): number {
    let i = lineStart;
    while (this.text.charCodeAt(i) === SP) i++;
    return i - lineStart;
  }

  /** Start of the first line at or after `pos` (a line start) that is neither blank nor a comment; -1 at the end. */
  private nextContentLine(pos: number): number {
    const t = this.text;
    let ls = pos;
    while (ls < t.length) {
      let i = ls;
      while (t.charCodeAt(i) === SP) i++;
      const c = t.charCodeAt(i);
      if (i < t.length && c !== NL && c !== HASH) return ls;
      const nl = t.indexOf('\n', i);
      if (nl < 0) return -1;
      ls = nl + 1;
    }
    return -1;
  }

  /** After a value ending at `pos`: only spaces and an optional comment may remain on the line. */
  private restOfLine(pos: number): number {
    const t = this.text;
    let i = pos;
    while (t.charCodeAt(i) === SP) i++;
    if (i >= t.length) return t.length;
    const c = t.charCodeAt(i);
    if (c === NL) return i + 1;
    if (c === HASH && (i === pos ? i === 0 || t.charCodeAt(i - 1) === SP : true)) return this.afterLine(i);
    return decline();
  }

  // ---------- Block structure ----------

  /**
   * The node starting at `pos` (column `col`, possibly mid-line after `- `). `parentCol` is the column of
   * the enclosing block (-1 at the root). Returns the node and the offset where its lines end.
   */
  private blockNode(pos: number, col: number, parentCol: number): { node: ValueNode; end: number; rangeEnd: number } {
    const t = this.text;
    const c = t.charCodeAt(pos);
    if (c === DASH && this.isSpaceOrEnd(pos + 1)) return this.sequence(pos, col);
    if (this.keyEnd(pos) >= 0) return this.mapping(pos, col);
    if (parentCol >= 0) decline();
    const v = this.inlineValue(pos, col, false);
    return { node: v.node, end: v.end, rangeEnd: v.rangeEnd ?? v.end };
  }

  private isSpaceOrEnd(i: number): boolean {
    const c = this.text.charCodeAt(i);
    return i >= this.text.length || c === SP || c === NL;
  }

  /** If a mapping key starts at `pos`, the offset of its colon; else -1. */
  private keyEnd(pos: number): number {
    const t = this.text;
    const c = t.charCodeAt(pos);
    if (c === 34 || c === 39) {
      const close = this.quotedEnd(pos);
      if (close < 0) return -1;
      let i = close;
      while (t.charCodeAt(i) === SP) i++;
      return t.charCodeAt(i) === COLON && this.isSpaceOrEnd(i + 1) ? i : -1;
    }
    // A flow collection or a tag is a value, never a key of the subset.
    if (c === 91 || c === 123 || c === 33) return -1;
    const le = this.lineEnd(pos);
    for (let i = pos; i < le; i++) {
      const ch = t.charCodeAt(i);
      if (ch === COLON && this.isSpaceOrEnd(i + 1)) return i;
      if (ch === HASH && t.charCodeAt(i - 1) === SP) return -1;
    }
    return -1;
  }

  private mapping(pos: number, col: number): { node: ObjectNode; end: number; rangeEnd: number } {
    const t = this.text;
    const obj: ObjectNode = { type: 'object', offset: pos, length: 0, parent: undefined, properties: [] };
    let at = pos;
    let end = pos;
    // Where the next line is searched from (past the line of an empty value, whose range ends at its colon).
    let cursor = pos;
    for (;;) {
      const colon = this.keyEnd(at);
      if (colon < 0) decline();
      const key = this.key(at, colon);
      let valueStart = colon + 1;
      while (t.charCodeAt(valueStart) === SP) valueStart++;
      let value: ValueNode | undefined;
      const c = t.charCodeAt(valueStart);
      if (valueStart >= t.length || c === NL || (c === HASH && t.charCodeAt(valueStart - 1) === SP)) {
        const after = this.restOfLine(colon + 1);
        const next = this.nextContentLine(after);
        const nextCol = next >= 0 ? this.indentAt(next) : -1;
        if (next >= 0 && (nextCol > col || (nextCol === col && t.charCodeAt(next + nextCol) === DASH && this.isSpaceOrEnd(next + nextCol + 1)))) {
          const r = this.blockNode(next + nextCol, nextCol, col);
          value = r.node;
          end = r.rangeEnd;
          cursor = r.end;
        } else {
          // `Key:` with nothing after it: a null where the value would start.
          value = { type: 'null', offset: valueStart, length: 0, parent: undefined, value: null };
          end = valueStart;
          cursor = after;
        }
      } else {
        const r = this.inlineValue(valueStart, col, true);
        value = r.node;
        end = r.rangeEnd ?? r.end;
        cursor = r.end;
      }
      const prop: PropertyNode = { type: 'property', offset: key.offset, length: value.offset + value.length - key.offset, parent: obj, key, value };
      key.parent = prop;
      value.parent = prop;
      obj.properties.push(prop);
      const next = this.nextContentLine(cursor);
      if (next < 0) break;
      const nextCol = this.indentAt(next);
      if (nextCol < col) break;
      if (nextCol > col) decline();
      at = next + nextCol;
    }
    obj.length = end - obj.offset;
    if (obj.properties.length > 1) findDuplicateKeys(obj, this.problems);
    return { node: obj, end: cursor, rangeEnd: end };
  }

  private sequence(pos: number, col: number): { node: ArrayNode; end: number; rangeEnd: number } {
    const t = this.text;
    const arr: ArrayNode = { type: 'array', offset: pos, length: 0, parent: undefined, items: [] };
    let at = pos;
    let end = pos;
    let cursor = pos;
    for (;;) {
      if (!(t.charCodeAt(at) === DASH && this.isSpaceOrEnd(at + 1))) decline();
      let itemStart = at + 1;
      while (t.charCodeAt(itemStart) === SP) itemStart++;
      const c = t.charCodeAt(itemStart);
      let item: ValueNode | undefined;
      if (itemStart >= t.length || c === NL || (c === HASH && t.charCodeAt(itemStart - 1) === SP)) {
        const after = this.restOfLine(at + 1);
        const next = this.nextContentLine(after);
        const nextCol = next >= 0 ? this.indentAt(next) : -1;
        if (next >= 0 && nextCol > col) {
          const r = this.blockNode(next + nextCol, nextCol, col);
          item = r.node;
          end = r.rangeEnd;
          cursor = r.end;
        } else {
          // `-` alone is a null item where the item would start.
          item = { type: 'null', offset: itemStart, length: 0, parent: undefined, value: null };
          end = itemStart;
          cursor = after;
        }
      } else {
        const itemCol = itemStart - (t.lastIndexOf('\n', itemStart - 1) + 1);
        if ((c === DASH && this.isSpaceOrEnd(itemStart + 1)) || this.keyEnd(itemStart) >= 0) {
          const r = this.blockNode(itemStart, itemCol, col);
          item = r.node;
          end = r.rangeEnd;
          cursor = r.end;
        } else {
          const r = this.inlineValue(itemStart, col, false);
          item = r.node;
          end = r.rangeEnd ?? r.end;
          cursor = r.end;
        }
      }
      if (item !== undefined) {
        item.parent = arr;
        arr.items.push(item);
      }
      const next = this.nextContentLine(cursor);
      if (next < 0) break;
      const nextCol = this.indentAt(next);
      if (nextCol < col) break;
      if (nextCol > col) decline();
      if (!(t.charCodeAt(next + nextCol) === DASH && this.isSpaceOrEnd(next + nextCol + 1))) break;
      at = next + nextCol;
    }
    arr.length = end - arr.offset;
    return { node: arr, end: cursor, rangeEnd: end };
  }

  // ---------- Values on one line ----------

  /** A value starting at `pos` on a line whose block is at column `col`; ends with its line(s). */
  private inlineValue(pos: number, col: number, inMap: boolean, tagged = false): { node: ValueNode; end: number; rangeEnd?: number } {
    const t = this.text;
    const c = t.charCodeAt(pos);
    if (c === 33 /* ! */) {
      let i = pos;
      while (i < t.length && t.charCodeAt(i) !== SP && t.charCodeAt(i) !== NL) i++;
      const tag = t.slice(pos, i);
      if (!this.hooks.isShortTag(tag)) decline();
      let j = i;
      while (t.charCodeAt(j) === SP) j++;
      const d = t.charCodeAt(j);
      if (j >= t.length || d === NL || (d === HASH && j > i)) {
        // A tagged block collection on the following lines.
        const after = this.restOfLine(i);
        const next = this.nextContentLine(after);
        if (next < 0) decline();
        const nextCol = this.indentAt(next);
        if (!(nextCol > col || (inMap && nextCol === col && t.charCodeAt(next + nextCol) === DASH))) decline();
        const r = this.blockNode(next + nextCol, nextCol, col);
        if (r.node.type !== 'object' && r.node.type !== 'array') decline();
        return { node: this.hooks.wrapTag(tag, r.node), end: r.end, rangeEnd: r.rangeEnd };
      }
      if (j === i) decline();
      if (d === 33 || d === DASH) decline();
      const r = this.inlineValue(j, col, inMap, true);
      return { node: this.hooks.wrapTag(tag, r.node), end: r.end, rangeEnd: r.rangeEnd };
    }
    if (c === 124 /* | */) return this.blockScalar(pos, col);
    if (c === 62 /* > */ || c === 38 || c === 42 || c === 63 || c === 64 || c === 96 || c === 37) decline();
    if (c === 91 || c === 123) {
      const r = this.flow(pos);
      return { node: r.node, end: this.restOfLine(r.end) };
    }
    if (c === 34 || c === 39) {
      const close = this.quotedEnd(pos);
      if (close < 0) decline();
      const node = this.quoted(pos, close);
      return { node, end: this.restOfLine(close) };
    }
    // Plain scalar: to the end of the line or a comment; trailing spaces are not part of it.
    const le = this.lineEnd(pos);
    let e = pos;
    for (let i = pos; i < le; i++) {
      const ch = t.charCodeAt(i);
      if (ch === HASH && t.charCodeAt(i - 1) === SP) break;
      if (ch === COLON && this.isSpaceOrEnd(i + 1)) decline();
      if (ch !== SP) e = i + 1;
    }
    if (c === DASH && this.isSpaceOrEnd(pos + 1)) decline();
    const end = this.restOfLine(e);
    // A more-indented line after a plain scalar would continue it (a multi-line scalar).
    const next = this.nextContentLine(end);
    if (next >= 0 && this.indentAt(next) > col) decline();
    return { node: this.plain(pos, e, tagged), end };
  }

  /** A plain scalar; with a tag (`!Ref 123`) it stays a string, as the `yaml` package leaves it. */
  private plain(start: number, end: number, tagged = false): ValueNode {
    const raw = this.text.slice(start, end);
    const first = raw.charCodeAt(0);
    if (',[]{}#&*!|>\'"%@`'.includes(raw[0]) || ((first === 63 || first === COLON) && (raw.length === 1 || raw.charCodeAt(1) === SP))) decline();
    const length = end - start;
    if (tagged) return this.hooks.scalarNode(raw, start, length, 'PLAIN');
    if (NULL_RE.test(raw)) return { type: 'null', offset: start, length, parent: undefined, value: null };
    if (TRUE_RE.test(raw)) return { type: 'boolean', offset: start, length, parent: undefined, value: true };
    if (FALSE_RE.test(raw)) return { type: 'boolean', offset: start, length, parent: undefined, value: false };
    if (INT_RE.test(raw) || FLOAT_RE.test(raw)) return { type: 'number', offset: start, length, parent: undefined, value: Number(raw), raw };
    if (OCT_RE.test(raw) || HEX_RE.test(raw) || SPECIAL_FLOAT_RE.test(raw)) decline();
    return this.hooks.scalarNode(raw, start, length, 'PLAIN');
  }

  private key(start: number, colon: number): StringNode {
    const t = this.text;
    const c = t.charCodeAt(start);
    if (c === 34 || c === 39) {
      const close = this.quotedEnd(start);
      const node = this.quoted(start, close);
      if (node.type !== 'string') decline();
      return node as StringNode;
    }
    let e = colon;
    while (e > start && t.charCodeAt(e - 1) === SP) e--;
    if (e === start) decline();
    const node = this.plain(start, e);
    if (node.type !== 'string') decline();
    return node as StringNode;
  }

  /** Offset just past the closing quote of a single-line quoted scalar at `pos`, or -1. */
  private quotedEnd(pos: number): number {
    const t = this.text;
    const q = t.charCodeAt(pos);
    for (let i = pos + 1; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === NL) return -1;
      if (q === 34 && c === 92) {
        i++;
        continue;
      }
      if (c === q) {
        if (q === 39 && t.charCodeAt(i + 1) === 39) {
          i++;
          continue;
        }
        return i + 1;
      }
    }
    return -1;
  }

  private quoted(start: number, end: number): ValueNode {
    const t = this.text;
    const dq = t.charCodeAt(start) === 34;
    const inner = t.slice(start + 1, end - 1);
    const value = dq ? decodeDoubleQuoted(inner) : inner.replace(/''/g, "'");
    this.zones.push(start, end);
    return this.hooks.scalarNode(value, start, end - start, dq ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE');
  }

  /** A literal block scalar (`|`, `|-`); folded, keep and explicit-indentation forms are declined. */
  private blockScalar(pos: number, col: number): { node: ValueNode; end: number } {
    const t = this.text;
    let i = pos + 1;
    let strip = false;
    if (t.charCodeAt(i) === DASH) {
      strip = true;
      i++;
    }
    const headerEnd = this.restOfLine(i);
    if (headerEnd >= t.length) decline();
    // The first non-blank line sets the indentation.
    let ls = headerEnd;
    let indent = -1;
    while (ls < t.length) {
      const ind = this.indentAt(ls);
      const c = t.charCodeAt(ls + ind);
      if (ls + ind >= t.length) break;
      if (c !== NL) {
        indent = ind;
        break;
      }
      if (ind > 0) decline();
      ls += ind + 1;
    }
    if (indent <= col) decline();
    const lines: string[] = [];
    let lastContentEnd = -1;
    let pendingBlank = 0;
    ls = headerEnd;
    while (ls < t.length) {
      const ind = this.indentAt(ls);
      const le = this.lineEnd(ls);
      if (ls + ind === le) {
        if (ind > indent) decline();
        pendingBlank++;
        ls = le + 1;
        continue;
      }
      if (ind < indent) break;
      for (; pendingBlank > 0; pendingBlank--) lines.push('');
      lines.push(t.slice(ls + indent, le));
      if (le >= t.length) decline();
      lastContentEnd = le + 1;
      ls = le + 1;
    }
    if (lastContentEnd < 0) decline();
    const value = lines.join('\n') + (strip ? '' : '\n');
    const node = this.hooks.scalarNode(value, pos, lastContentEnd - pos, 'BLOCK_LITERAL');
    this.zones.push(pos, lastContentEnd);
    return { node, end: lastContentEnd };
  }

  // ---------- Flow collections (one line) ----------

  private flow(pos: number): { node: ValueNode; end: number } {
    const t = this.text;
    const open = t.charCodeAt(pos);
    const close = open === 91 ? 93 : 125;
    const node: ObjectNode | ArrayNode = open === 91 ? { type: 'array', offset: pos, length: 0, parent: undefined, items: [] } : { type: 'object', offset: pos, length: 0, parent: undefined, properties: [] };
    let i = this.skipFlowSpace(pos + 1);
    if (t.charCodeAt(i) === close) {
      node.length = i + 1 - pos;
      return { node, end: i + 1 };
    }
    for (;;) {
      if (node.type === 'array') {
        const item = this.flowScalarOrCollection(i, false);
        item.node.parent = node;
        node.items.push(item.node);
        i = item.end;
      } else {
        const k = this.flowScalarOrCollection(i, true);
        if (k.node.type !== 'string') decline();
        const key = k.node as StringNode;
        i = this.skipFlowSpace(k.end);
        if (t.charCodeAt(i) !== COLON) decline();
        i = this.skipFlowSpace(i + 1);
        const v = this.flowScalarOrCollection(i, false);
        const prop: PropertyNode = { type: 'property', offset: key.offset, length: v.node.offset + v.node.length - key.offset, parent: node, key, value: v.node };
        key.parent = prop;
        v.node.parent = prop;
        node.properties.push(prop);
        i = v.end;
      }
      i = this.skipFlowSpace(i);
      const c = t.charCodeAt(i);
      if (c === 44) {
        i = this.skipFlowSpace(i + 1);
        if (t.charCodeAt(i) === close) decline();
        continue;
      }
      if (c === close) break;
      decline();
    }
    node.length = i + 1 - pos;
    if (node.type === 'object' && node.properties.length > 1) findDuplicateKeys(node, this.problems);
    return { node, end: i + 1 };
  }

  private skipFlowSpace(i: number): number {
    while (this.text.charCodeAt(i) === SP) i++;
    if (this.text.charCodeAt(i) === NL || i >= this.text.length) decline();
    return i;
  }

  private flowScalarOrCollection(i: number, isKey: boolean, tagged = false): { node: ValueNode; end: number } {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === 91 || c === 123) return this.flow(i);
    if (c === 34 || c === 39) {
      const close = this.quotedEnd(i);
      if (close < 0) decline();
      return { node: this.quoted(i, close), end: close };
    }
    if (c === 33 && !isKey) {
      let j = i;
      while (j < t.length && t.charCodeAt(j) !== SP && t.charCodeAt(j) !== NL && t.charCodeAt(j) !== 44 && t.charCodeAt(j) !== 93 && t.charCodeAt(j) !== 125) j++;
      const tag = t.slice(i, j);
      if (!this.hooks.isShortTag(tag) || t.charCodeAt(j) !== SP) decline();
      const inner = this.flowScalarOrCollection(this.skipFlowSpace(j), false, true);
      return { node: this.hooks.wrapTag(tag, inner.node), end: inner.end };
    }
    let j = i;
    let e = i;
    for (; j < t.length; j++) {
      const ch = t.charCodeAt(j);
      if (ch === NL || ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125) break;
      if (ch === COLON && (this.isSpaceOrEnd(j + 1) || t.charCodeAt(j + 1) === 44)) break;
      if (ch === HASH && t.charCodeAt(j - 1) === SP) decline();
      if (ch !== SP) e = j + 1;
    }
    if (e === i) decline();
    return { node: this.plain(i, e, tagged), end: e };
  }
}

/** Whether some comment line is indented deeper than the content line that follows it. */
function commentDeeperThanNext(t: string): boolean {
  let maxComment = -1;
  let ls = 0;
  while (ls < t.length) {
    let i = ls;
    while (t.charCodeAt(i) === SP) i++;
    const c = t.charCodeAt(i);
    if (c === HASH) maxComment = Math.max(maxComment, i - ls);
    else if (i < t.length && c !== NL) {
      if (maxComment > i - ls) return true;
      maxComment = -1;
    }
    const nl = t.indexOf('\n', i);
    if (nl < 0) break;
    ls = nl + 1;
  }
  return false;
}

const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029', '\t': '\t' };

function decodeDoubleQuoted(s: string): string {
  if (!s.includes('\\')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = s[++i];
    if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = s.slice(i + 1, i + 1 + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) decline();
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) decline();
      out += e === 'U' ? String.fromCodePoint(cp) : String.fromCharCode(cp);
      i += n;
      continue;
    }
    const r = ESCAPES[e];
    if (r === undefined) decline();
    out += r;
  }
  return out;
}
