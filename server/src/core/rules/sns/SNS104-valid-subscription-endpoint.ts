// SNS104 SUBSCRIPTION_ENDPOINT_PROTOCOL: a subscription's `Endpoint` is what its `Protocol` expects.

import { wiring } from '../../cfn/resources';
import { SNS_PROTOCOLS } from '../../settings/limits';
import type { Target } from '../../cfn/resolve';
import { defineRule } from '../types';

/** What each protocol expects, and whether a resolved endpoint fits it (undefined = cannot tell). */
function fits(protocol: string, e: Target): boolean | undefined {
  const lit = e.literal;
  switch (protocol) {
    case 'sqs':
      if (e.resource) return e.resource.type === 'AWS::SQS::Queue' && e.attribute === 'Arn';
      return lit === undefined ? (e.service === undefined ? undefined : e.service === 'sqs') : lit.startsWith('arn:') && e.service === 'sqs';
    case 'lambda':
      if (e.resource) {
        if (e.resource.type === 'AWS::Lambda::Alias' || e.resource.type === 'AWS::Lambda::Version') return true;
        return (e.resource.type === 'AWS::Lambda::Function' || e.resource.type === 'AWS::Serverless::Function') && e.attribute === 'Arn';
      }
      return lit === undefined ? (e.service === undefined ? undefined : e.service === 'lambda') : lit.startsWith('arn:') && e.service === 'lambda';
    case 'firehose':
      if (e.resource) return e.resource.type === 'AWS::KinesisFirehose::DeliveryStream' && e.attribute === 'Arn';
      return lit === undefined ? (e.service === undefined ? undefined : e.service === 'firehose') : e.service === 'firehose';
    case 'http':
      return lit === undefined ? undefined : /^http:\/\//i.test(lit);
    case 'https':
      return lit === undefined ? undefined : /^https:\/\//i.test(lit);
    case 'email':
    case 'email-json':
      return lit === undefined ? undefined : /^[^@\s]+@[^@\s]+$/.test(lit);
    case 'application':
      return lit === undefined ? undefined : e.service === 'sns' && lit.includes(':endpoint/');
    default:
      return undefined;
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  sqs: 'an SQS queue ARN (!GetAtt Queue.Arn)',
  lambda: 'a Lambda function ARN (!GetAtt Function.Arn)',
  firehose: 'a Firehose delivery stream ARN',
  http: 'an http:// URL',
  https: 'an https:// URL',
  email: 'an email address',
  'email-json': 'an email address',
  application: 'a mobile platform endpoint ARN',
};

export default defineRule({
  id: 'SNS104',
  name: 'valid-subscription-endpoint',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A subscription\'s `Endpoint` must match its `Protocol`: a queue ARN for `sqs`, a function ARN for `lambda`, a URL for `http(s)`.',
    why: 'SNS rejects a subscription whose endpoint does not fit the protocol. A frequent slip: `!Ref` of a queue returns its URL and `!Ref` of a function its name, while SNS needs their ARNs (`!GetAtt X.Arn`). An unknown protocol is rejected outright (error).',
    invalid: [{ title: 'The queue URL instead of its ARN', format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Queue:\n    Type: AWS::SQS::Queue\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: sqs\n      Endpoint: !Ref Queue\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Queue:\n    Type: AWS::SQS::Queue\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: sqs\n      Endpoint: !GetAtt Queue.Arn\n' }],
    references: ['https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html'],
  },
  messages: {
    unknownProtocol: "'{{protocol}}' is not an SNS protocol ({{allowed}}).",
    mismatch: "Protocol '{{protocol}}' needs {{expected}}; this endpoint is {{got}}.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const s of wiring(t).subscriptions) {
      if (s.origin === 'sam' || s.protocol === undefined || s.protocolNode === undefined) continue;
      if (!SNS_PROTOCOLS.includes(s.protocol)) {
        ctx.report({ node: s.protocolNode, messageId: 'unknownProtocol', data: { protocol: s.protocol, allowed: SNS_PROTOCOLS.join(', ') }, severity: 'error' });
        continue;
      }
      const e = s.endpoint;
      if (e === undefined || s.endpointNode === undefined) continue;
      if (fits(s.protocol, e) !== false) continue;
      const got = e.resource ? `${e.attribute === 'Ref' ? '!Ref' : `!GetAtt .${e.attribute}`} of ${e.resource.type} '${e.resource.name}'` : `'${e.literal ?? 'this value'}'`;
      ctx.report({ node: s.endpointNode, messageId: 'mismatch', data: { protocol: s.protocol, expected: EXPECTED[s.protocol] ?? 'another endpoint', got } });
    }
  },
});
