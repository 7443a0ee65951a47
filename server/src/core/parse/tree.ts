// The one positioned node tree that every rule, feature and the evaluator reads.
// JSON (jsonc-parser) and YAML (`yaml`) are both adapted to this shape; embedded documents
// (a DefinitionString, a RedrivePolicy string) are parsed into it with offsets already mapped
// back to the host text, so nothing downstream needs to know where a node came from.
//
// INVARIANT: `offset` and `length` are UTF-16 offsets into the host document text.

export type NodeType = 'object' | 'array' | 'property' | 'string' | 'number' | 'boolean' | 'null';

interface BaseNode {
  readonly type: NodeType;
  offset: number;
  length: number;
  parent: ParentNode | undefined;
  /**
   * For YAML nodes written with a CloudFormation short-form tag (`!Ref`, `!Sub`, ...): the tag as written.
   * The node itself is then the long form (`{"Ref": ...}`) and the tag text is the key of its property.
   */
  shortTag?: string;
}

export interface ObjectNode extends BaseNode {
  readonly type: 'object';
  properties: PropertyNode[];
}

export interface ArrayNode extends BaseNode {
  readonly type: 'array';
  items: ValueNode[];
}

export interface PropertyNode extends BaseNode {
  readonly type: 'property';
  key: StringNode;
  /** Missing when the source is incomplete (`"Effect":` at the end of a broken file). */
  value: ValueNode | undefined;
}

export interface StringNode extends BaseNode {
  readonly type: 'string';
  value: string;
  /**
   * How the decoded value maps onto the host text. Absent when the value is the raw source text
   * between `contentOffset` and `contentOffset + value.length` (no escapes, no folding).
   */
  map?: OffsetMapping;
  /** Host offset of the first character of the value (after an opening quote). */
  contentOffset: number;
}

export interface NumberNode extends BaseNode {
  readonly type: 'number';
  value: number;
  /** The number as written (to tell `10` from `10.0` or `"10"` quirks). */
  raw: string;
}

export interface BooleanNode extends BaseNode {
  readonly type: 'boolean';
  value: boolean;
}

export interface NullNode extends BaseNode {
  readonly type: 'null';
  value: null;
}

export type ScalarNode = StringNode | NumberNode | BooleanNode | NullNode;
export type ValueNode = ObjectNode | ArrayNode | ScalarNode;
export type ParentNode = ObjectNode | ArrayNode | PropertyNode;
export type Node = ValueNode | PropertyNode;

/** A problem found while parsing: syntax errors, duplicate keys, comments where they are not allowed. */
export interface ParseProblem {
  code: 'syntax' | 'duplicate-key' | 'comment' | 'yaml-warning';
  message: string;
  offset: number;
  length: number;
  /** For duplicate keys: the key (decoded). */
  key?: string;
  /** For duplicate keys: the first occurrence. */
  relatedOffset?: number;
  relatedLength?: number;
}

export interface Comment {
  offset: number;
  length: number;
  /** The comment text without its `#` or `//` marker, trimmed. */
  text: string;
}

export interface ParsedTree {
  format: 'json' | 'yaml';
  root: ValueNode | undefined;
  problems: ParseProblem[];
  comments: Comment[];
  /** Some nodes are copies of an anchored YAML node placed on an alias's range: their content comes from elsewhere in the text. */
  aliased?: boolean;
}

/** Maps offsets of a decoded text onto host offsets. */
export interface OffsetMapping {
  /** Host offset of the character at inner offset `i`. */
  toHost(i: number): number;
  /** Host offset just after the inner character at `end - 1`. */
  toHostEnd(end: number): number;
  /** Host range of the inner range [offset, offset + length). */
  rangeToHost(offset: number, length: number): { offset: number; length: number };
}

/**
 * Maps offsets in a decoded string (a JSON string value, a YAML block scalar, an `Fn::Join` result)
 * back to the host text. Anchors are sorted pairs (inner, host); between two anchors the mapping is
 * one to one. An escape such as `\"` is two anchors: (i, h) and (i + 1, h + 2).
 */
export class OffsetMap implements OffsetMapping {
  constructor(
    readonly inner: number[],
    readonly host: number[],
    /** Host offset of the end of the mapped text (the closing quote, for a JSON string). */
    readonly hostEnd: number,
  ) {}

  static identity(hostStart: number, length: number): OffsetMap {
    return new OffsetMap([0], [hostStart], hostStart + length);
  }

  /** Host offset of the character at inner offset `i` (or of the end, for `i` past the last anchor run). */
  toHost(i: number): number {
    const inner = this.inner;
    let lo = 0;
    let hi = inner.length - 1;
    if (hi < 0) return this.hostEnd;
    if (i <= inner[0]) return this.host[0];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (inner[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    const h = this.host[lo] + (i - inner[lo]);
    // The next anchor bounds the run; never map past it (a synthetic run maps to a single point).
    if (lo + 1 < inner.length) return Math.min(h, this.host[lo + 1]);
    return Math.min(h, this.hostEnd);
  }

  /** Host range of the inner range [offset, offset + length). */
  rangeToHost(offset: number, length: number): { offset: number; length: number } {
    const start = this.toHost(offset);
    const end = length <= 0 ? start : this.toHostEnd(offset + length);
    return { offset: start, length: Math.max(0, end - start) };
  }

  /** Host offset just after the inner character at `end - 1`. */
  toHostEnd(end: number): number {
    if (end <= 0) return this.toHost(0);
    // The end of a range is the position after its last character: map the last character and step over it.
    const last = end - 1;
    const inner = this.inner;
    let lo = 0;
    let hi = inner.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (inner[mid] <= last) lo = mid;
      else hi = mid - 1;
    }
    const nextHost = lo + 1 < inner.length ? this.host[lo + 1] : this.hostEnd;
    const nextInner = lo + 1 < inner.length ? inner[lo + 1] : Number.POSITIVE_INFINITY;
    if (last + 1 === nextInner) return nextHost;
    return Math.min(this.host[lo] + (last - inner[lo]) + 1, nextHost);
  }
}

/** `second(first(i))`: a string inside an embedded document, mapped through both decodings. */
export class ComposedMap implements OffsetMapping {
  constructor(
    private readonly first: (i: number) => number,
    private readonly firstEnd: (end: number) => number,
    private readonly second: OffsetMapping,
  ) {}
  toHost(i: number): number {
    return this.second.toHost(this.first(i));
  }
  toHostEnd(end: number): number {
    return this.second.toHostEnd(this.firstEnd(end));
  }
  rangeToHost(offset: number, length: number): { offset: number; length: number } {
    const start = this.toHost(offset);
    const end = length <= 0 ? start : this.toHostEnd(offset + length);
    return { offset: start, length: Math.max(0, end - start) };
  }
}

// ---------- Navigation helpers (pure, allocation-light) ----------

export function isObject(n: Node | undefined): n is ObjectNode {
  return n !== undefined && n.type === 'object';
}
export function isArray(n: Node | undefined): n is ArrayNode {
  return n !== undefined && n.type === 'array';
}
export function isString(n: Node | undefined): n is StringNode {
  return n !== undefined && n.type === 'string';
}

/** The property of `obj` whose key equals `key` (last one wins, as AWS keeps the last duplicate). */
export function getProperty(obj: Node | undefined, key: string): PropertyNode | undefined {
  if (obj === undefined || obj.type !== 'object') return undefined;
  const props = obj.properties;
  for (let i = props.length - 1; i >= 0; i--) {
    if (props[i].key.value === key) return props[i];
  }
  return undefined;
}

/** Case-insensitive property lookup (for elements AWS matches without regard to case). */
export function getPropertyCI(obj: Node | undefined, key: string): PropertyNode | undefined {
  if (obj === undefined || obj.type !== 'object') return undefined;
  const lower = key.toLowerCase();
  const props = obj.properties;
  for (let i = props.length - 1; i >= 0; i--) {
    if (props[i].key.value.toLowerCase() === lower) return props[i];
  }
  return undefined;
}

export function getValue(obj: Node | undefined, key: string): ValueNode | undefined {
  return getProperty(obj, key)?.value;
}

/** Follows a path of keys and array indexes from `node`. */
export function getPath(node: Node | undefined, path: readonly (string | number)[]): ValueNode | undefined {
  let cur: Node | undefined = node;
  for (const seg of path) {
    if (cur === undefined) return undefined;
    if (cur.type === 'property') cur = cur.value;
    if (cur === undefined) return undefined;
    if (typeof seg === 'number') {
      if (cur.type !== 'array') return undefined;
      cur = cur.items[seg];
    } else {
      cur = getValue(cur, seg);
    }
  }
  if (cur !== undefined && cur.type === 'property') return cur.value;
  return cur as ValueNode | undefined;
}

/** Items of an array node, or the node itself when IAM allows "a string or a list of strings". */
export function asList(node: ValueNode | undefined): ValueNode[] {
  if (node === undefined) return [];
  return node.type === 'array' ? node.items : [node];
}

/** How deep `toValue` goes: a deeper node has no value (undefined). */
export const TO_VALUE_MAX_DEPTH = 2000;

/** The plain JavaScript value of a node (objects get a null prototype so `__proto__` keys are inert). */
export function toValue(node: Node | undefined, depth = 0): unknown {
  if (node === undefined) return undefined;
  if (depth > TO_VALUE_MAX_DEPTH) return undefined;
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = Object.create(null);
      for (const p of node.properties) out[p.key.value] = toValue(p.value, depth + 1);
      return out;
    }
    case 'array':
      return node.items.map((i) => toValue(i, depth + 1));
    case 'property':
      return toValue(node.value, depth + 1);
    default:
      return node.value;
  }
}

/** The innermost node containing `offset` (properties included), or undefined. */
export function nodeAt(root: Node | undefined, offset: number, includeRightBound = true): Node | undefined {
  let cur: Node | undefined = root;
  let found: Node | undefined;
  while (cur !== undefined) {
    const inside = offset >= cur.offset && (includeRightBound ? offset <= cur.offset + cur.length : offset < cur.offset + cur.length);
    if (!inside) break;
    found = cur;
    let next: Node | undefined;
    const kids = childrenOf(cur);
    // Binary search would be faster, but children are sorted and usually few; a 1 MB document has
    // at most a few thousand siblings at one level, so a linear scan per level stays cheap.
    for (const k of kids) {
      if (offset < k.offset) break;
      if (offset <= k.offset + k.length) {
        if (offset === k.offset + k.length && !includeRightBound) continue;
        next = k;
        if (offset < k.offset + k.length) break;
      }
    }
    cur = next;
  }
  return found;
}

/** Shared by every scalar: children lists are only read. */
const NO_CHILDREN: readonly Node[] = Object.freeze([]);

export function childrenOf(node: Node): readonly Node[] {
  switch (node.type) {
    case 'object':
      return node.properties;
    case 'array':
      return node.items;
    case 'property':
      return node.value !== undefined ? [node.key, node.value] : [node.key];
    default:
      return NO_CHILDREN;
  }
}

/** The path of keys/indexes from the root to `node`. */
export function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  let cur: Node | undefined = node;
  while (cur !== undefined && cur.parent !== undefined) {
    const parent: ParentNode = cur.parent;
    if (parent.type === 'property') {
      if (parent.key !== cur) path.push(parent.key.value);
      cur = parent.parent;
      continue;
    }
    if (parent.type === 'array') path.push(parent.items.indexOf(cur as ValueNode));
    cur = parent;
  }
  return path.reverse();
}

/** The property node whose value is `node`, if any. */
export function owningProperty(node: Node): PropertyNode | undefined {
  const p = node.parent;
  return p !== undefined && p.type === 'property' && p.value === node ? p : undefined;
}

/** Host range of a decoded string node's characters [start, start + length). */
export function stringRange(node: StringNode, start: number, length: number): { offset: number; length: number } {
  if (node.map === undefined) return { offset: node.contentOffset + start, length };
  return node.map.rangeToHost(start, length);
}

/** Depth-first walk; return false from `visit` to skip a node's children. */
export function walk(root: Node | undefined, visit: (n: Node) => boolean | void): void {
  if (root === undefined) return;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (visit(n) === false) continue;
    // Children pushed in reverse, so they are visited in order; a property's two directly, without the
    // pair childrenOf allocates (a 1 MB document has ~50k properties).
    if (n.type === 'property') {
      if (n.value !== undefined) stack.push(n.value);
      stack.push(n.key);
      continue;
    }
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}
