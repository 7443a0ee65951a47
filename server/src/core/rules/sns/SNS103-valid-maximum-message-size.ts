// SNS103 TOPIC_MAXIMUM_MESSAGE_SIZE: `MaximumMessageSize` 1,024–1,048,576 bytes; above 256 KiB only SQS, Lambda and Firehose subscribers.

import { getProperty, getValue, isArray } from '../../parse/tree';
import { resolveNumber, resolveString } from '../../cfn/resolve';
import { attributeView } from '../../settings/attributes';
import { SNS_DEFAULT_MESSAGE_SIZE, SNS_NUMBERS } from '../../settings/limits';
import { VALUE_MESSAGES, checkNumber } from '../shared/values';
import { defineRule } from '../types';

const LARGE_PROTOCOLS = new Set(['sqs', 'lambda', 'firehose']);

export default defineRule({
  id: 'SNS103',
  name: 'valid-maximum-message-size',
  appliesTo: ['sns-topic-attributes'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A topic\'s `MaximumMessageSize` is 1,024–1,048,576 bytes; above 256 KiB the topic accepts only SQS, Lambda and Firehose subscriptions (at most 100).',
    why: 'Since 2026 a topic can carry messages up to 1 MiB when its `MaximumMessageSize` attribute is raised (the default stays 262,144 bytes, as in older material). Values outside 1,024–1,048,576 are rejected. A topic raised above 256 KiB supports only Amazon SQS, AWS Lambda and Amazon Data Firehose endpoints and up to 100 subscriptions, so other subscriptions fail (information on the setting, error on an inline subscription that cannot work).',
    invalid: [{ format: 'json', code: '{\n  "DisplayName": "orders",\n  "MaximumMessageSize": "2097152"\n}\n' }],
    valid: [{ title: 'The default, 256 KiB', format: 'json', code: '{\n  "DisplayName": "orders",\n  "MaximumMessageSize": "262144"\n}\n' }],
    references: ['https://docs.aws.amazon.com/sns/latest/dg/large-message-payloads.html'],
  },
  messages: {
    outOfRange: VALUE_MESSAGES.outOfRange,
    notInteger: VALUE_MESSAGES.notInteger,
    notNumber: VALUE_MESSAGES.notNumber,
    notString: VALUE_MESSAGES.notString,
    large: 'MaximumMessageSize {{value}} is above 256 KiB: the topic accepts only SQS, Lambda and Firehose subscriptions, at most 100.',
    unsupportedProtocol: "This topic's MaximumMessageSize ({{size}} bytes) is above 256 KiB, where '{{protocol}}' subscriptions are not supported (only sqs, lambda and firehose).",
  },
  check(ctx) {
    const v = attributeView(ctx.doc, ctx.unit);
    if (v === undefined) return;
    const node = getProperty(v.attrs, 'MaximumMessageSize')?.value;
    checkNumber(ctx, v.t, node, 'MaximumMessageSize', SNS_NUMBERS.MaximumMessageSize, { stringsOnly: v.host === 'file', flavor: v.flavor });
    const n = resolveNumber(v.t, node);
    if (node === undefined || n === undefined || n.value <= SNS_DEFAULT_MESSAGE_SIZE || n.value > SNS_NUMBERS.MaximumMessageSize.max || !Number.isInteger(n.value)) return;
    if (v.host === 'file' && node.type !== 'string') return;
    ctx.report({ node, messageId: 'large', data: { value: n.value }, severity: 'info' });
    const subs = getValue(v.attrs, 'Subscription');
    if (!isArray(subs)) return;
    for (const s of subs.items) {
      const p = getValue(s, 'Protocol');
      const protocol = resolveString(v.t, p)?.value.toLowerCase();
      if (p !== undefined && protocol !== undefined && !LARGE_PROTOCOLS.has(protocol)) {
        ctx.report({ node: p, messageId: 'unsupportedProtocol', data: { size: n.value, protocol }, related: [{ message: 'MaximumMessageSize is set here', offset: node.offset, length: node.length }] });
      }
    }
  },
});
