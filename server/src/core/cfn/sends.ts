// Messages a Step Functions state machine sends to SQS or publishes to SNS (`sqs:sendMessage`,
// `sns:publish`, and their `aws-sdk:` forms): the task's queue or topic, resolved against the template
// (literal URLs and ARNs, `Fn::Sub` placeholders, `DefinitionSubstitutions`), and its literal body.

import type { DocumentModel } from '../model/document';
import type { AnalysisUnit } from '../model/units';
import { PropertyNode, ValueNode, getProperty, getValue, isObject, isString } from '../parse/tree';
import { aslModel } from '../asl/model';
import { Target, resolveTarget, resolveTargetIn } from './resolve';

export interface SendTask {
  service: 'sqs' | 'sns';
  state: string;
  /** `Parameters` (JSONPath) or `Arguments` (JSONata). */
  params: ValueNode;
  targetNode?: ValueNode;
  target?: Target;
  /** The literal message (`MessageBody` / `Message`), absent when it is computed (`MessageBody.$`). */
  body?: PropertyNode;
}

const SQS_SEND = /:states:::(aws-sdk:)?sqs:sendMessage(\.waitForTaskToken)?$/i;
const SNS_PUBLISH = /:states:::(aws-sdk:)?sns:publish(\.waitForTaskToken)?$/i;

/** A `${Name}` string resolved through the state machine's `DefinitionSubstitutions`, else the template. */
export function aslTarget(doc: DocumentModel, unit: AnalysisUnit, node: ValueNode | undefined): Target | undefined {
  if (node === undefined) return undefined;
  const subs = unit.context.substitutionsNode;
  if (isString(node) && subs !== undefined) {
    const m = /^\$\{([^}]+)\}$/.exec(node.value.trim());
    const v = m ? getValue(subs, m[1].trim()) : undefined;
    if (v !== undefined) return resolveTarget(doc.template, v);
  }
  return resolveTargetIn(doc.template, unit, node);
}

/** The send tasks of each state machine unit (three rules ask; units are built anew for every version). */
const tasksOf = new WeakMap<AnalysisUnit, readonly SendTask[]>();

export function sendTasks(doc: DocumentModel, unit: AnalysisUnit): readonly SendTask[] {
  let tasks = tasksOf.get(unit);
  if (tasks === undefined) {
    tasks = findSendTasks(doc, unit);
    tasksOf.set(unit, tasks);
  }
  return tasks;
}

function findSendTasks(doc: DocumentModel, unit: AnalysisUnit): SendTask[] {
  const machine = aslModel(unit);
  if (machine === undefined) return [];
  const out: SendTask[] = [];
  for (const s of machine.states) {
    if (s.type !== 'Task' || s.node === undefined) continue;
    const resource = getValue(s.node, 'Resource');
    if (!isString(resource)) continue;
    const service = SQS_SEND.test(resource.value) ? 'sqs' : SNS_PUBLISH.test(resource.value) ? 'sns' : undefined;
    if (service === undefined) continue;
    const params = getValue(s.node, 'Parameters') ?? getValue(s.node, 'Arguments');
    if (!isObject(params)) continue;
    const targetNode = getValue(params, service === 'sqs' ? 'QueueUrl' : 'TopicArn');
    const body = getProperty(params, service === 'sqs' ? 'MessageBody' : 'Message');
    out.push({ service, state: s.name, params, targetNode, target: aslTarget(doc, unit, targetNode), body });
  }
  return out;
}

/** The size in bytes SQS/SNS would see for a literal body (objects are sent as their JSON). */
export function literalSize(node: ValueNode | undefined, toJson: (n: ValueNode) => unknown): number | undefined {
  if (node === undefined) return undefined;
  if (isString(node)) return Buffer.byteLength(node.value, 'utf8');
  if (node.type === 'object' || node.type === 'array') return Buffer.byteLength(JSON.stringify(toJson(node)), 'utf8');
  return undefined;
}
