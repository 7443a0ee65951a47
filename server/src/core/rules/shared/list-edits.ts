// Edits that add or replace entries of lists in policies (a resource of `Resource`, a statement of
// `Statement`), in JSON, JSON inside a string, and YAML block or flow style; removal is shared/edits.ts.
// Used by the ARN and least-privilege fixes.

import type { DocumentModel } from '../../model/document';
import type { ArrayNode, ValueNode } from '../../parse/tree';
import type { TextEdit } from '../types';
import { EditFlavor, valueText } from '../fixes';

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndAfter(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Whether the array is a YAML block sequence (items introduced by `- ` on their own lines). */
function isBlockSequence(doc: DocumentModel, arr: ArrayNode): boolean {
  return doc.format === 'yaml' && doc.text.charCodeAt(arr.offset) !== 91 /* [ */;
}

/**
 * Replaces a value (a string or a list) by a list of strings, written in the host's style: a JSON array
 * (on one line), or a YAML flow sequence.
 */
export function replaceWithList(node: ValueNode, values: readonly string[], flavor: EditFlavor): TextEdit {
  const v = values.length === 1 ? valueText(values[0], flavor) : `[${values.map((x) => valueText(x, flavor)).join(', ')}]`;
  return { offset: node.offset, length: node.length, newText: v };
}

/**
 * Appends strings to a list value, or turns a single value (a string, an intrinsic such as `!Sub`) into
 * a list holding it and them. Undefined when the single value spans lines in YAML (it cannot move into
 * a flow sequence as it is).
 */
export function appendToList(doc: DocumentModel, node: ValueNode, values: readonly string[], flavor: EditFlavor): TextEdit | undefined {
  if (node.type === 'array' && node.items.length > 0) {
    const last = node.items[node.items.length - 1];
    if (isBlockSequence(doc, node)) {
      const ls = lineStartOf(doc.text, last.offset);
      const indent = doc.text.slice(ls, last.offset);
      const end = lineEndAfter(doc.text, last.offset + Math.max(last.length - 1, 0));
      const atEof = end === doc.text.length && !doc.text.endsWith('\n');
      const lines = values.map((v) => `${indent}${valueText(v, flavor)}`).join('\n');
      return { offset: end, length: 0, newText: atEof ? `\n${lines}` : `${lines}\n` };
    }
    return { offset: last.offset + last.length, length: 0, newText: values.map((v) => `, ${valueText(v, flavor)}`).join('') };
  }
  if (node.type === 'array') return replaceWithList(node, values, flavor);
  const original = doc.text.slice(node.offset, node.offset + node.length);
  if (doc.format === 'yaml' && flavor === 'yaml' && original.includes('\n')) return undefined;
  return { offset: node.offset, length: node.length, newText: `[${[original, ...values.map((v) => valueText(v, flavor))].join(', ')}]` };
}

/**
 * Replaces one entry of a list (or a single value) by several strings: `"*"` becomes the ARN templates
 * of the actions' resource types. In a YAML block sequence the extra values go on new `- ` lines.
 */
export function replaceEntryWithMany(doc: DocumentModel, node: ValueNode, values: readonly string[], flavor: EditFlavor): TextEdit {
  const arr = node.parent;
  if (arr === undefined || arr.type !== 'array') return replaceWithList(node, values, flavor);
  if (isBlockSequence(doc, arr)) {
    const ls = lineStartOf(doc.text, node.offset);
    const indent = doc.text.slice(ls, node.offset);
    return { offset: node.offset, length: node.length, newText: values.map((v) => valueText(v, flavor)).join(`\n${indent}`) };
  }
  return { offset: node.offset, length: node.length, newText: values.map((v) => valueText(v, flavor)).join(', ') };
}

/**
 * Appends an entry, given as ready-made text for the host (JSON, or a one-line YAML flow value), after
 * the last item of a non-empty list: on its own line when the items are on their own lines.
 */
export function appendItemText(doc: DocumentModel, arr: ArrayNode, text: string): TextEdit | undefined {
  const last = arr.items[arr.items.length - 1];
  if (last === undefined) return undefined;
  if (isBlockSequence(doc, arr)) {
    const ls = lineStartOf(doc.text, last.offset);
    const indent = doc.text.slice(ls, last.offset);
    const end = lineEndAfter(doc.text, last.offset + Math.max(last.length - 1, 0));
    const atEof = end === doc.text.length && !doc.text.endsWith('\n');
    return { offset: end, length: 0, newText: atEof ? `\n${indent}${text}` : `${indent}${text}\n` };
  }
  const prev = arr.items[arr.items.length - 2];
  const gap = prev !== undefined ? doc.text.slice(prev.offset + prev.length, last.offset) : doc.text.slice(arr.offset + 1, last.offset);
  const nl = gap.lastIndexOf('\n');
  const sep = nl >= 0 ? `,\n${gap.slice(nl + 1)}` : ', ';
  return { offset: last.offset + last.length, length: 0, newText: `${sep}${text}` };
}
