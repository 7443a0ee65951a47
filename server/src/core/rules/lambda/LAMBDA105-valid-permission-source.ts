// LAMBDA105 PERMISSION_SOURCE_MISMATCH: an `AWS::Lambda::Permission`'s `SourceArn` belongs to its principal's service; S3 sources name their account.

import { getProperty } from '../../parse/tree';
import { resolveString, resolveTarget } from '../../cfn/resolve';
import { defineRule } from '../types';

/** Service principals and the ARN service of the sources they invoke from. */
const SOURCE_SERVICE: Readonly<Record<string, string>> = {
  's3.amazonaws.com': 's3',
  'sns.amazonaws.com': 'sns',
  'sqs.amazonaws.com': 'sqs',
  'events.amazonaws.com': 'events',
  'apigateway.amazonaws.com': 'execute-api',
  'logs.amazonaws.com': 'logs',
  'iot.amazonaws.com': 'iot',
  'cognito-idp.amazonaws.com': 'cognito-idp',
  'elasticloadbalancing.amazonaws.com': 'elasticloadbalancing',
  'scheduler.amazonaws.com': 'scheduler',
  'states.amazonaws.com': 'states',
};

export default defineRule({
  id: 'LAMBDA105',
  name: 'valid-permission-source',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "A Lambda permission's `SourceArn` should belong to the service of its `Principal`, and an S3 permission should also give `SourceAccount`.",
    why: 'A `SourceArn` of another service never matches, so the service cannot invoke the function. Bucket ARNs carry no account ID: without `SourceAccount`, a bucket of the same name in another account (after yours is deleted) could invoke the function.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Permission:\n    Type: AWS::Lambda::Permission\n    Properties:\n      Action: lambda:InvokeFunction\n      FunctionName: worker\n      Principal: s3.amazonaws.com\n      SourceAccount: !Ref AWS::AccountId\n      SourceArn: !Ref Topic\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Permission:\n    Type: AWS::Lambda::Permission\n    Properties:\n      Action: lambda:InvokeFunction\n      FunctionName: worker\n      Principal: sns.amazonaws.com\n      SourceArn: !Ref Topic\n' }],
    references: ['https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html', 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
  },
  messages: {
    sourceMismatch: "Principal {{principal}} invokes from {{expected}} resources, but SourceArn is {{got}}; the permission never applies.",
    missingSourceAccount: 'An S3 permission with SourceArn should also set SourceAccount: bucket ARNs carry no account ID.',
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const r of t.resources.values()) {
      if (r.type !== 'AWS::Lambda::Permission') continue;
      const principal = resolveString(t, getProperty(r.properties, 'Principal')?.value)?.value;
      const sourceNode = getProperty(r.properties, 'SourceArn')?.value;
      const expected = principal === undefined ? undefined : SOURCE_SERVICE[principal];
      if (expected === undefined || sourceNode === undefined) continue;
      const target = resolveTarget(t, sourceNode);
      const svc = target?.service;
      if (target !== undefined && svc !== undefined && svc !== expected) {
        const got = target.resource ? `${target.resource.type} '${target.resource.name}'` : `a ${svc} ARN`;
        ctx.report({ node: sourceNode, messageId: 'sourceMismatch', data: { principal: principal!, expected, got } });
        continue;
      }
      if (expected === 's3' && getProperty(r.properties, 'SourceAccount') === undefined) {
        const p = getProperty(r.properties, 'SourceArn')!;
        ctx.report({ node: p.key, messageId: 'missingSourceAccount' });
      }
    }
  },
});
