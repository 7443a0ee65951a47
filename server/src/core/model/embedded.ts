// Embedded documents: JSON held in a string (a `DefinitionString`, an SQS `Policy` attribute, a
// `RedrivePolicy` string), possibly built with `Fn::Sub` or `Fn::Join`. The text is reassembled with an
// offset map back to the host, parsed, and every node is moved onto host offsets, so rules and features
// run on it unchanged and their findings land on the exact characters in the host file.

import { parseJson } from '../parse/json';
import {
  ComposedMap,
  Node,
  OffsetMap,
  OffsetMapping,
  ParseProblem,
  ParsedTree,
  StringNode,
  ValueNode,
  isArray,
  isObject,
  isString,
  walk,
} from '../parse/tree';
import { intrinsicArg, intrinsicName } from './template';

/** A `${Name}` in an `Fn::Sub` or a `DefinitionSubstitutions` string, or a non-literal `Fn::Join` part. */
export interface Placeholder {
  /** Host range of the placeholder text (`${Name}`), or of the intrinsic node for `Fn::Join` parts. */
  offset: number;
  length: number;
  /** The variable name (`Name`, `AWS::Region`, `Queue.Arn`), or '' for an intrinsic part. */
  name: string;
  /** The placeholder sat inside a JSON string (so the value is a string with unknown parts). */
  inString: boolean;
  /** Offset in the embedded (inner) text, before mapping. */
  innerOffset: number;
}

export interface EmbeddedText {
  text: string;
  map: OffsetMapping;
  placeholders: Placeholder[];
  /** The host node the text came from (the string, or the `Fn::Sub`/`Fn::Join` object). */
  hostNode: ValueNode;
  /** `Fn::Sub` variables given in its second argument (they count as substitutions). */
  subVariables: Set<string>;
  /** How the text was written: 'string', 'Fn::Sub', 'Fn::Join'. */
  via: 'string' | 'Fn::Sub' | 'Fn::Join';
}

/** Accumulates text pieces, each with its host mapping. */
class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly inner: number[] = [];
  readonly host: number[] = [];
  private hostEnd = 0;

  /** Appends a decoded string node's value (or a slice of it), mapped character by character. */
  appendString(node: StringNode, from = 0, to = node.value.length): void {
    if (to <= from) return;
    const piece = node.value.slice(from, to);
    if (node.map === undefined) {
      this.anchor(this.length, node.contentOffset + from);
    } else if (node.map instanceof OffsetMap && node.map.inner.length > 0) {
      // Re-anchor at every discontinuity of the node's own map, walking its runs in order: the same
      // host offsets as `toHost(i)` for each i, without a search per character.
      const m = node.map;
      const inner = m.inner;
      const host = m.host;
      const n = inner.length;
      let k = 0;
      let prev = 0;
      for (let i = from; i < to; i++) {
        let h: number;
        if (i <= inner[0]) h = host[0];
        else {
          while (k + 1 < n && inner[k + 1] <= i) k++;
          const cap = k + 1 < n ? host[k + 1] : m.hostEnd;
          h = Math.min(host[k] + (i - inner[k]), cap);
        }
        if (i === from || h !== prev + 1) this.anchor(this.length + (i - from), h);
        prev = h;
      }
    } else {
      // Re-anchor at every discontinuity of the node's own map.
      for (let i = from; i < to; i++) {
        const h = node.map.toHost(i);
        if (i === from || h !== node.map.toHost(i - 1) + 1) this.anchor(this.length + (i - from), h);
      }
    }
    this.parts.push(piece);
    this.length += piece.length;
    this.hostEnd = node.map === undefined ? node.contentOffset + to : node.map.toHostEnd(to);
  }

  /** Appends text that is not in the host (a join delimiter, a placeholder stand-in), pinned to one host range. */
  appendSynthetic(text: string, hostOffset: number, hostLength: number): void {
    if (text.length === 0) return;
    this.anchor(this.length, hostOffset);
    // Everything after the first character maps to the end of the host range.
    if (text.length > 1) this.anchor(this.length + 1, hostOffset + hostLength);
    this.parts.push(text);
    this.length += text.length;
    this.hostEnd = hostOffset + hostLength;
  }

  get size(): number {
    return this.length;
  }

  private anchor(i: number, h: number): void {
    const n = this.inner.length;
    if (n > 0 && this.inner[n - 1] === i) {
      this.host[n - 1] = h;
      return;
    }
    this.inner.push(i);
    this.host.push(h);
  }

  build(): { text: string; map: OffsetMap } {
    if (this.inner.length === 0) {
      this.inner.push(0);
      this.host.push(this.hostEnd);
    }
    return { text: this.parts.join(''), map: new OffsetMap(this.inner, this.host, this.hostEnd) };
  }
}

/**
 * The text held by a string-ish node: a plain string, `Fn::Sub` (string or [string, vars]) or
 * `Fn::Join` of strings and intrinsics. Returns undefined for anything that cannot be known statically.
 */
export function embeddedText(node: ValueNode | undefined): EmbeddedText | undefined {
  if (node === undefined) return undefined;
  if (isString(node)) {
    const b = new TextBuilder();
    b.appendString(node);
    const { text, map } = b.build();
    return { text, map, placeholders: [], hostNode: node, subVariables: new Set(), via: 'string' };
  }
  const fn = intrinsicName(node);
  const arg = intrinsicArg(node);
  if (fn === 'Fn::Sub') {
    let template: ValueNode | undefined = arg;
    const vars = new Set<string>();
    if (isArray(arg)) {
      template = arg.items[0];
      const v = arg.items[1];
      if (isObject(v)) for (const p of v.properties) vars.add(p.key.value);
    }
    if (!isString(template)) return undefined;
    return subText(template, node, vars);
  }
  if (fn === 'Fn::Join' && isArray(arg) && arg.items.length === 2) {
    const delim = arg.items[0];
    const list = arg.items[1];
    if (!isString(delim) || !isArray(list)) return undefined;
    const b = new TextBuilder();
    const placeholders: Placeholder[] = [];
    list.items.forEach((part, idx) => {
      if (idx > 0) b.appendSynthetic(delim.value, delim.offset, delim.length);
      if (isString(part)) {
        b.appendString(part);
      } else {
        // An intrinsic part (`{"Ref": "X"}`): a stand-in that is valid inside or outside a JSON string.
        const innerOffset = b.size;
        const stand = '${' + (intrinsicLabel(part) ?? 'value') + '}';
        b.appendSynthetic(stand, part.offset, part.length);
        placeholders.push({ offset: part.offset, length: part.length, name: intrinsicLabel(part) ?? '', inString: false, innerOffset });
      }
    });
    const { text, map } = b.build();
    return { text, map, placeholders, hostNode: node, subVariables: new Set(), via: 'Fn::Join' };
  }
  return undefined;
}

function intrinsicLabel(node: ValueNode): string | undefined {
  const fn = intrinsicName(node);
  const arg = intrinsicArg(node);
  if (fn === 'Ref' && isString(arg)) return arg.value;
  if (fn === 'Fn::GetAtt') {
    if (isString(arg)) return arg.value;
    if (isArray(arg)) return arg.items.map((i) => (isString(i) ? i.value : '?')).join('.');
  }
  return undefined;
}

/** `Fn::Sub` text: `${X}` placeholders are kept in the text; `${!Literal}` becomes `${Literal}`. */
function subText(template: StringNode, hostNode: ValueNode, vars: Set<string>): EmbeddedText {
  const b = new TextBuilder();
  const placeholders: Placeholder[] = [];
  const v = template.value;
  let last = 0;
  let i = v.indexOf('${');
  while (i !== -1) {
    const close = v.indexOf('}', i + 2);
    if (close === -1) break;
    if (v.charCodeAt(i + 2) === 33 /* ! */) {
      // `${!Literal}`: the `!` disappears.
      b.appendString(template, last, i + 2);
      last = i + 3;
      i = v.indexOf('${', close + 1);
      continue;
    }
    b.appendString(template, last, i);
    const innerOffset = b.size;
    b.appendString(template, i, close + 1);
    const host = template.map === undefined ? { offset: template.contentOffset + i, length: close + 1 - i } : template.map.rangeToHost(i, close + 1 - i);
    placeholders.push({ ...host, name: v.slice(i + 2, close).trim(), inString: false, innerOffset });
    last = close + 1;
    i = v.indexOf('${', close + 1);
  }
  b.appendString(template, last, v.length);
  const { text, map } = b.build();
  return { text, map, placeholders, hostNode, subVariables: vars, via: 'Fn::Sub' };
}

/** `${Name}` placeholders of a plain string (for DefinitionSubstitutions on a `Definition` object). */
export function findPlaceholders(text: string): { offset: number; length: number; name: string }[] {
  const out: { offset: number; length: number; name: string }[] = [];
  let i = text.indexOf('${');
  while (i !== -1) {
    const close = text.indexOf('}', i + 2);
    if (close === -1) break;
    if (text.charCodeAt(i + 2) !== 33) out.push({ offset: i, length: close + 1 - i, name: text.slice(i + 2, close).trim() });
    i = text.indexOf('${', close + 1);
  }
  return out;
}

export interface EmbeddedParse {
  tree: ParsedTree;
  embedded: EmbeddedText;
}

/**
 * Parses an embedded JSON text and moves the tree onto host offsets. Placeholders outside JSON strings
 * (`"TimeoutSeconds": ${Timeout}`) are replaced by a same-length number so the JSON stays valid; the
 * placeholder list records which nodes stand for unknown values.
 */
export function parseEmbeddedJson(embedded: EmbeddedText): EmbeddedParse {
  let text = embedded.text;
  if (embedded.placeholders.length > 0) {
    const inString = stringMask(text, embedded.placeholders);
    const spans: [number, number][] = [];
    embedded.placeholders.forEach((p, idx) => {
      p.inString = inString[idx];
      if (!p.inString) spans.push([p.innerOffset, placeholderLength(text, p.innerOffset)]);
    });
    text = replaceSpans(text, spans);
  }
  const tree = parseJson(text);
  remapTree(tree, embedded.map);
  return { tree, embedded };
}

/**
 * `text` with each span [at, at + length) overwritten, in order, by a same-length number: `0`, then spaces.
 * Disjoint spans in text order (the normal case) are applied by slicing; anything else goes through an
 * array of characters, which also reproduces overlaps and a span running past the end.
 */
function replaceSpans(text: string, spans: readonly [number, number][]): string {
  let ordered = true;
  for (let i = 0; i < spans.length && ordered; i++) {
    const [at, length] = spans[i];
    ordered = at + length <= text.length && (i === 0 || at >= spans[i - 1][0] + spans[i - 1][1]);
  }
  if (!ordered) {
    const chars = text.split('');
    for (const [at, length] of spans) {
      chars[at] = '0';
      for (let k = 1; k < length; k++) chars[at + k] = ' ';
    }
    return chars.join('');
  }
  let out = '';
  let from = 0;
  for (const [at, length] of spans) {
    out += text.slice(from, at) + '0' + ' '.repeat(length - 1);
    from = at + length;
  }
  return out + text.slice(from);
}

function placeholderLength(text: string, at: number): number {
  const close = text.indexOf('}', at);
  return close === -1 ? 2 : close + 1 - at;
}

/** For each placeholder (in order of innerOffset), whether it sits inside a JSON string literal. */
function stringMask(text: string, placeholders: Placeholder[]): boolean[] {
  const order = placeholders.map((p, i) => [p.innerOffset, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<boolean>(placeholders.length).fill(false);
  let inString = false;
  let k = 0;
  for (let i = 0; i < text.length && k < order.length; i++) {
    while (k < order.length && order[k][0] === i) {
      out[order[k][1]] = inString;
      k++;
    }
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
  }
  return out;
}

/** Moves every node and problem of a tree parsed from an embedded text onto host offsets. */
export function remapTree(tree: ParsedTree, map: OffsetMapping): void {
  walk(tree.root, (n: Node) => {
    const start = map.toHost(n.offset);
    const end = n.length > 0 ? map.toHostEnd(n.offset + n.length) : start;
    if (n.type === 'string') {
      const s = n as StringNode;
      const innerMap = s.map;
      const innerContent = s.contentOffset;
      s.map = innerMap
        ? new ComposedMap((i) => innerMap.toHost(i), (e) => innerMap.toHostEnd(e), map)
        : new ComposedMap((i) => innerContent + i, (e) => innerContent + e, map);
      s.contentOffset = map.toHost(innerContent);
    }
    n.offset = start;
    n.length = Math.max(0, end - start);
  });
  for (const p of tree.problems) {
    const r = map.rangeToHost(p.offset, p.length);
    p.offset = r.offset;
    p.length = r.length;
    if (p.relatedOffset !== undefined) {
      const rr = map.rangeToHost(p.relatedOffset, p.relatedLength ?? 0);
      p.relatedOffset = rr.offset;
      p.relatedLength = rr.length;
    }
  }
  for (const c of tree.comments) {
    const r = map.rangeToHost(c.offset, c.length);
    c.offset = r.offset;
    c.length = r.length;
  }
}

/** Whether a node's host range overlaps a placeholder (its value is not known statically). */
export function overlapsPlaceholder(node: { offset: number; length: number }, placeholders: readonly Placeholder[]): boolean {
  for (const p of placeholders) {
    if (p.offset < node.offset + Math.max(node.length, 1) && node.offset < p.offset + Math.max(p.length, 1)) return true;
  }
  return false;
}

export type { ParseProblem };
