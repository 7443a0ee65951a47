// `Ref` / `Fn::GetAtt` (and `${X}` inside `Fn::Sub`) in templates: which resource or parameter a
// reference names, what it returns, and which targets fit a property (for completion).

import type { TemplateModel, TemplateResource } from '../../model/template';
import { Node, StringNode, getProperty, isString } from '../../parse/tree';
import { numberSetting, queueOfResource, topicOfResource, functionTimeout } from '../../cfn/resources';
import { SQS_NUMBERS, formatSeconds } from '../../settings/limits';

/** What `Ref` and the main `Fn::GetAtt` attributes return, per resource type. */
export const RETURNS: Readonly<Record<string, { ref: string; attributes: Readonly<Record<string, string>> }>> = {
  'AWS::SQS::Queue': { ref: 'the queue URL', attributes: { Arn: 'the queue ARN', QueueName: 'the queue name', QueueUrl: 'the queue URL' } },
  'AWS::SNS::Topic': { ref: 'the topic ARN', attributes: { TopicArn: 'the topic ARN', TopicName: 'the topic name' } },
  'AWS::SNS::Subscription': { ref: 'the subscription ARN', attributes: { Arn: 'the subscription ARN' } },
  'AWS::Lambda::Function': { ref: 'the function name', attributes: { Arn: 'the function ARN' } },
  'AWS::Serverless::Function': { ref: 'the function name', attributes: { Arn: 'the function ARN' } },
  'AWS::Lambda::Alias': { ref: 'the alias ARN', attributes: { AliasArn: 'the alias ARN' } },
  'AWS::Lambda::Version': { ref: 'the version ARN', attributes: { Version: 'the version number' } },
  'AWS::Lambda::EventSourceMapping': { ref: 'the mapping ID', attributes: { Id: 'the mapping ID' } },
  'AWS::S3::Bucket': { ref: 'the bucket name', attributes: { Arn: 'the bucket ARN', DomainName: 'the bucket domain name', RegionalDomainName: 'the regional domain name', WebsiteURL: 'the website URL' } },
  'AWS::IAM::Role': { ref: 'the role name', attributes: { Arn: 'the role ARN', RoleId: 'the role ID' } },
  'AWS::StepFunctions::StateMachine': { ref: 'the state machine ARN', attributes: { Arn: 'the state machine ARN', Name: 'the state machine name' } },
  'AWS::Serverless::StateMachine': { ref: 'the state machine ARN', attributes: { Arn: 'the state machine ARN', Name: 'the state machine name' } },
  'AWS::DynamoDB::Table': { ref: 'the table name', attributes: { Arn: 'the table ARN', StreamArn: 'the table\'s stream ARN' } },
  'AWS::Kinesis::Stream': { ref: 'the stream name', attributes: { Arn: 'the stream ARN' } },
  'AWS::Events::EventBus': { ref: 'the event bus name', attributes: { Arn: 'the event bus ARN', Name: 'the event bus name' } },
};

export interface ReferenceAt {
  /** `Ref`, `Fn::GetAtt` or `Fn::Sub` (a `${X}` placeholder). */
  fn: string;
  name: string;
  attribute?: string;
  /** The characters naming the target. */
  range: { offset: number; length: number };
}

/** The reference under the cursor: the argument of `Ref`/`Fn::GetAtt`, or a `${X}` in an `Fn::Sub` string. */
export function referenceAt(node: Node | undefined, offset: number): ReferenceAt | undefined {
  if (node === undefined) return undefined;
  // The key of the intrinsic (`!Ref`, `"Fn::GetAtt"`): the reference is its argument.
  if (node.type === 'string' && node.parent?.type === 'property' && node.parent.key === node) {
    const arg = node.parent.value;
    if (arg !== undefined && (node.value === 'Ref' || node.value === 'Fn::GetAtt')) return fromArg(node.value, arg.type === 'array' ? arg.items[0] : arg);
    return undefined;
  }
  if (!isString(node)) return undefined;
  const parent = node.parent;
  if (parent?.type === 'property' && parent.value === node && (parent.key.value === 'Ref' || parent.key.value === 'Fn::GetAtt')) return fromArg(parent.key.value, node);
  if (parent?.type === 'array' && parent.items[0] === node && parent.parent?.type === 'property' && parent.parent.key.value === 'Fn::GetAtt') {
    const attr = parent.items[1];
    return { fn: 'Fn::GetAtt', name: node.value, attribute: isString(attr) ? attr.value : undefined, range: { offset: node.offset, length: node.length } };
  }
  // `${X}` / `${X.Attr}` inside an `Fn::Sub` template string.
  const sub = subOwner(node);
  if (sub) {
    const inner = offset - node.contentOffset;
    const open = node.value.lastIndexOf('${', inner);
    const close = node.value.indexOf('}', open);
    if (open >= 0 && close >= inner && node.map === undefined) {
      const text = node.value.slice(open + 2, close);
      const [name, attribute] = text.split('.', 2);
      return { fn: 'Fn::Sub', name, attribute, range: { offset: node.contentOffset + open, length: close + 1 - open } };
    }
  }
  return undefined;
}

function subOwner(node: StringNode): boolean {
  const p = node.parent;
  if (p?.type === 'property' && p.value === node && p.key.value === 'Fn::Sub') return true;
  return p?.type === 'array' && p.items[0] === node && p.parent?.type === 'property' && p.parent.key.value === 'Fn::Sub';
}

function fromArg(fn: string, arg: Node | undefined): ReferenceAt | undefined {
  if (!isString(arg)) return undefined;
  if (fn === 'Ref') return { fn, name: arg.value, range: { offset: arg.offset, length: arg.length } };
  const dot = arg.value.indexOf('.');
  const parent = arg.parent;
  if (parent?.type === 'array') {
    const attr = parent.items[1];
    return { fn, name: arg.value, attribute: isString(attr) ? attr.value : undefined, range: { offset: arg.offset, length: arg.length } };
  }
  return { fn, name: dot > 0 ? arg.value.slice(0, dot) : arg.value, attribute: dot > 0 ? arg.value.slice(dot + 1) : undefined, range: { offset: arg.offset, length: arg.length } };
}

/** A short description of a resource's settings that matter to its wiring. */
export function resourceSummary(t: TemplateModel, r: TemplateResource): string[] {
  const out: string[] = [];
  if (r.type === 'AWS::SQS::Queue') {
    const q = queueOfResource(t, r);
    out.push(q.fifo === true ? 'FIFO queue' : q.fifo === false ? 'Standard queue' : 'Queue type unknown');
    const vt = numberSetting(t, r.properties, 'VisibilityTimeout', SQS_NUMBERS.VisibilityTimeout.default);
    const ret = numberSetting(t, r.properties, 'MessageRetentionPeriod', SQS_NUMBERS.MessageRetentionPeriod.default);
    if (vt) out.push(`visibility timeout ${formatSeconds(vt.value)}${vt.from === 'default' ? ' (default)' : ''}`);
    if (ret) out.push(`retention ${formatSeconds(ret.value)}${ret.from === 'default' ? ' (default)' : ''}`);
    if (getProperty(r.properties, 'RedrivePolicy')) out.push('has a dead-letter queue');
  } else if (r.type === 'AWS::SNS::Topic') {
    const tp = topicOfResource(t, r);
    out.push(tp.fifo === true ? 'FIFO topic' : tp.fifo === false ? 'Standard topic' : 'Topic type unknown');
  } else if (r.type === 'AWS::Lambda::Function' || r.type === 'AWS::Serverless::Function') {
    const to = functionTimeout(t, r);
    if (to) out.push(`timeout ${formatSeconds(to.value)}${to.from === 'default' ? ' (default)' : to.from === 'globals' ? ' (SAM Globals)' : ''}`);
  }
  return out;
}

