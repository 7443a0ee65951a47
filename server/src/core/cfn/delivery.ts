// Service-to-queue/topic delivery permissions (CFN109, CFN110, CFN113): find the resource policies of
// the template attached to a queue or topic, ask whether they let a service principal deliver, and build
// the fix that adds the missing statement (or a whole policy resource).

import type { DocumentModel } from '../model/document';
import type { TemplateModel, TemplateResource } from '../model/template';
import { ObjectNode, ValueNode, getProperty, getValue, isArray, isObject } from '../parse/tree';
import { appendArrayItem, insertBlockProperty, insertProperty } from '../rules/fixes';
import type { Fix, RelatedInfo, TextEdit } from '../rules/types';
import { Tri, policyAllows } from './access';
import { directRef } from './resolve';
import { ResourcePolicy, resourceAnchor, wiring } from './resources';

export interface DeliveryQuery {
  principal: string;
  action: string;
  target: TemplateResource;
  source?: TemplateResource;
}

export interface DeliveryVerdict {
  /** `no`: no policy of the template lets the service deliver; `yes`/`maybe`: say nothing. */
  verdict: Tri;
  /** The policies attached to the target. */
  policies: ResourcePolicy[];
}

export function deliveryVerdict(t: TemplateModel, q: DeliveryQuery): DeliveryVerdict {
  const w = wiring(t);
  const all = q.target.type === 'AWS::SQS::Queue' ? w.queuePolicies : w.topicPolicies;
  const policies = all.filter((p) => p.targets.includes(q.target));
  if (policies.length === 0) return { verdict: all.some((p) => p.hasUnknownTargets) ? 'maybe' : 'no', policies };
  const results = policies.map((p) => policyAllows(t, p.document, q));
  const verdict: Tri = results.includes('yes') ? 'yes' : results.every((r) => r === 'no') ? (all.some((p) => p.hasUnknownTargets && !policies.includes(p)) ? 'maybe' : 'no') : 'maybe';
  return { verdict, policies };
}

export function policiesRelated(policies: ResourcePolicy[]): RelatedInfo[] {
  return policies.map((p) => ({ message: `Policy '${p.resource.name}' does not grant it`, ...resourceAnchor(p.resource) }));
}

/** A CloudFormation value for a resource's ARN as the fix writes it (`!GetAtt Q.Arn`, `!Ref Topic`). */
function arnOf(r: TemplateResource): unknown {
  if (r.type === 'AWS::SNS::Topic') return { Ref: r.name };
  if (r.type === 'AWS::S3::Bucket') return { 'Fn::GetAtt': [r.name, 'Arn'] };
  return { 'Fn::GetAtt': [r.name, 'Arn'] };
}

/** The statement that lets `principal` deliver to `target`, under `condition` (who may use the grant). */
export function deliveryStatement(q: DeliveryQuery, condition: Record<string, unknown>): Record<string, unknown> {
  const service = q.principal.split('.')[0].toUpperCase();
  const sid = `Allow${service}${(q.source?.name ?? 'Source').replace(/[^A-Za-z0-9]/g, '')}`;
  return { Sid: sid, Effect: 'Allow', Principal: { Service: q.principal }, Action: q.action, Resource: arnOf(q.target), Condition: condition };
}

/** `aws:SourceArn` equal to the source (SNS topics: no dependency cycle, the topic exists first). */
export function sourceArnCondition(sourceArn: unknown): Record<string, unknown> | undefined {
  return sourceArn === undefined ? undefined : { ArnEquals: { 'aws:SourceArn': sourceArn } };
}

/** The source ARN to write in the condition: the source resource, or a parameter/literal it came from. */
export function sourceArnValue(source: TemplateResource | undefined, node: ValueNode | undefined): unknown {
  if (source !== undefined) return arnOf(source);
  const ref = directRef(node);
  if (ref !== undefined && ref.attribute === 'Ref') return { Ref: ref.name };
  if (node?.type === 'string' && node.value.startsWith('arn:')) return node.value;
  return undefined;
}

/**
 * Adds the statement to the first attached policy whose `Statement` is a list, or a new policy resource
 * next to the target when none is attached. `dependent` (an S3 bucket) gets `DependsOn` on a new policy:
 * S3 validates the destination's policy when it writes the notification configuration.
 */
export function addDeliveryFix(doc: DocumentModel, t: TemplateModel, q: DeliveryQuery, policies: ResourcePolicy[], condition: Record<string, unknown> | undefined, dependent?: TemplateResource): Fix[] {
  if (condition === undefined) return [];
  const stmt = deliveryStatement(q, condition);
  const title = `Allow ${q.principal} to ${q.action} ${q.target.type === 'AWS::SQS::Queue' ? 'to queue' : 'to topic'} '${q.target.name}'`;
  const edits: TextEdit[] = [];
  if (policies.length > 0) {
    for (const p of policies) {
      const list = getValue(p.document, 'Statement');
      if (isArray(list)) {
        edits.push(appendArrayItem(doc, list, stmt, doc.format));
        break;
      }
    }
  } else {
    const resources = getValue(t.root, 'Resources');
    if (isObject(resources)) {
      const queue = q.target.type === 'AWS::SQS::Queue';
      let name = `${q.target.name}Policy`;
      for (let i = 2; t.resources.has(name); i++) name = `${q.target.name}Policy${i}`;
      const value = {
        Type: queue ? 'AWS::SQS::QueuePolicy' : 'AWS::SNS::TopicPolicy',
        Properties: {
          [queue ? 'Queues' : 'Topics']: [{ Ref: q.target.name }],
          PolicyDocument: { Version: '2012-10-17', Statement: [stmt] },
        },
      };
      edits.push(insertBlockProperty(doc, resources as ObjectNode, name, value, doc.format));
      if (dependent !== undefined && getProperty(dependent.node, 'DependsOn') === undefined) edits.push(insertProperty(doc, dependent.node, 'DependsOn', name, doc.format));
    }
  }
  return edits.length === 0 ? [] : [{ title, safety: 'suggestion', preferred: true, edits }];
}
