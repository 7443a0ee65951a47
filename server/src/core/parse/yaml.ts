// YAML (CloudFormation/SAM templates, YAML policies and state machines) into the shared node tree.
// CloudFormation short-form tags are read as their long forms: `!GetAtt A.Arn` becomes the object
// `{"Fn::GetAtt": "A.Arn"}` whose key node spans the tag text, so a rule written for JSON templates
// works unchanged on YAML and its findings land on the characters the user wrote.

import { parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
import type { Node as YNode } from 'yaml';
import {
  ArrayNode,
  Comment,
  ObjectNode,
  OffsetMap,
  ParseProblem,
  ParsedTree,
  PropertyNode,
  StringNode,
  ValueNode,
} from './tree';
import { findDuplicateKeys } from './duplicates';
import { graft, isolate, maskUnderIndented } from './yaml-lenient';
import { FastYamlHooks, parseYamlFast } from './yaml-fast';

/** Short-form tag → long-form key. */
export const CFN_SHORT_TAGS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!GetAtt': 'Fn::GetAtt',
  '!Sub': 'Fn::Sub',
  '!Join': 'Fn::Join',
  '!If': 'Fn::If',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!ImportValue': 'Fn::ImportValue',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!Transform': 'Fn::Transform',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Length': 'Fn::Length',
  '!ForEach': 'Fn::ForEach',
  '!GetParam': 'Fn::GetParam',
  '!Rain::Embed': 'Rain::Embed',
};

/** Aliases expand to copies; beyond this many copied nodes (an alias bomb) they expand to null. */
const MAX_ALIAS_NODES = 100_000;
const MAX_DEPTH = 1000;

export interface YamlParseOptions {
  /** Skip the hand-written parser (the differential test compares the two paths). */
  slowPath?: boolean;
}

export function parseYaml(text: string, options: YamlParseOptions = {}): ParsedTree {
  const noCommentZones: number[] = []; // flat [start, end, start, end, ...] of quoted/block scalars
  const depth = yamlNestingDepth(text);
  if (depth > MAX_DEPTH) return tooDeep(text, depth);
  // The common case (templates and policies in plain block style) takes the hand-written parser.
  const fast = options.slowPath ? undefined : parseYamlFast(text, fastHooks(text), noCommentZones);
  if (fast !== undefined) return { format: 'yaml', root: fast.root, problems: fast.problems, comments: scanComments(text, noCommentZones) };
  noCommentZones.length = 0;
  const slow = parseYamlSlow(text, text, depth, noCommentZones);
  if (slow.problems.some((p) => p.code === 'syntax')) {
    // CloudFormation (PyYAML) accepts multi-line quoted scalars and flow collections whose continuation
    // lines are not indented past the key (`PolicyDocument: !Sub '{` ... `}'`); the `yaml` package does
    // not. Retry with such values masked and parsed on their own: same offsets, no false syntax errors.
    const lenient = maskUnderIndented(text);
    if (lenient !== undefined) {
      const zones: number[] = [];
      const retry = parseYamlSlow(lenient.masked, text, depth, zones);
      const parts = lenient.regions.map((r) => parseYamlSlow(isolate(text, r.start, r.end), text, depth, zones));
      const before = slow.problems.filter((p) => p.code === 'syntax').length;
      const after = [retry, ...parts].reduce((n, t) => n + t.problems.filter((p) => p.code === 'syntax').length, 0);
      if (after < before) {
        graft(retry.root, lenient.regions, parts.map((p) => p.root));
        const aliased = retry.aliased || parts.some((t) => t.aliased);
        return { format: 'yaml', root: retry.root, problems: [retry, ...parts].flatMap((t) => t.problems), comments: scanComments(text, zones), ...(aliased ? { aliased } : {}) };
      }
    }
  }
  return { format: 'yaml', root: slow.root, problems: slow.problems, comments: scanComments(text, noCommentZones), ...(slow.aliased ? { aliased: true } : {}) };
}

/**
 * The `yaml` package path: parses `source` (the text, or a masked copy with the same offsets) and
 * converts its AST, reading string values from `text`.
 */
function parseYamlSlow(source: string, text: string, depth: number, noCommentZones: number[]): { root: ValueNode | undefined; problems: ParseProblem[]; aliased?: boolean } {
  const problems: ParseProblem[] = [];
  let root: ValueNode | undefined;
  let docs;
  try {
    docs = parseAllDocuments(source, { uniqueKeys: false, strict: false, prettyErrors: false, merge: false });
  } catch (e) {
    if (e instanceof RangeError) return tooDeep(text, depth);
    problems.push({ code: 'syntax', message: `YAML could not be parsed: ${(e as Error).message}`, offset: 0, length: Math.min(1, text.length) });
    return { root: undefined, problems };
  }
  const docList = Array.isArray(docs) ? docs : [];
  const first = docList.find((d) => d.contents !== null) ?? docList[0];
  // The `yaml` package recurses per nesting level and reports a stack overflow as an ordinary error
  // whose position depends on the stack size: refuse such documents the same way every time.
  if (docList.some((d) => d.errors.some((e) => /call stack/i.test(e.message)))) return tooDeep(text, depth);
  if (first !== undefined) {
    for (const err of first.errors) {
      let [s, e] = err.pos;
      if (s >= text.length) {
        // Errors at the end of the text ("missing closing quote") point at the last visible character.
        s = text.length - 1;
        while (s > 0 && /\s/.test(text[s])) s--;
        e = s + 1;
      }
      problems.push({ code: 'syntax', message: cleanYamlMessage(err.message), offset: Math.max(0, s), length: Math.max(1, Math.min(e, text.length) - s) });
    }
    for (const w of first.warnings) {
      if (w.code === 'TAG_RESOLVE_FAILED') continue; // CloudFormation tags are handled below.
      const [s, e] = w.pos;
      problems.push({ code: 'yaml-warning', message: cleanYamlMessage(w.message), offset: s, length: Math.max(1, e - s) });
    }
    const conv = new Converter(text, problems, noCommentZones);
    if (first.contents !== null) {
      try {
        root = conv.convert(first.contents as YNode, 0);
      } catch (e) {
        problems.push({ code: 'syntax', message: `YAML could not be read: ${(e as Error).message}`, offset: 0, length: Math.min(1, text.length) });
        root = undefined;
      }
    }
    if (conv.aliased) return { root, problems, aliased: true };
  }
  return { root, problems };
}

function tooDeep(text: string, depth: number): ParsedTree {
  const message = depth > MAX_DEPTH ? `The document is nested ${depth} levels deep; awspolicy analyses at most ${MAX_DEPTH} levels.` : `The document is nested too deeply; awspolicy analyses at most ${MAX_DEPTH} levels.`;
  return { format: 'yaml', root: undefined, problems: [{ code: 'syntax', message, offset: 0, length: Math.min(1, text.length) }], comments: [] };
}

/**
 * An upper estimate of YAML nesting, linear in the text: flow brackets outside quotes and comments,
 * plus block levels opened on one line (`- - - x`, `a: b: c`). Keeps adversarial nesting away from the
 * recursive parser, as `maxNestingDepth` does for JSON.
 */
export function yamlNestingDepth(text: string): number {
  let max = 0;
  let flow = 0;
  let quote = 0;
  let lineDepth = 0;
  // Indentation columns of the open block levels (block scalar lines count too: an overestimate).
  const indents: number[] = [];
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (quote !== 0) {
      if (quote === 34 && c === 92) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (atLineStart && flow === 0) {
      atLineStart = false;
      let indent = 0;
      while (text.charCodeAt(i + indent) === 32) indent++;
      const first = text.charCodeAt(i + indent);
      if (first !== 10 && first !== 13 && first !== 35 && i + indent < text.length) {
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        lineDepth = indents.length - 1;
        if (lineDepth > max) max = lineDepth;
      }
      i += indent;
      if (i >= text.length) break;
      c = text.charCodeAt(i);
    }
    if (c === 10) {
      atLineStart = true;
      continue;
    }
    if (c === 34 || c === 39) {
      const prev = i === 0 ? 32 : text.charCodeAt(i - 1);
      if (prev === 32 || prev === 9 || prev === 10 || prev === 91 || prev === 123 || prev === 44 || prev === 58) quote = c;
      continue;
    }
    if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9 || text.charCodeAt(i - 1) === 10)) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl - 1;
      continue;
    }
    if (c === 91 || c === 123) {
      flow++;
      if (flow + lineDepth > max) max = flow + lineDepth;
    } else if (c === 93 || c === 125) {
      if (flow > 0) flow--;
    } else if (flow === 0 && ((c === 45 && text.charCodeAt(i + 1) === 32) || (c === 58 && text.charCodeAt(i + 1) === 32))) {
      lineDepth++;
      if (lineDepth > max) max = lineDepth;
    }
  }
  return max;
}

function cleanYamlMessage(m: string): string {
  // `yaml` appends "at line N, column M" plus a code frame when prettyErrors is on; keep the first line.
  const line = m.split('\n')[0];
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

class Converter {
  private aliasBudget = MAX_ALIAS_NODES;
  /** An alias was expanded (a copy of its anchor's nodes now sits on the alias's range). */
  aliased = false;
  private readonly anchors = new Map<string, ValueNode>();

  constructor(
    private readonly text: string,
    private readonly problems: ParseProblem[],
    private readonly zones: number[],
  ) {}

  convert(n: YNode | null | undefined, depth: number): ValueNode | undefined {
    if (n === null || n === undefined) return undefined;
    if (depth > MAX_DEPTH) {
      const r = n.range ?? [0, 0, 0];
      this.problems.push({ code: 'syntax', message: `Nesting deeper than ${MAX_DEPTH} levels is not analysed.`, offset: r[0], length: 1 });
      return undefined;
    }
    const node = this.convertPlain(n, depth);
    if (node === undefined) return undefined;
    const anchor = (n as { anchor?: string }).anchor;
    if (anchor) this.anchors.set(anchor, node);
    const tag = (n as { tag?: string }).tag;
    if (tag !== undefined && Object.prototype.hasOwnProperty.call(CFN_SHORT_TAGS, tag)) return this.wrapTag(tag, node);
    return node;
  }

  private convertPlain(n: YNode, depth: number): ValueNode | undefined {
    const range = n.range ?? [0, 0, 0];
    const offset = range[0];
    const length = Math.max(0, range[1] - range[0]);
    if (isScalar(n)) return this.scalar(n, offset, length);
    if (isMap(n)) {
      const obj: ObjectNode = { type: 'object', offset, length, parent: undefined, properties: [] };
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const keyNode = item.key as YNode | null;
        let key: StringNode;
        if (keyNode !== null && isScalar(keyNode)) {
          const kr = keyNode.range ?? [offset, offset, offset];
          const ks = this.scalar(keyNode, kr[0], kr[1] - kr[0]);
          key = ks.type === 'string' ? ks : this.stringFrom(String(keyNode.value), kr[0], kr[1] - kr[0], ks.offset);
        } else if (keyNode === null) {
          // `: value` or a key-less pair: an empty key at the value's position.
          const vr = (item.value as YNode | null)?.range ?? [offset, offset, offset];
          key = this.stringFrom('', vr[0], 0, vr[0]);
        } else {
          // Complex keys (maps as keys) never occur in AWS documents; keep the source text as the key.
          const kr = keyNode.range ?? [offset, offset, offset];
          key = this.stringFrom(this.text.slice(kr[0], kr[1]), kr[0], kr[1] - kr[0], kr[0]);
        }
        const value = this.convert(item.value as YNode | null, depth + 1);
        const end = value !== undefined ? value.offset + value.length : key.offset + key.length;
        const prop: PropertyNode = { type: 'property', offset: key.offset, length: end - key.offset, parent: obj, key, value };
        key.parent = prop;
        if (value !== undefined) value.parent = prop;
        obj.properties.push(prop);
      }
      if (obj.properties.length > 1) findDuplicateKeys(obj, this.problems);
      return obj;
    }
    if (isSeq(n)) {
      const arr: ArrayNode = { type: 'array', offset, length, parent: undefined, items: [] };
      for (const item of n.items) {
        const v = this.convert(item as YNode, depth + 1);
        if (v === undefined) {
          // `- ` with nothing after it is a null item in YAML.
          continue;
        }
        v.parent = arr;
        arr.items.push(v);
      }
      return arr;
    }
    if (isAlias(n)) return this.alias(n as YNode & { source: string }, offset, length);
    return undefined;
  }

  private alias(n: YNode & { source: string }, offset: number, length: number): ValueNode {
    // Conversion runs in document order, so the map holds the latest definition of the anchor.
    const target = this.anchors.get(n.source);
    if (target === undefined) return { type: 'null', offset, length, parent: undefined, value: null };
    this.aliased = true;
    const copy = this.copyAt(target, offset, length);
    if (copy === undefined) {
      this.problems.push({ code: 'syntax', message: `Alias *${n.source} not expanded: too many aliased nodes (alias bomb?).`, offset, length });
      return { type: 'null', offset, length, parent: undefined, value: null };
    }
    return copy;
  }

  /** Copies a subtree placing every copied node on the alias's range. */
  private copyAt(src: ValueNode, offset: number, length: number): ValueNode | undefined {
    if (--this.aliasBudget < 0) return undefined;
    switch (src.type) {
      case 'object': {
        const obj: ObjectNode = { type: 'object', offset, length, parent: undefined, properties: [] };
        for (const p of src.properties) {
          const key: StringNode = { ...p.key, offset, length, contentOffset: offset, map: OffsetMap.identity(offset, 0) };
          const value = p.value !== undefined ? this.copyAt(p.value, offset, length) : undefined;
          if (p.value !== undefined && value === undefined) return undefined;
          const prop: PropertyNode = { type: 'property', offset, length, parent: obj, key, value };
          key.parent = prop;
          if (value !== undefined) value.parent = prop;
          obj.properties.push(prop);
        }
        return obj;
      }
      case 'array': {
        const arr: ArrayNode = { type: 'array', offset, length, parent: undefined, items: [] };
        for (const i of src.items) {
          const v = this.copyAt(i, offset, length);
          if (v === undefined) return undefined;
          v.parent = arr;
          arr.items.push(v);
        }
        return arr;
      }
      case 'string':
        return { ...src, offset, length, parent: undefined, contentOffset: offset, map: OffsetMap.identity(offset, 0) };
      default:
        return { ...src, offset, length, parent: undefined } as ValueNode;
    }
  }

  private wrapTag(tag: string, inner: ValueNode): ObjectNode {
    return wrapTag(this.text, tag, inner);
  }

  private stringFrom(value: string, offset: number, length: number, contentOffset: number): StringNode {
    return { type: 'string', offset, length, parent: undefined, value, contentOffset, map: OffsetMap.identity(contentOffset, length) };
  }

  private scalar(n: Scalar, offset: number, length: number): ValueNode {
    const v = n.value;
    const type = n.type;
    if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' || type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
      this.zones.push(offset, offset + length);
    }
    if (typeof v === 'number' || typeof v === 'bigint') {
      return { type: 'number', offset, length, parent: undefined, value: Number(v), raw: this.text.slice(offset, offset + length) };
    }
    if (typeof v === 'boolean') return { type: 'boolean', offset, length, parent: undefined, value: v };
    if (v === null || v === undefined) {
      // An empty value (`Key:` with nothing after it) has zero length in `yaml`'s ranges.
      return { type: 'null', offset, length, parent: undefined, value: null };
    }
    return stringNode(this.text, typeof v === 'string' ? v : String(v), offset, length, type ?? 'PLAIN');
  }
}

/** The hooks through which the hand-written parser builds nodes exactly as the converter does. */
function fastHooks(text: string): FastYamlHooks {
  return {
    wrapTag: (tag, inner) => wrapTag(text, tag, inner),
    scalarNode: (value, offset, length, style) => stringNode(text, value, offset, length, style),
    isShortTag: (tag) => Object.prototype.hasOwnProperty.call(CFN_SHORT_TAGS, tag),
  };
}

/** A string scalar node; its offset map is built only when the value differs from the source text. */
function stringNode(text: string, value: string, offset: number, length: number, type: string): StringNode {
  const raw = text.slice(offset, offset + length);
  const node: StringNode = { type: 'string', offset, length, parent: undefined, value, contentOffset: offset };
  if (type === 'PLAIN' && value === raw) return node;
  if ((type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') && value.length === length - 2 && raw.slice(1, -1) === value) {
    node.contentOffset = offset + 1;
    return node;
  }
  node.map = alignScalar(value, text, offset, offset + length, type);
  node.contentOffset = node.map.toHost(0);
  return node;
}

/** `{"Fn::GetAtt": inner}` for `!GetAtt inner`, with the key node spanning the tag text. */
function wrapTag(text: string, tag: string, inner: ValueNode): ObjectNode {
  // The tag text sits just before the value (possibly with an anchor between them).
  let tagStart = text.lastIndexOf(tag, inner.offset);
  if (tagStart < 0 || inner.offset - tagStart > 4096) tagStart = inner.offset;
  const end = inner.offset + inner.length;
  const keyName = CFN_SHORT_TAGS[tag];
  const key: StringNode = {
    type: 'string',
    offset: tagStart,
    length: tag.length,
    parent: undefined,
    value: keyName,
    contentOffset: tagStart,
    // The long-form key name does not appear in the text: every character maps onto the tag.
    map: new OffsetMap([0], [tagStart], tagStart + tag.length),
  };
  const obj: ObjectNode = { type: 'object', offset: tagStart, length: end - tagStart, parent: undefined, properties: [], shortTag: tag };
  const prop: PropertyNode = { type: 'property', offset: tagStart, length: end - tagStart, parent: obj, key, value: inner };
  key.parent = prop;
  inner.parent = prop;
  obj.properties.push(prop);
  return obj;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Builds the offset map of a decoded YAML scalar by walking the value and its source together:
 * quotes, escapes, indentation, block headers and line folding are skipped in the source while
 * every value character is pinned to the source character it came from.
 */
export function alignScalar(value: string, text: string, start: number, end: number, style: string): OffsetMap {
  const inner: number[] = [];
  const host: number[] = [];
  let prevI = -2;
  let prevH = -2;
  const pin = (i: number, h: number): void => {
    if (!(i === prevI + 1 && h === prevH + 1)) {
      inner.push(i);
      host.push(h);
    }
    prevI = i;
    prevH = h;
  };
  let j = start;
  const block = style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED';
  const dq = style === 'QUOTE_DOUBLE';
  const sq = style === 'QUOTE_SINGLE';
  let indent = 0;
  let lineStart = false;
  if (block) {
    // Skip the header line (`|`, `>-`, `|2` plus any comment); the first content line sets the indentation.
    const nl = text.indexOf('\n', j);
    j = nl < 0 || nl >= end ? end : nl + 1;
    let k = j;
    for (;;) {
      let sp = 0;
      while (k + sp < end && text.charCodeAt(k + sp) === 32) sp++;
      const c = text.charCodeAt(k + sp);
      if (k + sp < end && (c === 10 || c === 13)) {
        k = text.indexOf('\n', k + sp) + 1;
        if (k <= 0) break;
        continue;
      }
      indent = sp;
      break;
    }
    lineStart = true;
  } else if (dq || sq) {
    j = start + 1;
  }
  for (let i = 0; i < value.length; i++) {
    if (block && lineStart) {
      let sp = 0;
      while (sp < indent && j < end && text.charCodeAt(j) === 32) {
        j++;
        sp++;
      }
      lineStart = false;
    }
    const vc = value.charCodeAt(i);
    if (j >= end) {
      pin(i, end);
      continue;
    }
    const rc = text.charCodeAt(j);
    if (dq && rc === 92 /* \ */) {
      const e = text.charCodeAt(j + 1);
      if (e === 10 || e === 13) {
        // Escaped line break: no value character; skip it and the next line's indentation.
        j += 2;
        while (j < end && isSpace(text.charCodeAt(j))) j++;
        i--;
        continue;
      }
      pin(i, j);
      j += e === 117 ? 6 : e === 85 ? 10 : e === 120 ? 4 : 2;
      continue;
    }
    if (sq && rc === 39 && text.charCodeAt(j + 1) === 39) {
      pin(i, j);
      j += 2;
      continue;
    }
    if (rc === 13 && text.charCodeAt(j + 1) === 10) {
      // CRLF decodes to a single line feed (or a folding space).
      j++;
      if (vc === 10 || vc === 32) {
        pin(i, j);
        j++;
        if (block) lineStart = true;
        else while (j < end && isSpace(text.charCodeAt(j))) j++;
        continue;
      }
    }
    if (block) {
      if (text.charCodeAt(j) === 10 && (vc === 10 || vc === 32)) {
        pin(i, j);
        j++;
        lineStart = true;
        continue;
      }
      pin(i, j);
      j++;
      continue;
    }
    if (rc === vc && rc !== 10) {
      pin(i, j);
      j++;
      continue;
    }
    if (isSpace(rc) && (vc === 32 || vc === 10)) {
      // Folding: a line break (plus indentation) became a space or a line feed.
      pin(i, j);
      while (j < end && isSpace(text.charCodeAt(j))) j++;
      continue;
    }
    if (isSpace(rc)) {
      // Indentation of a continuation line.
      while (j < end && isSpace(text.charCodeAt(j))) j++;
      i--;
      continue;
    }
    // Unexplained difference: keep walking in step so the map stays monotonic.
    pin(i, j);
    j++;
  }
  if (inner.length === 0) {
    inner.push(0);
    host.push(Math.min(j, end));
  }
  const hostEnd = Math.min(Math.max(j, host[host.length - 1]), end);
  return new OffsetMap(inner, host, hostEnd);
}

/** `#` comments outside quoted and block scalars. */
function scanComments(text: string, zones: number[]): Comment[] {
  const comments: Comment[] = [];
  // Zones come in document order except where tags wrap; sort by start.
  const pairs: [number, number][] = [];
  for (let i = 0; i < zones.length; i += 2) pairs.push([zones[i], zones[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  let z = 0;
  let pos = text.indexOf('#');
  while (pos !== -1) {
    while (z < pairs.length && pairs[z][1] <= pos) z++;
    const inZone = z < pairs.length && pairs[z][0] <= pos && pos < pairs[z][1];
    const prev = pos === 0 ? 10 : text.charCodeAt(pos - 1);
    if (!inZone && (prev === 32 || prev === 9 || prev === 10 || prev === 13)) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      if (text.charCodeAt(end - 1) === 13) end--;
      comments.push({ offset: pos, length: end - pos, text: text.slice(pos + 1, end).trim() });
      pos = text.indexOf('#', end);
      continue;
    }
    pos = text.indexOf('#', pos + 1);
  }
  return comments;
}
