// Dead-letter queue wiring of SQS queues (CFN103–CFN105): the redrive policy unit of a queue, its
// `deadLetterTargetArn` and `maxReceiveCount`, in templates (object or JSON string) and attribute files.

import type { DocumentModel } from '../model/document';
import type { TemplateResource } from '../model/template';
import type { AnalysisUnit } from '../model/units';
import { PropertyNode, getProperty, isObject } from '../parse/tree';
import { attributeView, boolAttr } from '../settings/attributes';
import { Target, resolveTargetIn } from './resolve';
import { QueueView, queueOf, queueOfResource } from './resources';

export interface RedriveView {
  unit: AnalysisUnit;
  targetProp?: PropertyNode;
  countProp?: PropertyNode;
  target?: Target;
  /** The dead-letter queue, when it can be told what it is. */
  dlq?: QueueView;
  /** The source queue: its template resource, or (attribute files) its FIFO flag only. */
  source?: TemplateResource;
  sourceFifo: boolean | undefined;
}

/** The redrive policy units of a document (`RedrivePolicy` of queues, in every host). */
export function redriveViews(doc: DocumentModel): RedriveView[] {
  const out: RedriveView[] = [];
  for (const unit of doc.units) {
    if (unit.kind !== 'sqs-redrive-policy' || !isObject(unit.root)) continue;
    const v = redriveView(doc, unit);
    if (v !== undefined) out.push(v);
  }
  return out;
}

export function redriveView(doc: DocumentModel, unit: AnalysisUnit): RedriveView | undefined {
  const root = unit.root;
  if (!isObject(root)) return undefined;
  const t = doc.template;
  const targetProp = getProperty(root, 'deadLetterTargetArn');
  const target = resolveTargetIn(t, unit, targetProp?.value);
  const dlq = queueOf(t, target);
  let source: TemplateResource | undefined;
  let sourceFifo: boolean | undefined;
  if (unit.resource !== undefined && unit.resource.type === 'AWS::SQS::Queue') {
    source = unit.resource;
    sourceFifo = queueOfResource(t, source).fifo;
  } else if (unit.embedding === 'string' && doc.kind === 'sqs-queue-attributes') {
    const file = doc.units[0];
    const v = file ? attributeView(doc, file) : undefined;
    sourceFifo = v ? boolAttr(v, 'FifoQueue') : undefined;
  }
  return { unit, targetProp, countProp: getProperty(root, 'maxReceiveCount'), target, dlq, source, sourceFifo };
}
