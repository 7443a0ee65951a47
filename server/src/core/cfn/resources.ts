// Views of the messaging resources of a template (queues, topics, functions) and of the wiring between
// them: event sources (ESMs and SAM `Events`), SNS subscriptions, queue/topic policies, S3 notifications
// and Lambda asynchronous destinations. SAM resources are read as the transform expands them
// (`AWS::Serverless::Function` `Events`, `Globals.Function`). The index is built once per template model.
//
// INVARIANT: the index is derived only from the template model it is keyed on (a WeakMap per document
// version), so it carries no state between runs.

import { ObjectNode, PropertyNode, StringNode, ValueNode, getProperty, getValue, isArray, isObject, isString } from '../parse/tree';
import type { TemplateModel, TemplateResource } from '../model/template';
import { Target, resolveBoolean, resolveNumber, resolveString, resolveTarget } from './resolve';

export const FUNCTION_TYPES = ['AWS::Lambda::Function', 'AWS::Serverless::Function'];

/** A numeric setting with where it comes from; `node` is undefined when AWS's default applies. */
export interface Setting {
  value: number;
  node?: ValueNode;
  /** The property on the resource (or in SAM Globals) that sets it. */
  prop?: PropertyNode;
  from: 'resource' | 'globals' | 'parameter' | 'default';
  /** The parameter whose default supplies the value. */
  paramName?: string;
}

/**
 * A numeric property with AWS's default when absent. Undefined when it is written but cannot be known
 * (an intrinsic, a parameter without default) or is not a number (the range rules report that).
 */
export function numberSetting(t: TemplateModel | undefined, props: ObjectNode | undefined, key: string, def: number | undefined, globals?: ObjectNode): Setting | undefined {
  const prop = getProperty(props, key) ?? getProperty(globals, key);
  if (prop === undefined || prop.value === undefined || prop.value.type === 'null') {
    return def === undefined ? undefined : { value: def, from: 'default' };
  }
  const n = resolveNumber(t, prop.value);
  if (n === undefined) return undefined;
  const from = n.param !== undefined ? 'parameter' : prop.parent === globals ? 'globals' : 'resource';
  return { value: n.value, node: n.node, prop, from, paramName: n.param?.name };
}

/** The `Globals.Function` section of a SAM template (applies to `AWS::Serverless::Function` only). */
export function functionGlobals(t: TemplateModel, r: TemplateResource): ObjectNode | undefined {
  if (r.type !== 'AWS::Serverless::Function') return undefined;
  const g = getValue(t.globals, 'Function');
  return isObject(g) ? g : undefined;
}

/** A function's `Timeout` (default 3 s), through SAM Globals. */
export function functionTimeout(t: TemplateModel, r: TemplateResource): Setting | undefined {
  return numberSetting(t, r.properties, 'Timeout', 3, functionGlobals(t, r));
}

// ---------- Queues and topics ----------

export interface QueueView {
  resource?: TemplateResource;
  props?: ObjectNode;
  /** Undefined when it cannot be known (or the resource contradicts itself; SQS101 reports that). */
  fifo: boolean | undefined;
  name?: string;
  /** How messages name the queue: its logical id, or its name. */
  label: string;
}

export interface TopicView {
  resource?: TemplateResource;
  props?: ObjectNode;
  fifo: boolean | undefined;
  name?: string;
  label: string;
}

/** FIFO-ness from a `FifoQueue`/`FifoTopic` flag and a name (both must agree). */
function fifoOf(t: TemplateModel | undefined, props: ObjectNode | undefined, flagKey: string, nameKey: string): { fifo: boolean | undefined; name?: string } {
  const flagProp = getProperty(props, flagKey);
  const flag = flagProp === undefined ? false : resolveBoolean(t, flagProp.value);
  const nameProp = getProperty(props, nameKey);
  const name = nameProp === undefined ? undefined : resolveString(t, nameProp.value)?.value;
  if (flag === undefined) return { fifo: name === undefined ? undefined : name.endsWith('.fifo') ? undefined : false, name };
  if (name !== undefined && name.endsWith('.fifo') !== flag) return { fifo: undefined, name };
  return { fifo: flag, name };
}

export function queueOfResource(t: TemplateModel | undefined, r: TemplateResource): QueueView {
  const f = fifoOf(t, r.properties, 'FifoQueue', 'QueueName');
  return { resource: r, props: r.properties, fifo: f.fifo, name: f.name, label: r.name };
}

/** The queue a value designates (a queue of the template, or a literal ARN/URL), if it is a queue. */
export function queueOf(t: TemplateModel | undefined, target: Target | undefined): QueueView | undefined {
  if (target === undefined) return undefined;
  if (target.resource !== undefined) return target.resource.type === 'AWS::SQS::Queue' ? queueOfResource(t, target.resource) : undefined;
  if (target.service !== 'sqs') return undefined;
  return { fifo: target.name === undefined ? undefined : target.name.endsWith('.fifo'), name: target.name, label: target.name ?? target.literal ?? 'queue' };
}

export function topicOfResource(t: TemplateModel | undefined, r: TemplateResource): TopicView {
  const f = fifoOf(t, r.properties, 'FifoTopic', 'TopicName');
  return { resource: r, props: r.properties, fifo: f.fifo, name: f.name, label: r.name };
}

export function topicOf(t: TemplateModel | undefined, target: Target | undefined): TopicView | undefined {
  if (target === undefined) return undefined;
  if (target.resource !== undefined) return target.resource.type === 'AWS::SNS::Topic' ? topicOfResource(t, target.resource) : undefined;
  if (target.service !== 'sns') return undefined;
  return { fifo: target.name === undefined ? undefined : target.name.endsWith('.fifo'), name: target.name, label: target.name ?? target.literal ?? 'topic' };
}

// ---------- Wiring ----------

export type SourceType = 'sqs' | 'kinesis' | 'dynamodb' | 'kafka' | 'mq' | 'docdb';

/** An event source mapping, written as `AWS::Lambda::EventSourceMapping` or as a SAM function event. */
export interface EventSource {
  origin: 'esm' | 'sam';
  /** The ESM resource, or the SAM function that declares the event. */
  owner: TemplateResource;
  /** SAM: the event's logical name and key node. */
  eventName?: string;
  eventKey?: StringNode;
  /** ESM `Properties`, or the SAM event's `Properties`. */
  props: ObjectNode | undefined;
  type: SourceType | undefined;
  /** The property naming the source (`EventSourceArn`, `Queue`, `Stream`). */
  sourceProp?: PropertyNode;
  source?: Target;
  /** The consuming function, when it is a resource of the template. */
  fn?: TemplateResource;
  /** ESM `FunctionName` (SAM events have none: the function is the owner). */
  functionProp?: PropertyNode;
}

/** An SNS subscription: `AWS::SNS::Subscription`, an inline `Subscription` of a topic, or a SAM `SNS` event. */
export interface Subscription {
  origin: 'resource' | 'inline' | 'sam';
  /** The subscription resource, the topic (inline) or the SAM function. */
  owner: TemplateResource;
  node: ObjectNode | undefined;
  protocol?: string;
  protocolNode?: ValueNode;
  topicNode?: ValueNode;
  topic?: Target;
  endpointNode?: ValueNode;
  endpoint?: Target;
}

/** A resource policy resource (`AWS::SQS::QueuePolicy`, `AWS::SNS::TopicPolicy`) and what it applies to. */
export interface ResourcePolicy {
  resource: TemplateResource;
  /** The resources of the template it is attached to. */
  targets: TemplateResource[];
  /** Whether some entry of Queues/Topics cannot be resolved (then absence proves nothing). */
  hasUnknownTargets: boolean;
  document: ValueNode | undefined;
}

/** An S3 bucket notification (`NotificationConfiguration`) or a SAM `S3` event. */
export interface Notification {
  bucket: TemplateResource;
  /** `queue`, `topic` or `lambda`. */
  kind: 'queue' | 'topic' | 'lambda';
  node: ValueNode;
  target?: Target;
  /** For SAM S3 events: the function declaring it (then `node` is the event's `Bucket`). */
  samFunction?: TemplateResource;
}

/** A Lambda asynchronous destination or dead-letter target, or an event source mapping's on-failure destination. */
export interface AsyncTarget {
  /** The function, SAM function, `AWS::Lambda::EventInvokeConfig` or event source mapping resource. */
  owner: TemplateResource;
  role: 'dlq' | 'onSuccess' | 'onFailure';
  node: ValueNode;
  target?: Target;
  /** Set for an event source mapping's `DestinationConfig` (streams and Kafka), which has its own rules. */
  eventSource?: EventSource;
}

export interface WiringIndex {
  eventSources: EventSource[];
  subscriptions: Subscription[];
  queuePolicies: ResourcePolicy[];
  topicPolicies: ResourcePolicy[];
  notifications: Notification[];
  asyncTargets: AsyncTarget[];
}

const CACHE = new WeakMap<TemplateModel, WiringIndex>();

export function wiring(t: TemplateModel): WiringIndex {
  let w = CACHE.get(t);
  if (w === undefined) {
    w = buildWiring(t);
    CACHE.set(t, w);
  }
  return w;
}

const SAM_SOURCE_TYPES: Readonly<Record<string, { type: SourceType; key: string }>> = {
  SQS: { type: 'sqs', key: 'Queue' },
  Kinesis: { type: 'kinesis', key: 'Stream' },
  DynamoDB: { type: 'dynamodb', key: 'Stream' },
  MSK: { type: 'kafka', key: 'Stream' },
  SelfManagedKafka: { type: 'kafka', key: 'KafkaBootstrapServers' },
  MQ: { type: 'mq', key: 'Broker' },
  DocumentDB: { type: 'docdb', key: 'Cluster' },
};

function esmType(props: ObjectNode | undefined, source: Target | undefined): SourceType | undefined {
  if (getProperty(props, 'SelfManagedEventSource') !== undefined || getProperty(props, 'AmazonManagedKafkaEventSourceConfig') !== undefined || getProperty(props, 'SelfManagedKafkaEventSourceConfig') !== undefined) return 'kafka';
  if (getProperty(props, 'DocumentDBEventSourceConfig') !== undefined) return 'docdb';
  const svc = source?.service;
  if (svc === 'sqs' || svc === 'kinesis' || svc === 'dynamodb' || svc === 'kafka' || svc === 'mq') return svc;
  if (source?.resource?.type === 'AWS::DynamoDB::Table') return 'dynamodb';
  return undefined;
}

function buildWiring(t: TemplateModel): WiringIndex {
  const w: WiringIndex = { eventSources: [], subscriptions: [], queuePolicies: [], topicPolicies: [], notifications: [], asyncTargets: [] };
  for (const r of t.resources.values()) {
    const props = r.properties;
    switch (r.type) {
      case 'AWS::Lambda::EventSourceMapping': {
        const sourceProp = getProperty(props, 'EventSourceArn');
        const source = resolveTarget(t, sourceProp?.value);
        const functionProp = getProperty(props, 'FunctionName');
        const fnTarget = resolveTarget(t, functionProp?.value);
        const fn = fnTarget?.resource !== undefined && FUNCTION_TYPES.includes(fnTarget.resource.type) ? fnTarget.resource : undefined;
        const es: EventSource = { origin: 'esm', owner: r, props, type: esmType(props, source), sourceProp, source, fn, functionProp };
        w.eventSources.push(es);
        esmDestination(t, es, w);
        break;
      }
      case 'AWS::Serverless::Function':
        samFunction(t, r, w);
        asyncOfFunction(t, r, w);
        break;
      case 'AWS::Lambda::Function':
        asyncOfFunction(t, r, w);
        break;
      case 'AWS::Lambda::EventInvokeConfig':
        destinations(t, r, getValue(props, 'DestinationConfig'), w);
        break;
      case 'AWS::SNS::Subscription': {
        const protocolNode = getValue(props, 'Protocol');
        const topicNode = getValue(props, 'TopicArn');
        const endpointNode = getValue(props, 'Endpoint');
        w.subscriptions.push({
          origin: 'resource', owner: r, node: props, protocol: resolveString(t, protocolNode)?.value.toLowerCase(), protocolNode,
          topicNode, topic: resolveTarget(t, topicNode), endpointNode, endpoint: resolveTarget(t, endpointNode),
        });
        break;
      }
      case 'AWS::SNS::Topic': {
        const subs = getValue(props, 'Subscription');
        if (isArray(subs)) {
          for (const s of subs.items) {
            if (!isObject(s)) continue;
            const protocolNode = getValue(s, 'Protocol');
            const endpointNode = getValue(s, 'Endpoint');
            w.subscriptions.push({
              origin: 'inline', owner: r, node: s, protocol: resolveString(t, protocolNode)?.value.toLowerCase(), protocolNode,
              topic: { resource: r, attribute: 'Ref', service: 'sns', node: r.keyNode }, endpointNode, endpoint: resolveTarget(t, endpointNode),
            });
          }
        }
        break;
      }
      case 'AWS::SQS::QueuePolicy':
        w.queuePolicies.push(resourcePolicy(t, r, 'Queues', 'AWS::SQS::Queue'));
        break;
      case 'AWS::SNS::TopicPolicy':
        w.topicPolicies.push(resourcePolicy(t, r, 'Topics', 'AWS::SNS::Topic'));
        break;
      case 'AWS::S3::Bucket': {
        const nc = getValue(props, 'NotificationConfiguration');
        const lists: [string, string, Notification['kind']][] = [['QueueConfigurations', 'Queue', 'queue'], ['TopicConfigurations', 'Topic', 'topic'], ['LambdaConfigurations', 'Function', 'lambda']];
        for (const [listKey, key, kind] of lists) {
          const list = getValue(nc, listKey);
          if (!isArray(list)) continue;
          for (const item of list.items) {
            const node = getValue(item, key);
            if (node !== undefined) w.notifications.push({ bucket: r, kind, node, target: resolveTarget(t, node) });
          }
        }
        break;
      }
      default:
        break;
    }
  }
  return w;
}

function samFunction(t: TemplateModel, r: TemplateResource, w: WiringIndex): void {
  const events = getValue(r.properties, 'Events');
  if (!isObject(events)) return;
  for (const ev of events.properties) {
    if (!isObject(ev.value)) continue;
    const type = resolveString(t, getValue(ev.value, 'Type'))?.value;
    const evProps = getValue(ev.value, 'Properties');
    const props = isObject(evProps) ? evProps : undefined;
    if (type === undefined) continue;
    const src = SAM_SOURCE_TYPES[type];
    if (src !== undefined) {
      const sourceProp = getProperty(props, src.key);
      const es: EventSource = { origin: 'sam', owner: r, eventName: ev.key.value, eventKey: ev.key, props, type: src.type, sourceProp, source: resolveTarget(t, sourceProp?.value), fn: r };
      w.eventSources.push(es);
      esmDestination(t, es, w);
    } else if (type === 'SNS') {
      const topicNode = getValue(props, 'Topic');
      // With `SqsSubscription` SAM creates the queue and its policy itself: nothing to check.
      if (getProperty(props, 'SqsSubscription') !== undefined) continue;
      w.subscriptions.push({ origin: 'sam', owner: r, node: props, protocol: 'lambda', topicNode, topic: resolveTarget(t, topicNode), endpoint: { resource: r, attribute: 'Arn', service: 'lambda', node: ev.key } });
    } else if (type === 'S3') {
      const bucketNode = getValue(props, 'Bucket');
      const target = resolveTarget(t, bucketNode);
      if (bucketNode !== undefined && target?.resource?.type === 'AWS::S3::Bucket') {
        w.notifications.push({ bucket: target.resource, kind: 'lambda', node: bucketNode, target: { resource: r, attribute: 'Arn', service: 'lambda', node: bucketNode }, samFunction: r });
      }
    }
  }
}

function esmDestination(t: TemplateModel, es: EventSource, w: WiringIndex): void {
  const d = getValue(getValue(getValue(es.props, 'DestinationConfig'), 'OnFailure'), 'Destination');
  if (d !== undefined) w.asyncTargets.push({ owner: es.owner, role: 'onFailure', node: d, target: resolveTarget(t, d), eventSource: es });
}

function asyncOfFunction(t: TemplateModel, r: TemplateResource, w: WiringIndex): void {
  const props = r.properties;
  if (r.type === 'AWS::Lambda::Function') {
    const d = getValue(getValue(props, 'DeadLetterConfig'), 'TargetArn');
    if (d !== undefined) w.asyncTargets.push({ owner: r, role: 'dlq', node: d, target: resolveTarget(t, d) });
    return;
  }
  const d = getValue(getValue(props, 'DeadLetterQueue'), 'TargetArn');
  if (d !== undefined) w.asyncTargets.push({ owner: r, role: 'dlq', node: d, target: resolveTarget(t, d) });
  destinations(t, r, getValue(getValue(props, 'EventInvokeConfig'), 'DestinationConfig'), w);
}

function destinations(t: TemplateModel, owner: TemplateResource, config: ValueNode | undefined, w: WiringIndex): void {
  for (const role of ['OnSuccess', 'OnFailure'] as const) {
    const d = getValue(getValue(config, role), 'Destination');
    if (d !== undefined) w.asyncTargets.push({ owner, role: role === 'OnSuccess' ? 'onSuccess' : 'onFailure', node: d, target: resolveTarget(t, d) });
  }
}

function resourcePolicy(t: TemplateModel, r: TemplateResource, key: string, type: string): ResourcePolicy {
  const list = getValue(r.properties, key);
  const targets: TemplateResource[] = [];
  let hasUnknownTargets = false;
  for (const item of isArray(list) ? list.items : list !== undefined ? [list] : []) {
    const target = resolveTarget(t, item);
    if (target?.resource !== undefined && target.resource.type === type) targets.push(target.resource);
    else if (target?.resource === undefined) hasUnknownTargets = true;
  }
  return { resource: r, targets, hasUnknownTargets, document: getValue(r.properties, 'PolicyDocument') };
}

/** The SQS event sources whose queue and consuming function are both resources of the template. */
export interface SqsConsumer {
  es: EventSource;
  queue: TemplateResource;
  fn: TemplateResource;
}

export function sqsConsumers(t: TemplateModel): SqsConsumer[] {
  const out: SqsConsumer[] = [];
  for (const es of wiring(t).eventSources) {
    const q = es.source?.resource;
    if (es.type !== 'sqs' || q === undefined || q.type !== 'AWS::SQS::Queue' || es.fn === undefined) continue;
    out.push({ es, queue: q, fn: es.fn });
  }
  return out;
}

/** Where an event source is declared: the SAM event's name, or the mapping's logical id. */
export function eventSourceLabel(es: EventSource, withFunction = true): string {
  if (es.origin === 'esm') return `event source mapping '${es.owner.name}'`;
  return withFunction ? `event '${es.eventName}' of function '${es.owner.name}'` : `SAM event '${es.eventName}'`;
}

/** The node to report a relationship on: the property naming the source, else the event or resource key. */
export function eventSourceAnchor(es: EventSource): { offset: number; length: number } {
  const n = es.sourceProp?.value ?? es.eventKey ?? es.owner.keyNode;
  return { offset: n.offset, length: n.length };
}

/** Where to point at a resource in related information: its logical id. */
export function resourceAnchor(r: TemplateResource): { offset: number; length: number } {
  return { offset: r.keyNode.offset, length: r.keyNode.length };
}

/** Whether a node is a string (for messages that quote a literal). */
export function literalText(n: ValueNode | undefined): string | undefined {
  return isString(n) ? n.value : undefined;
}
