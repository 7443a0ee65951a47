// Cursor location: which unit, which object/property/array, key or value position, and the word being
// typed. JSON uses the tolerant tree; YAML also looks at the current line, because a half-typed key in
// a block mapping is not a key yet to the YAML parser (it may even fold into the previous value).

import type { DocumentModel } from '../model/document';
import type { AnalysisUnit } from '../model/units';
import { ArrayNode, Node, ObjectNode, PropertyNode, ValueNode, nodeAt } from '../parse/tree';
import type { CursorLocation } from './types';

/** The innermost unit whose root contains `offset` (embedded units before the file unit). */
export function unitAt(doc: DocumentModel, offset: number): AnalysisUnit | undefined {
  let best: AnalysisUnit | undefined;
  for (const u of doc.units) {
    if (u.embedding === 'file') continue;
    const r = u.root ?? u.hostNode;
    if (r === undefined) continue;
    if (offset >= r.offset && offset <= r.offset + r.length) {
      if (best === undefined || (best.root ?? best.hostNode)!.length >= r.length) best = u;
    }
  }
  return best ?? doc.units.find((u) => u.embedding === 'file');
}

/** Path of keys/indexes from `root` down to `node` (property keys included as their key). */
export function pathFrom(node: Node | undefined, root: ValueNode | undefined): (string | number)[] {
  const path: (string | number)[] = [];
  let cur: Node | undefined = node;
  while (cur !== undefined && cur !== root) {
    const parent: Node | undefined = cur.parent;
    if (parent === undefined) break;
    if (parent.type === 'property') {
      path.push(parent.key.value);
      cur = parent.parent;
      continue;
    }
    if (parent.type === 'array') path.push(parent.items.indexOf(cur as ValueNode));
    cur = parent;
  }
  return path.reverse();
}

export function locate(doc: DocumentModel, unit: AnalysisUnit | undefined, offset: number): CursorLocation {
  const text = doc.text;
  const root = unit?.root ?? doc.tree.root;
  const empty: CursorLocation = { position: 'none', replace: { offset, length: 0 }, prefix: '', inString: false };
  if (doc.format === 'yaml' && (unit === undefined || unit.embedding !== 'string')) {
    const y = locateYamlLine(doc, root, offset);
    if (y !== undefined) return y;
  }
  if (root === undefined) return empty;
  const node = nodeAt(root, offset, true);
  if (node === undefined) return empty;

  if (node.type === 'string') {
    const closed = node.length >= 2 && (text[node.offset + node.length - 1] === '"' || text[node.offset + node.length - 1] === "'");
    const quoted = text[node.offset] === '"' || text[node.offset] === "'";
    if (quoted && closed && offset === node.offset + node.length) return { ...empty, node };
    if (quoted && offset === node.offset) return { ...empty, node };
    const contentStart = quoted ? node.offset + 1 : node.offset;
    const contentEnd = quoted && closed ? node.offset + node.length - 1 : node.offset + node.length;
    const replace = { offset: contentStart, length: Math.max(0, contentEnd - contentStart) };
    const prefix = text.slice(contentStart, Math.max(contentStart, offset));
    const parent = node.parent;
    if (parent !== undefined && parent.type === 'property' && parent.key === node) {
      return { position: 'key', object: parent.parent as ObjectNode, property: parent, node, replace, prefix, inString: quoted };
    }
    return valueLocation(node, replace, prefix, quoted);
  }
  if (node.type === 'number' || node.type === 'boolean' || node.type === 'null') {
    const replace = { offset: node.offset, length: node.length };
    return valueLocation(node, replace, text.slice(node.offset, offset), false);
  }
  if (node.type === 'property') {
    // Past the key: `"Effect": |` with no value yet.
    if (offset > node.key.offset + node.key.length) {
      return { position: 'value', property: node, object: node.parent as ObjectNode, node, replace: { offset, length: 0 }, prefix: '', inString: false };
    }
    return { position: 'key', object: node.parent as ObjectNode, property: node, node, replace: { offset, length: 0 }, prefix: '', inString: false };
  }
  if (node.type === 'object') {
    // Whitespace inside braces: a new key, unless we follow `"Key":` whose value is missing.
    const before = [...node.properties].reverse().find((p) => p.offset + p.length <= offset);
    if (before !== undefined && before.value === undefined && /^\s*:\s*$/.test(text.slice(before.key.offset + before.key.length, offset))) {
      return { position: 'value', property: before, object: node, node: before, replace: { offset, length: 0 }, prefix: '', inString: false };
    }
    return { position: 'key', object: node, node, replace: { offset, length: 0 }, prefix: '', inString: false };
  }
  if (node.type === 'array') {
    const prop = node.parent !== undefined && node.parent.type === 'property' ? node.parent : undefined;
    return { position: 'value', array: node, property: prop, object: prop?.parent as ObjectNode | undefined, node, replace: { offset, length: 0 }, prefix: '', inString: false };
  }
  return empty;
}

function valueLocation(node: ValueNode, replace: { offset: number; length: number }, prefix: string, inString: boolean): CursorLocation {
  const parent = node.parent;
  if (parent !== undefined && parent.type === 'property') {
    return { position: 'value', property: parent, object: parent.parent as ObjectNode, node, replace, prefix, inString };
  }
  if (parent !== undefined && parent.type === 'array') {
    const arr = parent as ArrayNode;
    const prop = arr.parent !== undefined && arr.parent.type === 'property' ? arr.parent : undefined;
    return { position: 'value', array: arr, property: prop, object: prop?.parent as ObjectNode | undefined, node, replace, prefix, inString };
  }
  return { position: 'value', node, replace, prefix, inString };
}

const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z0-9_:.$@-]*)$/;
const VALUE_LINE = /^(\s*)(-\s+)?(["']?)([^:#'"]+)\3:[ \t]+(.*)$/;
const ITEM_LINE = /^(\s*)-\s+(["']?)([^#\s"']*)$/;

/** Block-style YAML: decides from the current line, then finds the nodes by indentation. */
function locateYamlLine(doc: DocumentModel, root: ValueNode | undefined, offset: number): CursorLocation | undefined {
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd);
  if (before.includes('{') || before.includes('[')) return undefined; // flow style: the tree knows best
  const wordEnd = offset + (/^[A-Za-z0-9_:.$@*/-]*/.exec(after)?.[0].length ?? 0);

  const v = VALUE_LINE.exec(before);
  if (v !== undefined && v !== null) {
    const keyOffset = lineStart + v[1].length + (v[2]?.length ?? 0) + v[3].length;
    const keyNode = root ? nodeAt(root, keyOffset, false) : undefined;
    const prop = keyNode?.parent?.type === 'property' ? (keyNode.parent as PropertyNode) : undefined;
    if (prop === undefined) return undefined;
    let valueText = v[5];
    let inString = false;
    let start = offset - valueText.length;
    if (valueText.startsWith('"') || valueText.startsWith("'")) {
      inString = true;
      valueText = valueText.slice(1);
      start += 1;
    }
    if (valueText.startsWith('!')) {
      // `!Sub arn:...`: complete after the tag.
      const sp = valueText.indexOf(' ');
      if (sp < 0) return undefined;
      start += sp + 1;
      valueText = valueText.slice(sp + 1);
    }
    return {
      position: 'value',
      property: prop,
      object: prop.parent as ObjectNode,
      node: prop.value ?? prop,
      replace: { offset: start, length: wordEnd - start },
      prefix: valueText,
      inString,
    };
  }
  const item = ITEM_LINE.exec(before);
  if (item !== null) {
    // `- s3:Get|` in a list of strings, or `- Eff|` starting a new object in a list of objects.
    const col = item[1].length;
    const parentProp = findParentProperty(doc, root, lineStart, col);
    const arr = parentProp?.value?.type === 'array' ? parentProp.value : undefined;
    const objectItems = arr !== undefined && arr.items.some((i) => i.type === 'object');
    if (item[2] !== '' || /[:*/?]/.test(item[3]) || !objectItems) {
      const start = offset - item[3].length;
      return {
        position: 'value',
        property: parentProp,
        array: arr,
        object: parentProp?.parent as ObjectNode | undefined,
        node: arr ?? parentProp,
        replace: { offset: start, length: wordEnd - start },
        prefix: item[3],
        inString: item[2] !== '',
      };
    }
  }
  const k = KEY_LINE.exec(before);
  if (k !== null) {
    const col = k[1].length + (k[2]?.length ?? 0);
    const start = offset - k[3].length;
    const sibling = findSiblingKey(doc, root, lineStart, col, k[2] !== undefined);
    if (sibling !== undefined) {
      return { position: 'key', object: sibling.parent as ObjectNode, property: sibling, node: sibling, replace: { offset: start, length: wordEnd - start }, prefix: k[3], inString: false };
    }
    const parentProp = findParentProperty(doc, root, lineStart, col);
    if (parentProp !== undefined) {
      const obj = parentProp.value?.type === 'object' ? parentProp.value : undefined;
      const arrItem = parentProp.value?.type === 'array' && k[2] !== undefined ? undefined : obj;
      return { position: 'key', object: arrItem, property: parentProp, node: parentProp, replace: { offset: start, length: wordEnd - start }, prefix: k[3], inString: false };
    }
    if (root?.type === 'object' && col === 0) {
      return { position: 'key', object: root, node: root, replace: { offset: start, length: wordEnd - start }, prefix: k[3], inString: false };
    }
  }
  return undefined;
}

/** A property whose key starts at column `col` above `lineStart`, in the same block (stops at a shallower line). */
function findSiblingKey(doc: DocumentModel, root: ValueNode | undefined, lineStart: number, col: number, dashed: boolean): PropertyNode | undefined {
  const text = doc.text;
  let end = lineStart - 1;
  while (end > 0 && root !== undefined) {
    const ls = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(ls, end);
    const trimmed = line.trimStart();
    if (trimmed !== '' && !trimmed.startsWith('#')) {
      const ind = line.length - trimmed.length;
      const dash = /^-\s+/.exec(trimmed);
      const keyCol = dash ? ind + dash[0].length : ind;
      if (keyCol === col && /^(-\s+)?["']?[^:#]+["']?:(\s|$)/.test(trimmed)) {
        if (dashed && !dash) {
          // A new `- key` item: its siblings are in a new object; fall through to the parent lookup.
          return undefined;
        }
        const keyNode = nodeAt(root, ls + keyCol, false);
        if (keyNode?.parent?.type === 'property' && keyNode.parent.key === keyNode) return keyNode.parent;
        return undefined;
      }
      if (ind < col) return undefined;
    }
    end = ls - 1;
  }
  return undefined;
}

/** The nearest property above `lineStart` whose key is indented less than `col` (the block's owner). */
function findParentProperty(doc: DocumentModel, root: ValueNode | undefined, lineStart: number, col: number): PropertyNode | undefined {
  const text = doc.text;
  let end = lineStart - 1;
  while (end > 0 && root !== undefined) {
    const ls = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(ls, end);
    const trimmed = line.trimStart();
    if (trimmed !== '' && !trimmed.startsWith('#')) {
      const ind = line.length - trimmed.length;
      if (ind < col) {
        const dash = /^-\s+/.exec(trimmed);
        const keyCol = dash ? ind + dash[0].length : ind;
        const keyNode = nodeAt(root, ls + keyCol, false);
        if (keyNode?.parent?.type === 'property' && keyNode.parent.key === keyNode) return keyNode.parent;
        return undefined;
      }
    }
    end = ls - 1;
  }
  return undefined;
}
