// Policy size against the quotas of each policy type, shared by IAM501–IAM505. Sizes are measured on the
// policy as AWS stores it: JSON without insignificant whitespace (IAM does not count whitespace, and
// CloudFormation sends templates' policies minified). Resource-policy quotas are in bytes (UTF-8).

import type { AnalysisUnit } from '../../model/units';
import { TO_VALUE_MAX_DEPTH } from '../../parse/tree';
import type { Node, PropertyNode } from '../../parse/tree';
import { anchorOf } from '../../iam/policy';
import type { RuleContext } from '../types';

export interface Quota {
  limit: number;
  unit: 'characters' | 'bytes';
  /** What the quota applies to, for messages (`managed policy`). */
  what: string;
}

/**
 * The minified size of the unit's policy in the quota's unit: the length of
 * `JSON.stringify(toValue(unit.root))` (in UTF-16 units or UTF-8 bytes), counted on the tree without
 * building the value or the text (a 1 MB policy allocated both on every analysis).
 */
export function policySize(unit: AnalysisUnit, unitOf: 'characters' | 'bytes'): number {
  return unit.root === undefined ? 0 : minifiedSize(unit.root, unitOf === 'bytes', 0);
}

/** `JSON.stringify(toValue(node))`'s length; -1 where that is undefined (toValue's depth limit). */
export function minifiedSize(node: Node, bytes: boolean, depth: number): number {
  // INVARIANT: mirrors toValue: past its depth limit a node has no value (omitted in an object, null in an array).
  if (depth > TO_VALUE_MAX_DEPTH) return -1;
  switch (node.type) {
    case 'object': {
      const props = node.properties;
      let n = 2;
      let members = 0;
      const lastIndex = lastIndexOfKeys(props);
      for (let i = 0; i < props.length; i++) {
        const key = props[i].key.value;
        // A repeated key keeps its first place and its last value: count it once, at its last occurrence.
        if (repeatedLater(props, i, key, lastIndex)) continue;
        const v = props[i].value;
        const size = v === undefined ? -1 : minifiedSize(v, bytes, depth + 1);
        if (size < 0) continue;
        n += jsonStringSize(key, bytes) + 1 + size;
        members++;
      }
      return n + Math.max(0, members - 1);
    }
    case 'array': {
      let n = 2 + Math.max(0, node.items.length - 1);
      for (const item of node.items) {
        const size = minifiedSize(item, bytes, depth + 1);
        n += size < 0 ? 4 : size;
      }
      return n;
    }
    case 'property':
      return node.value === undefined ? -1 : minifiedSize(node.value, bytes, depth + 1);
    case 'string':
      return jsonStringSize(node.value, bytes);
    case 'number':
      return Number.isFinite(node.value) ? String(node.value).length : 4;
    case 'boolean':
      return node.value ? 4 : 5;
    case 'null':
      return 4;
  }
}

/** Objects up to this many properties look for repeated keys pairwise; larger ones index the keys. */
const PAIRWISE_KEYS = 16;

/** Whether the property at `i` is repeated later in the object (then only the later one has a value). */
function repeatedLater(props: readonly PropertyNode[], i: number, key: string, lastIndex: Map<string, number> | undefined): boolean {
  if (lastIndex !== undefined) return lastIndex.get(key)! > i;
  for (let j = i + 1; j < props.length; j++) if (props[j].key.value === key) return true;
  return false;
}

/** The position of each key's last occurrence, for objects too large to compare pairwise. */
function lastIndexOfKeys(props: readonly PropertyNode[]): Map<string, number> | undefined {
  if (props.length <= PAIRWISE_KEYS) return undefined;
  const last = new Map<string, number>();
  for (let i = 0; i < props.length; i++) last.set(props[i].key.value, i);
  return last;
}

/** The length of `JSON.stringify(s)`, in UTF-16 units or in UTF-8 bytes. */
function jsonStringSize(s: string, bytes: boolean): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) n += c === 0x22 || c === 0x5c ? 2 : 1;
    else if (c < 0x20) n += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 2 : 6;
    else if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair is kept (4 bytes in UTF-8); a lone surrogate is written as \uXXXX.
      if (c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        n += bytes ? 4 : 2;
        i++;
      } else n += 6;
    } else n += bytes ? (c < 0x80 ? 1 : c < 0x800 ? 2 : 3) : 1;
  }
  return n;
}

/** Reports when the policy is over the quota, on the policy's anchor. */
export function checkQuota(ctx: RuleContext, quota: Quota | undefined): void {
  if (quota === undefined || ctx.unit.root === undefined || ctx.unit.root.type !== 'object') return;
  const size = policySize(ctx.unit, quota.unit);
  if (size <= quota.limit) return;
  ctx.report({ range: anchorOf(ctx.unit.root), messageId: 'tooLarge', data: { size: size.toLocaleString('en-US'), limit: quota.limit.toLocaleString('en-US'), unit: quota.unit, what: quota.what } });
}
