// A queue's or topic's settings as rules see them, whichever host holds them: the `Properties` of an
// `AWS::SQS::Queue`/`AWS::SNS::Topic` (numbers, booleans or strings, intrinsics allowed) or a standalone
// attribute file (the `Attributes` map of `aws sqs create-queue`, where every value is a string, possibly
// inside a CLI input skeleton that also carries the name).

import type { DocumentModel } from '../model/document';
import type { TemplateModel, TemplateResource } from '../model/template';
import { AnalysisUnit, attributeMap } from '../model/units';
import { ObjectNode, PropertyNode, getProperty, isObject } from '../parse/tree';
import { resolveBoolean, resolveString } from '../cfn/resolve';
import { EditFlavor, flavorOf } from '../rules/fixes';

export interface AttributeView {
  host: 'template' | 'file';
  t: TemplateModel | undefined;
  /** The attribute map (template `Properties`, or the file's `Attributes`). */
  attrs: ObjectNode;
  /** The name property (`QueueName`/`TopicName` in templates, `QueueName`/`Name` in a CLI skeleton). */
  nameProp?: PropertyNode;
  /** The object that holds the name property (where a fix would add one). */
  nameHolder?: ObjectNode;
  resource?: TemplateResource;
  flavor: EditFlavor;
}

/** The view of a `sqs-queue-attributes` or `sns-topic-attributes` unit. */
export function attributeView(doc: DocumentModel, unit: AnalysisUnit): AttributeView | undefined {
  const root = unit.root;
  if (!isObject(root)) return undefined;
  const sqs = unit.kind === 'sqs-queue-attributes';
  const flavor = flavorOf(doc, unit);
  if (unit.embedding === 'subtree' && doc.template !== undefined) {
    const nameKey = sqs ? 'QueueName' : 'TopicName';
    return { host: 'template', t: doc.template, attrs: root, nameProp: getProperty(root, nameKey), nameHolder: root, resource: unit.resource, flavor };
  }
  const attrs = attributeMap(root);
  if (attrs === undefined) return undefined;
  const holder = attrs !== root ? root : undefined;
  const nameProp = holder ? getProperty(holder, sqs ? 'QueueName' : 'Name') : undefined;
  return { host: 'file', t: undefined, attrs, nameProp, nameHolder: holder, flavor };
}

/** A boolean attribute (`true` in templates, `"true"` in attribute files); undefined when unknown. */
export function boolAttr(v: AttributeView, key: string): boolean | undefined {
  const p = getProperty(v.attrs, key);
  if (p === undefined) return false;
  return resolveBoolean(v.t, p.value);
}

/** The known name, when written literally (or as a parameter default). */
export function nameOf(v: AttributeView): string | undefined {
  return v.nameProp === undefined ? undefined : resolveString(v.t, v.nameProp.value)?.value;
}

/** The text to write for a boolean `true` in this host (`true`, or `"true"` in attribute files). */
export function trueValue(v: AttributeView): boolean | string {
  return v.host === 'file' ? 'true' : true;
}
