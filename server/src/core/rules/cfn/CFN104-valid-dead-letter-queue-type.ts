// CFN104 DLQ_TYPE_MISMATCH: a FIFO queue's dead-letter queue is FIFO, a standard queue's is standard.

import { PropertyNode, getProperty } from '../../parse/tree';
import { resolveString } from '../../cfn/resolve';
import { redriveView } from '../../cfn/redrive';
import { setResourceProperty } from '../../cfn/edits';
import { resourceAnchor } from '../../cfn/resources';
import { SQS_FIFO_ONLY } from '../../settings/limits';
import { removeProperties, replaceStringContent } from '../fixes';
import type { DocumentModel } from '../../model/document';
import type { TemplateResource } from '../../model/template';
import type { Fix, TextEdit } from '../types';
import { defineRule } from '../types';

/** Edits turning a template queue into a FIFO queue (or back into a standard one). */
function switchType(doc: DocumentModel, q: TemplateResource, fifo: boolean): Fix[] {
  const edits: (TextEdit | undefined)[] = [];
  const nameNode = getProperty(q.properties, 'QueueName')?.value;
  const name = resolveString(doc.template, nameNode);
  if (nameNode !== undefined && (name === undefined || name.node !== nameNode)) return [];
  if (fifo) {
    edits.push(setResourceProperty(doc, q, 'FifoQueue', true));
    if (name !== undefined && !name.value.endsWith('.fifo')) edits.push(replaceStringContent(name.node, name.value + '.fifo', doc.format));
  } else {
    const gone = ['FifoQueue', ...SQS_FIFO_ONLY].map((k) => getProperty(q.properties, k)).filter((p): p is PropertyNode => p !== undefined);
    if (q.properties !== undefined) edits.push(...removeProperties(doc, q.properties, gone, doc.format));
    if (name !== undefined && name.value.endsWith('.fifo')) edits.push(replaceStringContent(name.node, name.value.slice(0, -5), doc.format));
  }
  if (edits.some((e) => e === undefined)) return [];
  return [{ title: `Make '${q.name}' a ${fifo ? 'FIFO' : 'standard'} queue`, safety: 'suggestion', preferred: true, edits: edits as TextEdit[] }];
}

export default defineRule({
  id: 'CFN104',
  name: 'valid-dead-letter-queue-type',
  appliesTo: ['sqs-redrive-policy'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "A FIFO queue's dead-letter queue must be a FIFO queue, and a standard queue's a standard queue.",
    why: '"The dead-letter queue of a FIFO queue must also be a FIFO queue. Similarly, the dead-letter queue of a standard queue must also be a standard queue." SQS rejects the redrive policy otherwise. The check follows `Fn::GetAtt` to queues of the template and reads the `.fifo` suffix of literal ARNs, so it also runs in attribute files.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Dlq:\n    Type: AWS::SQS::Queue\n  Orders:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: orders.fifo\n      FifoQueue: true\n      RedrivePolicy:\n        deadLetterTargetArn: !GetAtt Dlq.Arn\n        maxReceiveCount: 5\n' }],
    valid: [{ format: 'json', code: '{\n  "FifoQueue": "true",\n  "RedrivePolicy": "{\\"deadLetterTargetArn\\":\\"arn:aws:sqs:us-east-1:123456789012:orders-dlq.fifo\\",\\"maxReceiveCount\\":\\"5\\"}"\n}\n' }],
    fixSafety: "Switching the dead-letter queue's type is a suggestion: CloudFormation replaces that queue, and messages already in it are lost.",
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-dead-letter-queue.html'],
  },
  messages: {
    mismatch: "The {{sourceType}} queue{{source}} has {{dlqType}} dead-letter queue '{{dlq}}'; a dead-letter queue must be the same type as its source.",
  },
  check(ctx) {
    const v = redriveView(ctx.doc, ctx.unit);
    const node = v?.targetProp?.value;
    if (v === undefined || node === undefined || v.dlq === undefined || ctx.isPlaceholder(node) && v.dlq.resource === undefined) return;
    if (v.sourceFifo === undefined || v.dlq.fifo === undefined || v.sourceFifo === v.dlq.fifo) return;
    const dlqRes = v.dlq.resource;
    ctx.report({
      node,
      messageId: 'mismatch',
      data: { sourceType: v.sourceFifo ? 'FIFO' : 'standard', source: v.source ? ` '${v.source.name}'` : '', dlqType: v.dlq.fifo ? 'a FIFO' : 'a standard', dlq: v.dlq.label },
      related: dlqRes ? [{ message: `Dead-letter queue '${dlqRes.name}' (${v.dlq.fifo ? 'FIFO' : 'standard'})`, ...resourceAnchor(dlqRes) }] : undefined,
      fixes: dlqRes ? switchType(ctx.doc, dlqRes, v.sourceFifo) : undefined,
    });
  },
});
