// Edits on template resources for cross-resource fixes: set a property of another resource (a queue's
// visibility timeout, a dead-letter queue's retention), adding `Properties` when the resource has none.

import type { DocumentModel } from '../model/document';
import { TemplateResource, intrinsicName } from '../model/template';
import { getProperty } from '../parse/tree';
import { insertBlockProperty, insertProperty, removeProperty, setScalar } from '../rules/fixes';
import type { TextEdit } from '../rules/types';

/**
 * Sets `key` on a resource: replaces a literal value (keeping how it is written), or adds the property.
 * Undefined when the current value is an intrinsic or a parameter reference (the fix would hide it).
 */
export function setResourceProperty(doc: DocumentModel, r: TemplateResource, key: string, value: string | number | boolean): TextEdit | undefined {
  const flavor = doc.format;
  const p = getProperty(r.properties, key);
  if (p?.value !== undefined && p.value.type !== 'null') {
    if (intrinsicName(p.value) !== undefined || p.value.type === 'object' || p.value.type === 'array') return undefined;
    return setScalar(p.value, p.value.type === 'string' ? String(value) : value, flavor);
  }
  if (p !== undefined) return undefined;
  if (r.properties !== undefined) return insertProperty(doc, r.properties, key, value, flavor);
  return insertBlockProperty(doc, r.node, 'Properties', { [key]: value }, flavor);
}

/** Removes a property of a resource, if present. */
export function removeResourceProperty(doc: DocumentModel, r: TemplateResource, key: string): TextEdit | undefined {
  const p = getProperty(r.properties, key);
  return p === undefined ? undefined : removeProperty(doc, p, doc.format);
}
