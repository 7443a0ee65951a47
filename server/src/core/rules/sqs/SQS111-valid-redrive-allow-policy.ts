// SQS111: a `RedriveAllowPolicy` has a known `redrivePermission` and lists 1–10 source queues only with `byQueue`.

import { asList, getProperty, isArray, isObject } from '../../parse/tree';
import { resolveScalarIn } from '../../cfn/resolve';
import { anchorOf } from '../../iam/policy';
import { defineRule } from '../types';

const PERMISSIONS = ['allowAll', 'denyAll', 'byQueue'];

export default defineRule({
  id: 'SQS111',
  name: 'valid-redrive-allow-policy',
  appliesTo: ['sqs-redrive-allow-policy'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: '`RedriveAllowPolicy`: `redrivePermission` is `allowAll`, `denyAll` or `byQueue`; `byQueue` needs 1–10 `sourceQueueArns`, the others none.',
    why: 'SQS rejects a redrive allow policy with another permission, with `sourceQueueArns` outside `byQueue`, or with more than 10 source queues, so the dead-letter queue cannot be created or updated.',
    invalid: [{ format: 'json', code: '{\n  "redrivePermission": "byQueue"\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "redrivePermission": "byQueue",\n  "sourceQueueArns": ["arn:aws:sqs:us-east-1:123456789012:orders"]\n}\n' }],
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html'],
  },
  messages: {
    badPermission: "redrivePermission must be allowAll, denyAll or byQueue; '{{value}}' is not.",
    missingSources: "redrivePermission byQueue needs sourceQueueArns (1 to 10 queue ARNs).",
    sourcesNotAllowed: 'sourceQueueArns is allowed only with redrivePermission byQueue (here {{value}}).',
    tooManySources: 'sourceQueueArns lists {{count}} queues; the maximum is 10.',
  },
  check(ctx) {
    const root = ctx.unit.root;
    if (!isObject(root)) return;
    const permProp = getProperty(root, 'redrivePermission');
    const sources = getProperty(root, 'sourceQueueArns');
    const perm = permProp?.value && !ctx.isPlaceholder(permProp.value) ? resolveScalarIn(ctx.doc.template, ctx.unit, permProp.value) : undefined;
    const permValue = perm === undefined ? (permProp === undefined ? 'allowAll' : undefined) : String(perm.value);
    if (permProp?.value !== undefined && permValue !== undefined && !PERMISSIONS.includes(permValue)) {
      ctx.report({ node: permProp.value, messageId: 'badPermission', data: { value: permValue } });
      return;
    }
    if (permValue === 'byQueue' && (sources === undefined || (isArray(sources.value) && sources.value.items.length === 0))) {
      ctx.report({ range: sources ? { offset: sources.key.offset, length: sources.key.length } : permProp ? { offset: permProp.value!.offset, length: permProp.value!.length } : anchorOf(root), messageId: 'missingSources' });
    } else if (sources !== undefined && permValue !== undefined && permValue !== 'byQueue') {
      ctx.report({ node: sources.key, messageId: 'sourcesNotAllowed', data: { value: permValue } });
    } else if (sources !== undefined && isArray(sources.value) && asList(sources.value).length > 10) {
      ctx.report({ node: sources.key, messageId: 'tooManySources', data: { count: sources.value.items.length } });
    }
  },
});
