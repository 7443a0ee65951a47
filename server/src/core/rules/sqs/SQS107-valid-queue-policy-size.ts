// SQS107 QUEUE_POLICY_QUOTA: a queue policy within 8,192 bytes, 20 statements, 50 principals and 10 conditions.

import { asList, isObject, toValue } from '../../parse/tree';
import { anchorOf, policyView } from '../../iam/policy';
import type { AnalysisUnit } from '../../model/units';
import { defineRule } from '../types';

/** Queue policies: attached to a queue, or a standalone resource policy whose resources are all queues. */
function isQueuePolicy(u: AnalysisUnit): boolean {
  if (u.context.policyResource === 'AWS::SQS::Queue') return true;
  if (u.context.policyResource !== undefined || u.embedding !== 'file') return false;
  const view = policyView(u.root);
  const resources = view?.statements.flatMap((s) => asList(s.resource?.value)) ?? [];
  return resources.length > 0 && resources.every((r) => r.type === 'string' && /^arn:[^:]+:sqs:/.test(r.value));
}

export default defineRule({
  id: 'SQS107',
  name: 'valid-queue-policy-size',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A queue policy has at most 8,192 bytes, 20 statements, 50 principals and 10 conditions.',
    why: 'SQS rejects larger policies. Each SNS subscription made from the console adds a statement to the queue policy ("Amazon SQS supports a maximum of 20 statements for each access policy"), so fan-out queues reach the limit sooner than expected.',
    invalid: [{ format: 'json', kind: 'iam-resource-policy', code: `{\n  "Version": "2012-10-17",\n  "Statement": [\n${Array.from({ length: 21 }, (_, i) => `    { "Sid": "S${i}", "Effect": "Allow", "Principal": { "Service": "sns.amazonaws.com" }, "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:123456789012:fanout" }`).join(',\n')}\n  ]\n}\n` }],
    valid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Principal": { "Service": "sns.amazonaws.com" }, "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:123456789012:fanout" }\n  ]\n}\n' }],
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html', 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-subscribe-queue-sns-topic.html'],
  },
  messages: {
    tooManyStatements: 'The queue policy has {{count}} statements; SQS allows 20.',
    tooManyPrincipals: 'The queue policy names {{count}} principals; SQS allows 50.',
    tooManyConditions: 'The queue policy has {{count}} conditions; SQS allows 10.',
    tooLarge: 'The queue policy is {{size}} bytes; SQS allows 8,192.',
  },
  check(ctx) {
    const u = ctx.unit;
    const view = policyView(u.root);
    if (view === undefined || !isQueuePolicy(u)) return;
    const at = view.statement ? { offset: view.statement.key.offset, length: view.statement.key.length } : anchorOf(view.root);
    if (view.statements.length > 20) ctx.report({ range: at, messageId: 'tooManyStatements', data: { count: view.statements.length } });
    // Each count is reported where it crosses the limit, so the findings land on distinct elements.
    let principals = 0;
    let conditions = 0;
    let principalAt: { offset: number; length: number } | undefined;
    let conditionAt: { offset: number; length: number } | undefined;
    for (const s of view.statements) {
      const pp = s.principal ?? s.notPrincipal;
      const p = pp?.value;
      if (p?.type === 'string') principals += 1;
      else if (isObject(p)) for (const k of p.properties) principals += asList(k.value).length;
      if (principals > 50 && principalAt === undefined && pp) principalAt = { offset: pp.key.offset, length: pp.key.length };
      const c = s.condition?.value;
      if (isObject(c)) for (const op of c.properties) if (isObject(op.value)) conditions += op.value.properties.length;
      if (conditions > 10 && conditionAt === undefined && s.condition) conditionAt = { offset: s.condition.key.offset, length: s.condition.key.length };
    }
    if (principalAt) ctx.report({ range: principalAt, messageId: 'tooManyPrincipals', data: { count: principals } });
    if (conditionAt) ctx.report({ range: conditionAt, messageId: 'tooManyConditions', data: { count: conditions } });
    const size = Buffer.byteLength(JSON.stringify(toValue(view.root)), 'utf8');
    const host = u.hostNode?.parent?.type === 'property' ? u.hostNode.parent.key : undefined;
    if (size > 8192) ctx.report({ range: host ? { offset: host.offset, length: host.length } : anchorOf(view.root), messageId: 'tooLarge', data: { size } });
  },
});
