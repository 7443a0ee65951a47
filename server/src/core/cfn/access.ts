// Whether a resource policy of the template lets an AWS service principal deliver to a queue or topic:
// SNS → SQS (`sqs:SendMessage` from `sns.amazonaws.com`, conditioned on the topic's ARN) and S3 → SQS/SNS.
// A three-valued answer: `yes` when some Allow statement certainly matches, `no` when none can, and
// `maybe` when a part depends on values only known at deployment (an account id, a wildcard ARN, an
// unresolved parameter). Rules report only `no`. Explicit denies are ignored: a deny that blocks the
// service is a deliberate choice this check does not second-guess.

import { ObjectNode, ValueNode, asList, getPropertyCI, isObject } from '../parse/tree';
import type { TemplateModel, TemplateResource } from '../model/template';
import { policyView } from '../iam/policy';
import { wildcardMatch } from '../iam/wildcard';
import { Target, resolveString, resolveTarget, textPieces } from './resolve';

export type Tri = 'yes' | 'no' | 'maybe';

export interface AccessQuery {
  /** `sns.amazonaws.com` or `s3.amazonaws.com`. */
  principal: string;
  /** `sqs:SendMessage` or `sns:Publish`. */
  action: string;
  /** The queue or topic receiving. */
  target: TemplateResource;
  /** The sending topic or bucket (what `aws:SourceArn` should name), when it is in the template. */
  source?: TemplateResource;
}

function and(values: Tri[]): Tri {
  if (values.includes('no')) return 'no';
  return values.includes('maybe') ? 'maybe' : 'yes';
}

function or(values: Tri[]): Tri {
  if (values.includes('yes')) return 'yes';
  return values.length > 0 && values.every((v) => v === 'no') ? 'no' : 'maybe';
}

/** Whether the policy document lets the principal perform the action on the target. */
export function policyAllows(t: TemplateModel, doc: ValueNode | undefined, q: AccessQuery): Tri {
  const view = policyView(doc);
  if (view === undefined) return 'maybe';
  const results: Tri[] = [];
  for (const s of view.statements) {
    const effect = resolveString(t, s.effect?.value)?.value;
    if (effect === undefined) {
      results.push('maybe');
      continue;
    }
    if (effect !== 'Allow') continue;
    if (s.notPrincipal !== undefined || s.notAction !== undefined || s.notResource !== undefined) {
      results.push('maybe');
      continue;
    }
    results.push(and([principalMatches(t, s.principal?.value, q.principal), actionMatches(t, s.action?.value, q.action), resourceMatches(t, s.resource?.value, q.target), conditionMatches(t, s.condition?.value, q.source)]));
  }
  return results.length === 0 ? 'no' : or(results);
}

function principalMatches(t: TemplateModel, node: ValueNode | undefined, principal: string): Tri {
  if (node === undefined) return 'no';
  const s = resolveString(t, node);
  if (s !== undefined) return s.value === '*' ? 'yes' : 'no';
  if (!isObject(node)) return 'maybe';
  const out: Tri[] = [];
  for (const p of node.properties) {
    for (const v of asList(p.value)) {
      const str = resolveString(t, v);
      if (str === undefined) {
        // `!Sub arn:aws:iam::${AWS::AccountId}:root` is an account, never a service principal or `*`.
        const head = textPieces(t, v)?.[0];
        out.push(p.key.value === 'AWS' && head?.kind === 'text' && head.text.startsWith('arn:') ? 'no' : 'maybe');
        continue;
      }
      if (p.key.value === 'Service') out.push(str.value === principal ? 'yes' : 'no');
      else if (p.key.value === 'AWS') out.push(str.value === '*' ? 'yes' : 'no');
      else out.push('no');
    }
  }
  return or(out);
}

function actionMatches(t: TemplateModel, node: ValueNode | undefined, action: string): Tri {
  const out: Tri[] = [];
  for (const v of asList(node)) {
    const s = resolveString(t, v);
    out.push(s === undefined ? 'maybe' : wildcardMatch(s.value, action, true) ? 'yes' : 'no');
  }
  return or(out);
}

/** A Resource/SourceArn value against a resource of the template. */
function refersTo(t: TemplateModel, v: ValueNode, r: TemplateResource): Tri {
  const target: Target | undefined = resolveTarget(t, v);
  if (target === undefined) return 'maybe';
  if (target.resource !== undefined) return target.resource === r ? 'yes' : 'no';
  const lit = target.literal;
  if (lit === '*') return 'yes';
  if (lit !== undefined && !lit.includes('*') && !lit.includes('?') && target.name !== undefined) {
    // A literal ARN naming another resource cannot be this one (unless the names coincide).
    const own = ownName(t, r);
    if (own !== undefined) return own === target.name ? 'maybe' : 'no';
  }
  return 'maybe';
}

function ownName(t: TemplateModel, r: TemplateResource): string | undefined {
  const key = r.type === 'AWS::SQS::Queue' ? 'QueueName' : r.type === 'AWS::SNS::Topic' ? 'TopicName' : r.type === 'AWS::S3::Bucket' ? 'BucketName' : undefined;
  if (key === undefined) return undefined;
  return resolveString(t, getPropertyCI(r.properties, key)?.value)?.value;
}

function resourceMatches(t: TemplateModel, node: ValueNode | undefined, r: TemplateResource): Tri {
  // SQS and SNS apply a policy to the resource it is attached to; a missing Resource means that one.
  if (node === undefined) return 'yes';
  return or(asList(node).map((v) => refersTo(t, v, r)));
}

const SOURCE_KEYS = new Set(['aws:sourcearn']);

function conditionMatches(t: TemplateModel, node: ValueNode | undefined, source: TemplateResource | undefined): Tri {
  if (node === undefined) return 'yes';
  if (!isObject(node)) return 'maybe';
  const out: Tri[] = [];
  for (const op of node.properties) {
    const block = op.value;
    if (!isObject(block)) {
      out.push('maybe');
      continue;
    }
    const opName = op.key.value;
    for (const k of (block as ObjectNode).properties) {
      if (!SOURCE_KEYS.has(k.key.value.toLowerCase()) || source === undefined) {
        out.push('maybe');
        continue;
      }
      if (!/^(ArnEquals|ArnLike|StringEquals|StringLike)$/.test(opName)) {
        out.push('maybe');
        continue;
      }
      out.push(or(asList(k.value).map((v) => refersTo(t, v, source))));
    }
  }
  return and(out);
}
