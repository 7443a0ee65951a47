// SQS105 REDRIVE_MAX_RECEIVE_COUNT: a redrive policy names a queue ARN and a `maxReceiveCount` of 1–1,000 (not 1).

import { ObjectNode, getProperty, isObject } from '../../parse/tree';
import { isUnresolved, resolveScalarIn, resolveTargetIn, toNumber } from '../../cfn/resolve';
import { flavorOf, replaceNode, setScalar } from '../fixes';
import { anchorOf } from '../../iam/policy';
import { defineRule } from '../types';

export default defineRule({
  id: 'SQS105',
  name: 'valid-redrive-policy',
  appliesTo: ['sqs-redrive-policy'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A queue `RedrivePolicy` needs a dead-letter queue ARN and a `maxReceiveCount` from 1 to 1,000; 1 is discouraged.',
    why: 'SQS rejects a redrive policy without `deadLetterTargetArn` or `maxReceiveCount`, or with a count outside 1–1,000. `!Ref` of a queue returns its URL, not the ARN SQS expects. A count of 1 sends a message to the dead-letter queue after a single failed receive, for example when a consumer times out once: "we don\'t recommend setting the number of maximum receives to 1" (a warning).',
    invalid: [{ title: 'The queue URL instead of its ARN', format: 'yaml', code: 'Resources:\n  Dlq:\n    Type: AWS::SQS::Queue\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      RedrivePolicy:\n        deadLetterTargetArn: !Ref Dlq\n        maxReceiveCount: 5\n' }],
    valid: [{ format: 'json', code: '{\n  "deadLetterTargetArn": "arn:aws:sqs:us-east-1:123456789012:orders-dlq",\n  "maxReceiveCount": "5"\n}\n' }],
    fixSafety: 'Raising `maxReceiveCount` from 1 to 5 is a suggestion: it changes how many attempts a message gets. Replacing `!Ref` by `!GetAtt ... .Arn` is safe: the URL is never valid there.',
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-dead-letter-queue.html', 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/avoiding-inconsistent-message-processing.html'],
  },
  messages: {
    missingKey: 'The redrive policy has no {{key}}.',
    refIsUrl: "!Ref {{queue}} returns the queue URL; deadLetterTargetArn needs the queue ARN (!GetAtt {{queue}}.Arn).",
    notQueueArn: "deadLetterTargetArn must be an SQS queue ARN (arn:aws:sqs:region:account:name); '{{value}}' is not.",
    outOfRange: 'maxReceiveCount is {{value}}; AWS accepts 1 to 1,000.',
    notInteger: 'maxReceiveCount must be a whole number; {{value}} is not.',
    one: 'maxReceiveCount is 1: a single failed receive (a timeout, a crash) moves the message to the dead-letter queue.',
  },
  check(ctx) {
    const root = ctx.unit.root;
    if (!isObject(root)) return;
    const t = ctx.doc.template;
    const target = getProperty(root, 'deadLetterTargetArn');
    const count = getProperty(root, 'maxReceiveCount');
    for (const [key, p] of [['deadLetterTargetArn', target], ['maxReceiveCount', count]] as const) {
      if (p === undefined) ctx.report({ range: anchorOf(root as ObjectNode), messageId: 'missingKey', data: { key } });
    }
    const tv = target?.value;
    if (tv !== undefined && !ctx.isPlaceholder(tv)) {
      const resolved = resolveTargetIn(t, ctx.unit, tv);
      if (resolved?.resource?.type === 'AWS::SQS::Queue' && resolved.attribute === 'Ref') {
        const name = resolved.resource.name;
        const edits = ctx.unit.embedding !== 'string' && tv.type === 'object' ? [replaceNode(tv, ctx.doc.format === 'yaml' && tv.shortTag !== undefined ? `!GetAtt ${name}.Arn` : JSON.stringify({ 'Fn::GetAtt': [name, 'Arn'] }))] : [];
        ctx.report({ node: tv, messageId: 'refIsUrl', data: { queue: name }, fixes: edits.length ? [{ title: `Use !GetAtt ${name}.Arn`, safety: 'safe', preferred: true, edits }] : undefined });
      } else if (resolved?.literal !== undefined && !(resolved.literal.startsWith('arn:') && resolved.service === 'sqs')) {
        ctx.report({ node: tv, messageId: 'notQueueArn', data: { value: resolved.literal } });
      }
    }
    const cv = count?.value;
    if (cv === undefined || ctx.isPlaceholder(cv) || isUnresolved(t, cv)) return;
    const r = resolveScalarIn(t, ctx.unit, cv);
    const n = r === undefined ? undefined : toNumber(r.value);
    if (r === undefined || n === undefined || !Number.isInteger(n)) {
      ctx.report({ node: cv, messageId: 'notInteger', data: { value: r === undefined ? 'this' : JSON.stringify(r.value) } });
    } else if (n < 1 || n > 1000) {
      ctx.report({ node: cv, messageId: 'outOfRange', data: { value: n } });
    } else if (n === 1) {
      const fixes = r.node === cv ? [{ title: 'Set maxReceiveCount to 5', safety: 'suggestion' as const, preferred: true, edits: [setScalar(cv, cv.type === 'string' ? '5' : 5, flavorOf(ctx.doc, ctx.unit))] }] : undefined;
      ctx.report({ node: cv, messageId: 'one', severity: 'warning', fixes });
    }
  },
});
