// Edits the IAM fixes need beyond rules/fixes.ts: removing one item of a list (an action, a resource, a
// statement) in JSON, YAML block and YAML flow style, together with its separator.

import type { DocumentModel } from '../../model/document';
import type { ArrayNode, ValueNode } from '../../parse/tree';
import type { EditFlavor } from '../fixes';
import type { TextEdit } from '../types';

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Removes `item` from `arr`; undefined when the list would become empty (callers remove more). Callers
 * that remove many items of one long list pass the item's position, which saves a search per item.
 */
export function removeItem(doc: DocumentModel, arr: ArrayNode, item: ValueNode, flavor: EditFlavor, position?: number): TextEdit | undefined {
  const text = doc.text;
  const i = position !== undefined && arr.items[position] === item ? position : arr.items.indexOf(item);
  if (i < 0 || arr.items.length < 2) return undefined;
  const block = flavor === 'yaml' && text.charCodeAt(arr.offset) !== 91; /* [ */
  if (block) {
    // `- item` on its own line(s): remove from the dash's line start to the next item's line start.
    const start = lineStart(text, item.offset);
    const next = arr.items[i + 1];
    const end = next !== undefined ? lineStart(text, next.offset) : (() => {
      const nl = text.indexOf('\n', item.offset + item.length);
      return nl < 0 ? text.length : nl + 1;
    })();
    return { offset: start, length: end - start, newText: '' };
  }
  const next = arr.items[i + 1];
  if (next !== undefined) return { offset: item.offset, length: next.offset - item.offset, newText: '' };
  const prev = arr.items[i - 1];
  const from = prev.offset + prev.length;
  return { offset: from, length: item.offset + item.length - from, newText: '' };
}
