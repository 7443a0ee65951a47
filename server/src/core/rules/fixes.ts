// Edit builders for fixes, aware of the host format (JSON, YAML block or flow style) and of the text
// around a node, so that a fix in a template's embedded policy keeps the template's indentation.
// Edits on nodes parsed out of a JSON string (embedding 'string') must be escaped for that string:
// `valueText` helpers serialise for the host format and `escapeFor` handles the string case.

import type { DocumentModel } from '../model/document';
import type { AnalysisUnit } from '../model/units';
import type { Node, ObjectNode, PropertyNode, ValueNode } from '../parse/tree';
import type { TextEdit } from './types';

/** How text inserted at a node must be written: JSON, YAML, or JSON inside a JSON/YAML string. */
export type EditFlavor = 'json' | 'yaml' | 'json-in-string';

export function flavorOf(doc: DocumentModel, unit: AnalysisUnit): EditFlavor {
  if (unit.embedding !== 'string') return doc.format;
  if (doc.format === 'json') return 'json-in-string';
  // In YAML the JSON text usually sits in a block scalar (`!Sub |`), where it needs no escaping; only a
  // double-quoted scalar needs JSON escapes.
  const first = unit.embedded ? unit.embedded.map.toHost(0) : -1;
  let i = first - 1;
  while (i >= 0 && (doc.text[i] === ' ' || doc.text[i] === '\t')) i--;
  return i >= 0 && doc.text[i] === '"' ? 'json-in-string' : 'json';
}

/** Serialises a plain value for insertion: JSON for JSON hosts, YAML flow style for YAML hosts. */
export function valueText(value: unknown, flavor: EditFlavor): string {
  const json = JSON.stringify(value);
  if (flavor === 'json') return json;
  if (flavor === 'json-in-string') return escapeForHostString(json);
  return yamlFlow(value);
}

function yamlFlow(value: unknown): string {
  if (typeof value === 'string') return /^[A-Za-z0-9_./:*-][A-Za-z0-9_./:* -]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n|~|[-+]?[0-9._]+([eE][-+]?[0-9]+)?|0x[0-9a-f]+|\d{4}-\d\d?-\d\d?.*)$/i.test(value) && !value.endsWith(' ') ? value : JSON.stringify(value);
  if (Array.isArray(value)) return '[' + value.map(yamlFlow).join(', ') + ']';
  if (value !== null && typeof value === 'object') {
    return '{' + Object.entries(value as Record<string, unknown>).map(([k, v]) => `${yamlFlow(k)}: ${yamlFlow(v)}`).join(', ') + '}';
  }
  return JSON.stringify(value);
}

/**
 * Text inserted into a JSON document that is itself the content of a JSON string in the host must be
 * escaped once more. (YAML block scalars need no escaping, but quoted strings do; we escape quotes and
 * backslashes, which is right for JSON strings and for double-quoted YAML.)
 */
export function escapeForHostString(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** Replaces a node's whole text. */
export function replaceNode(node: Node, newText: string): TextEdit {
  return { offset: node.offset, length: node.length, newText };
}

/** Replaces the characters of a string node's value (keeps the quotes). */
export function replaceStringContent(node: ValueNode, newValue: string, flavor: EditFlavor): TextEdit {
  if (node.type !== 'string') return replaceNode(node, valueText(newValue, flavor));
  const r = node.map ? node.map.rangeToHost(0, node.value.length) : { offset: node.contentOffset, length: node.value.length };
  const escaped = flavor === 'json' ? JSON.stringify(newValue).slice(1, -1) : flavor === 'json-in-string' ? escapeForHostString(JSON.stringify(newValue).slice(1, -1)) : newValue;
  return { offset: r.offset, length: r.length, newText: escaped };
}

function lineStartOf(text: string, offset: number): number {
  const i = text.lastIndexOf('\n', offset - 1);
  return i + 1;
}

function indentAt(text: string, offset: number): string {
  const ls = lineStartOf(text, offset);
  let i = ls;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text.slice(ls, i);
}

function isYamlBlock(text: string, obj: ObjectNode): boolean {
  // A flow mapping starts with `{`; a block mapping starts with its first key.
  return text.charCodeAt(obj.offset) !== 123;
}

/** Removes a property together with its separator (comma or line). */
export function removeProperty(doc: DocumentModel, prop: PropertyNode, flavor: EditFlavor): TextEdit {
  const obj = prop.parent as ObjectNode;
  const text = doc.text;
  const idx = obj.properties.indexOf(prop);
  if (flavor === 'yaml' && isYamlBlock(text, obj)) {
    const start = lineStartOf(text, prop.offset);
    const next = obj.properties[idx + 1];
    if (text.slice(start, prop.offset).trim() !== '' && next !== undefined) {
      // `- Effect: Allow` opens a sequence item: keep the `- ` and move the next key onto it.
      return { offset: prop.offset, length: next.offset - prop.offset, newText: '' };
    }
    let end = text.indexOf('\n', prop.offset + prop.length);
    end = end < 0 ? text.length : end + 1;
    return { offset: start, length: end - start, newText: '' };
  }
  const next = obj.properties[idx + 1];
  if (next !== undefined) return { offset: prop.offset, length: next.offset - prop.offset, newText: '' };
  const prev = obj.properties[idx - 1];
  if (prev !== undefined) {
    const from = prev.offset + prev.length;
    return { offset: from, length: prop.offset + prop.length - from, newText: '' };
  }
  return { offset: prop.offset, length: prop.length, newText: '' };
}

/**
 * Inserts `key: value` as the last property of `obj`. `value` is a plain JS value serialised for the
 * host flavour; pass `rawValue` to insert pre-formatted text instead.
 */
export function insertProperty(doc: DocumentModel, obj: ObjectNode, key: string, value: unknown, flavor: EditFlavor, rawValue?: string): TextEdit {
  const text = doc.text;
  const v = rawValue ?? valueText(value, flavor);
  const last = obj.properties[obj.properties.length - 1];
  if (flavor === 'yaml' && isYamlBlock(text, obj)) {
    const anchor = last ?? obj;
    const indent = last ? indentAt(text, last.offset) : indentAt(text, obj.offset);
    let end = text.indexOf('\n', anchor.offset + anchor.length);
    if (end < 0) return { offset: text.length, length: 0, newText: `\n${indent}${key}: ${v}` };
    return { offset: end + 1, length: 0, newText: `${indent}${key}: ${v}\n` };
  }
  const k = flavor === 'yaml' ? key : flavor === 'json-in-string' ? escapeForHostString(JSON.stringify(key)) : JSON.stringify(key);
  const sep = flavor === 'yaml' ? ': ' : ': ';
  if (last === undefined) {
    // `{}` → `{ "key": value }`
    return { offset: obj.offset + 1, length: 0, newText: ` ${k}${sep}${v} ` };
  }
  const between = text.slice(obj.properties.length > 1 ? obj.properties[obj.properties.length - 2].offset + obj.properties[obj.properties.length - 2].length : obj.offset + 1, last.offset);
  const nl = between.includes('\n');
  const indent = nl ? indentAt(text, last.offset) : ' ';
  return { offset: last.offset + last.length, length: 0, newText: `,${nl ? '\n' + indent : ' '}${k}${sep}${v}` };
}

/** Inserts `key: value` as the first property of `obj` (e.g. `Version` at the top of a policy). */
export function insertPropertyFirst(doc: DocumentModel, obj: ObjectNode, key: string, value: unknown, flavor: EditFlavor): TextEdit {
  const first = obj.properties[0];
  if (first === undefined) return insertProperty(doc, obj, key, value, flavor);
  const text = doc.text;
  const v = valueText(value, flavor);
  if (flavor === 'yaml' && isYamlBlock(text, obj)) {
    const indent = indentAt(text, first.offset);
    const ls = lineStartOf(text, first.offset);
    if (text.slice(ls, first.offset).trim() === '') return { offset: ls, length: 0, newText: `${indent}${key}: ${v}\n` };
    // The first key shares its line with a `- ` sequence marker: insert after it, on the same column.
    const col = first.offset - ls;
    return { offset: first.offset, length: 0, newText: `${key}: ${v}\n${' '.repeat(col)}` };
  }
  const k = flavor === 'yaml' ? key : flavor === 'json-in-string' ? escapeForHostString(JSON.stringify(key)) : JSON.stringify(key);
  const before = text.slice(obj.offset + 1, first.offset);
  const nl = before.includes('\n');
  const indent = nl ? indentAt(text, first.offset) : ' ';
  return { offset: first.offset, length: 0, newText: `${k}: ${v},${nl ? '\n' + indent : ' '}` };
}
