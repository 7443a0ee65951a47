// Edit builders for fixes, aware of the host format (JSON, YAML block or flow style) and of the text
// around a node, so that a fix in a template's embedded policy keeps the template's indentation.
// Edits on nodes parsed out of a JSON string (embedding 'string') must be escaped for that string:
// `valueText` helpers serialise for the host format and `escapeFor` handles the string case.

import type { DocumentModel } from '../model/document';
import type { AnalysisUnit } from '../model/units';
import type { ArrayNode, Node, ObjectNode, PropertyNode, ValueNode } from '../parse/tree';
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

/**
 * Where the next line starts after a node, for inserting lines after it. YAML block collections end
 * after their last newline already; scalars end before theirs. `atEnd` is set when the text has no
 * newline there (insert one first).
 */
function afterLine(text: string, node: { offset: number; length: number }): { offset: number; atEnd: boolean } {
  const e = node.offset + node.length;
  if (e > 0 && text.charCodeAt(e - 1) === 10) return { offset: e, atEnd: false };
  const nl = text.indexOf('\n', e);
  return nl < 0 ? { offset: text.length, atEnd: true } : { offset: nl + 1, atEnd: false };
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
    const end = afterLine(text, prop).offset;
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
    const at = afterLine(text, anchor);
    if (at.atEnd) return { offset: text.length, length: 0, newText: `\n${indent}${key}: ${v}` };
    return { offset: at.offset, length: 0, newText: `${indent}${key}: ${v}\n` };
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

// ---------- Structured values (template fixes that add statements, properties or resources) ----------

/** The indentation step of a document (two spaces unless the text clearly uses four or a tab). */
export function indentUnit(doc: DocumentModel): string {
  const m = /\n([ \t]+)\S/.exec(doc.text);
  if (m === null) return '  ';
  if (m[1].startsWith('\t')) return '\t';
  return m[1].length >= 4 && m[1].length % 4 === 0 && !/\n {2}\S/.test(doc.text) ? '    ' : '  ';
}

/** A value to insert that contains CloudFormation intrinsics: `{"Ref": "X"}` becomes `!Ref X` in YAML. */
function yamlTag(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value as object);
  if (keys.length !== 1) return undefined;
  const v = (value as Record<string, unknown>)[keys[0]];
  if (keys[0] === 'Ref' && typeof v === 'string') return `!Ref ${v}`;
  if (keys[0] === 'Fn::GetAtt' && Array.isArray(v) && v.length === 2) return `!GetAtt ${v[0]}.${v[1]}`;
  if (keys[0] === 'Fn::Sub' && typeof v === 'string') return `!Sub ${JSON.stringify(v)}`;
  return undefined;
}

function isScalarish(v: unknown): boolean {
  return v === null || typeof v !== 'object' || yamlTag(v) !== undefined || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && Object.keys(v as object).length === 0);
}

function yamlInline(v: unknown): string {
  const tag = yamlTag(v);
  if (tag !== undefined) return tag;
  if (Array.isArray(v) && v.length === 0) return '[]';
  if (v !== null && typeof v === 'object' && Object.keys(v).length === 0) return '{}';
  return yamlFlow(v);
}

/** YAML block lines for a mapping or sequence body whose entries start at `indent`. */
function yamlLines(value: unknown, indent: string, unit: string): string[] {
  const out: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isScalarish(item)) {
        out.push(`${indent}- ${yamlInline(item)}`);
        continue;
      }
      const inner = yamlLines(item, indent + '  ', unit);
      if (inner.length > 0) inner[0] = `${indent}- ${inner[0].slice(indent.length + 2)}`;
      out.push(...inner);
    }
    return out;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const key = yamlFlow(k);
    if (isScalarish(v)) out.push(`${indent}${key}: ${yamlInline(v)}`);
    else out.push(`${indent}${key}:`, ...yamlLines(v, indent + unit, unit));
  }
  return out;
}

/** JSON text of a value laid out for a key at `indent` (continuation lines indented below it). */
function jsonBlock(value: unknown, indent: string, unit: string): string {
  return JSON.stringify(value, null, unit).replace(/\n/g, '\n' + indent);
}

/**
 * Inserts `key: value` with a structured value as the last property of `obj`, laid out in the host's
 * style (YAML block or multi-line JSON). Intrinsics are written in the host's form.
 */
export function insertBlockProperty(doc: DocumentModel, obj: ObjectNode, key: string, value: unknown, flavor: EditFlavor): TextEdit {
  const text = doc.text;
  const unit = indentUnit(doc);
  const last = obj.properties[obj.properties.length - 1];
  if (flavor === 'yaml' && isYamlBlock(text, obj)) {
    const indent = last ? indentAt(text, last.offset) : indentAt(text, obj.offset) + unit;
    const lines = isScalarish(value) ? [`${indent}${yamlFlow(key)}: ${yamlInline(value)}`] : [`${indent}${yamlFlow(key)}:`, ...yamlLines(value, indent + unit, unit)];
    const at = afterLine(text, last ?? obj);
    if (at.atEnd) return { offset: text.length, length: 0, newText: '\n' + lines.join('\n') };
    return { offset: at.offset, length: 0, newText: lines.join('\n') + '\n' };
  }
  if (flavor === 'yaml') return insertProperty(doc, obj, key, value, flavor, yamlFlowWithTags(value));
  const indent = last ? indentAt(text, last.offset) : indentAt(text, obj.offset) + unit;
  const raw = jsonBlock(value, indent, unit);
  return insertProperty(doc, obj, key, value, flavor, flavor === 'json-in-string' ? escapeForHostString(raw) : raw);
}

function yamlFlowWithTags(value: unknown): string {
  const tag = yamlTag(value);
  if (tag !== undefined) return tag;
  if (Array.isArray(value)) return '[' + value.map(yamlFlowWithTags).join(', ') + ']';
  if (value !== null && typeof value === 'object') {
    return '{' + Object.entries(value as Record<string, unknown>).map(([k, v]) => `${yamlFlow(k)}: ${yamlFlowWithTags(v)}`).join(', ') + '}';
  }
  return yamlFlow(value);
}

/** Appends an item to an array, laid out like the existing items (YAML block sequence or JSON). */
export function appendArrayItem(doc: DocumentModel, arr: ArrayNode, value: unknown, flavor: EditFlavor): TextEdit {
  const text = doc.text;
  const unit = indentUnit(doc);
  const last = arr.items[arr.items.length - 1];
  const block = flavor === 'yaml' && text.charCodeAt(arr.offset) !== 91; /* [ */
  if (block) {
    const anchor = last ?? arr;
    const indent = indentAt(text, anchor.offset);
    const lines = isScalarish(value) ? [`${indent}- ${yamlInline(value)}`] : yamlLines([value], indent, unit);
    const at = afterLine(text, anchor);
    if (at.atEnd) return { offset: text.length, length: 0, newText: '\n' + lines.join('\n') };
    return { offset: at.offset, length: 0, newText: lines.join('\n') + '\n' };
  }
  if (flavor === 'yaml') {
    const v = yamlFlowWithTags(value);
    if (last === undefined) return { offset: arr.offset + 1, length: 0, newText: v };
    return { offset: last.offset + last.length, length: 0, newText: `, ${v}` };
  }
  if (last === undefined) {
    const indent = indentAt(text, arr.offset);
    const raw = jsonBlock(value, indent + unit, unit);
    return { offset: arr.offset + 1, length: 0, newText: `\n${indent}${unit}${flavor === 'json-in-string' ? escapeForHostString(raw) : raw}\n${indent}` };
  }
  const prev = arr.items[arr.items.length - 2];
  const between = text.slice(prev ? prev.offset + prev.length : arr.offset + 1, last.offset);
  const nl = between.includes('\n');
  const indent = nl ? indentAt(text, last.offset) : '';
  const raw = nl ? jsonBlock(value, indent, unit) : JSON.stringify(value);
  return { offset: last.offset + last.length, length: 0, newText: `,${nl ? '\n' + indent : ' '}${flavor === 'json-in-string' ? escapeForHostString(raw) : raw}` };
}

/** Replaces a scalar's value keeping how it is written: a number stays a number, a quoted string stays quoted. */
export function setScalar(node: ValueNode, value: string | number | boolean, flavor: EditFlavor): TextEdit {
  if (node.type === 'string') return replaceStringContent(node, String(value), flavor);
  return replaceNode(node, typeof value === 'string' ? valueText(value, flavor) : String(value));
}

/**
 * Removes several properties of one object without overlapping edits: runs of adjacent removed
 * properties become one edit in JSON and flow YAML; block YAML removes whole lines.
 */
export function removeProperties(doc: DocumentModel, obj: ObjectNode, props: readonly PropertyNode[], flavor: EditFlavor): TextEdit[] {
  const remove = new Set(props);
  if (flavor === 'yaml' && isYamlBlock(doc.text, obj)) return obj.properties.filter((p) => remove.has(p)).map((p) => removeProperty(doc, p, flavor));
  const all = obj.properties;
  // Emptying the object: `{}`.
  if (all.every((p) => remove.has(p)) && all.length > 0) return [{ offset: obj.offset + 1, length: obj.length - 2, newText: '' }];
  const edits: TextEdit[] = [];
  for (let i = 0; i < all.length; i++) {
    if (!remove.has(all[i])) continue;
    let j = i;
    while (j + 1 < all.length && remove.has(all[j + 1])) j++;
    const next = all[j + 1];
    const prev = all[i - 1];
    if (next !== undefined) edits.push({ offset: all[i].offset, length: next.offset - all[i].offset, newText: '' });
    else if (prev !== undefined) edits.push({ offset: prev.offset + prev.length, length: all[j].offset + all[j].length - (prev.offset + prev.length), newText: '' });
    else edits.push({ offset: all[i].offset, length: all[j].offset + all[j].length - all[i].offset, newText: '' });
    i = j;
  }
  return edits;
}
