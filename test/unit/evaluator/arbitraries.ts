// fast-check generators for simulation inputs, kept inside the language subset that the naive reference
// evaluator understands, with values drawn from small pools so that matches and mismatches both occur.

import * as fc from 'fast-check';
import { RefInput } from './reference';

export const ACCOUNTS = ['111122223333', '444455556666'];
const [A, B] = ACCOUNTS;

export const PRINCIPALS = [
  `arn:aws:iam::${A}:user/alice`,
  `arn:aws:iam::${A}:user/bob`,
  `arn:aws:iam::${B}:user/carol`,
  `arn:aws:sts::${A}:assumed-role/Admin/s1`,
  `arn:aws:sts::${B}:assumed-role/Reader/s2`,
  `arn:aws:sts::${A}:federated-user/fed`,
  `arn:aws:iam::${A}:root`,
  `arn:aws:iam::${B}:root`,
  'lambda.amazonaws.com',
  'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHAPOMQZL',
];

export const ACTIONS = ['s3:GetObject', 's3:PutObject', 'sqs:SendMessage', 'kms:Decrypt', 'ec2:RunInstances', 'sts:AssumeRole', 'iam:GetUser', 'dynamodb:GetItem', 'events:PutEvents', 'sts:GetCallerIdentity', 'sts:GetSessionToken'];

export const RESOURCES = [
  'arn:aws:s3:::bucket-a/data/file.txt',
  'arn:aws:s3:::bucket-a/logs/x',
  'arn:aws:s3:::bucket-b/file',
  'arn:aws:iam::aws:policy/ReadOnlyAccess',
  `arn:aws:sqs:us-east-1:${A}:queue-a`,
  `arn:aws:sqs:us-east-1:${B}:queue-b`,
  `arn:aws:kms:us-east-1:${A}:key/1234`,
  `arn:aws:iam::${A}:role/Admin`,
  `arn:aws:iam::${B}:role/Reader`,
  `arn:aws:iam::${A}:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing`,
  `arn:aws:ec2:us-east-1:${A}:instance/i-1`,
  `arn:aws:dynamodb:us-east-1:${B}:table/t`,
  '*',
];

const ACTION_PATTERNS = ['*', 's3:*', 's3:Get*', 'S3:GETOBJECT', 's3:PutObject', 'sqs:Send?essage', 'kms:*', 'ec2:Run*', 'sts:AssumeRole', 'iam:Get*', 'dynamodb:*', '*:GetItem'];
const RESOURCE_PATTERNS = [
  '*',
  'arn:aws:s3:::bucket-a/*',
  'arn:aws:s3:::*/logs/*',
  'arn:aws:s3:::bucket-?/file',
  `arn:aws:sqs:*:${A}:*`,
  'arn:aws:sqs:us-east-1:*:queue-?',
  'arn:aws:kms:*:*:key/*',
  `arn:aws:iam::${A}:role/*`,
  'arn:aws:iam::*:role/Reader',
  'arn:aws:ec2:*:*:*',
  'arn:aws:*:*:*:*',
  'arn:aws:s3:::bucket-a/${aws:username}/*',
  'arn:aws:s3:::${aws:PrincipalTag/team}/*',
];
const PRINCIPAL_ELEMENTS: RefInputStatement['Principal'][] = [
  '*',
  { AWS: '*' },
  { AWS: A },
  { AWS: `arn:aws:iam::${B}:root` },
  { AWS: `arn:aws:iam::${A}:user/alice` },
  { AWS: [`arn:aws:iam::${B}:user/carol`, `arn:aws:iam::${A}:user/bob`] },
  { AWS: `arn:aws:iam::${A}:role/Admin` },
  { AWS: `arn:aws:sts::${A}:assumed-role/Admin/s1` },
  { AWS: `arn:aws:iam::${B}:role/Reader` },
  { AWS: `arn:aws:sts::${A}:federated-user/fed` },
  { Service: 'lambda.amazonaws.com' },
  { AWS: 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHAPOMQZL' },
];
const NOT_PRINCIPALS: Record<string, string | string[]>[] = [
  { AWS: [`arn:aws:iam::${A}:user/alice`, `arn:aws:iam::${A}:root`] },
  { AWS: `arn:aws:iam::${A}:user/alice` },
  { AWS: [`arn:aws:sts::${A}:assumed-role/Admin/s1`, `arn:aws:iam::${A}:role/Admin`, A] },
  { AWS: A },
];
const CONDITIONS: Record<string, Record<string, string | string[]>>[] = [
  { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
  { StringNotEquals: { 'aws:PrincipalTag/team': ['blue', 'green'] } },
  { StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'BLUE' } },
  { StringLike: { 'aws:username': 'a*' } },
  { StringNotLike: { 'aws:username': '*b*' } },
  { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env', 'owner'] } },
  { 'ForAllValues:StringLike': { 'aws:TagKeys': ['env', 'own*'] } },
  { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': 'secret' } },
  { 'ForAnyValue:StringNotLike': { 'aws:TagKeys': 'e*' } },
  { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
  { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
  { Null: { 'aws:PrincipalTag/team': 'true' } },
  { Null: { 'aws:username': 'false' } },
  { Null: { 'aws:TagKeys': 'true' } },
  { NumericLessThan: { 's3:max-keys': '10' } },
  { NumericGreaterThan: { 's3:max-keys': '5' } },
  { NumericNotEquals: { 's3:max-keys': ['7', '8'] } },
  { StringEqualsIfExists: { 'aws:PrincipalTag/team': 'blue' } },
  { ArnLike: { 'aws:SourceArn': 'arn:aws:sqs:*:*:queue-*' } },
  { ArnNotEquals: { 'aws:SourceArn': `arn:aws:sqs:us-east-1:${A}:queue-a` } },
  { StringEquals: { 'aws:PrincipalTag/team': '${aws:username}' } },
  { StringLike: { 'aws:username': '${aws:PrincipalTag/team}*' } },
  { StringEquals: { 'aws:PrincipalTag/team': 'blue' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
];

type RefInputStatement = RefInput['policies']['identity'] extends (infer D)[] | undefined ? (D extends { Statement: (infer S)[] } ? S : never) : never;

const oneOrMany = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | T[]> => fc.oneof(arb, fc.array(arb, { minLength: 1, maxLength: 3 }));

function statementArb(resourcePolicy: boolean): fc.Arbitrary<RefInputStatement> {
  return fc
    .record({
      Effect: fc.constantFrom('Allow' as const, 'Allow' as const, 'Deny' as const),
      useNotAction: fc.boolean(),
      actions: oneOrMany(fc.constantFrom(...ACTION_PATTERNS)),
      resourceMode: fc.constantFrom('Resource', 'Resource', 'Resource', 'NotResource', 'none'),
      resources: oneOrMany(fc.constantFrom(...RESOURCE_PATTERNS)),
      principalMode: fc.constantFrom('Principal', 'Principal', 'Principal', 'NotPrincipal'),
      principal: fc.constantFrom(...PRINCIPAL_ELEMENTS),
      notPrincipal: fc.constantFrom(...NOT_PRINCIPALS),
      condition: fc.option(fc.constantFrom(...CONDITIONS), { freq: 3 }),
    })
    .map((r) => {
      const s: RefInputStatement = { Effect: r.Effect };
      if (r.useNotAction && r.Effect === 'Deny') s.NotAction = r.actions;
      else s.Action = r.actions;
      if (r.resourceMode === 'NotResource') s.NotResource = r.resources;
      else if (r.resourceMode === 'Resource' || !resourcePolicy) s.Resource = r.resources;
      if (resourcePolicy) {
        if (r.principalMode === 'NotPrincipal' && r.Effect === 'Deny') s.NotPrincipal = r.notPrincipal;
        else s.Principal = r.principal;
      }
      if (r.condition !== null) s.Condition = r.condition;
      return s;
    });
}

export function docArb(resourcePolicy = false): fc.Arbitrary<{ Version?: string; Statement: RefInputStatement[] }> {
  return fc.record({
    Version: fc.constantFrom('2012-10-17', '2012-10-17', '2008-10-17'),
    Statement: fc.array(statementArb(resourcePolicy), { minLength: 1, maxLength: 4 }),
  });
}

const contextArb = fc.record(
  {
    'aws:username': fc.constantFrom('alice', 'bob', 'blue', ''),
    'aws:PrincipalTag/team': fc.constantFrom('blue', 'green', 'red', 'bucket-a'),
    'aws:TagKeys': fc.subarray(['env', 'owner', 'secret', 'cost'], { minLength: 0 }),
    'aws:MultiFactorAuthPresent': fc.constantFrom('true', 'false'),
    's3:max-keys': fc.constantFrom('3', '7', '10', '20'),
    'aws:SourceArn': fc.constantFrom(`arn:aws:sqs:us-east-1:${A}:queue-a`, `arn:aws:sqs:eu-west-1:${B}:queue-b`, 'arn:aws:sns:us-east-1:1:topic'),
  },
  { requiredKeys: [] },
);

export const inputArb: fc.Arbitrary<RefInput> = fc.record({
  policies: fc.record(
    {
      identity: fc.array(docArb(), { minLength: 0, maxLength: 3 }),
      resource: fc.option(docArb(true), { freq: 2 }),
      permissionsBoundary: fc.option(docArb(), { freq: 3 }),
      session: fc.option(docArb(), { freq: 3 }),
      scps: fc.array(fc.array(docArb(), { minLength: 1, maxLength: 2 }), { minLength: 0, maxLength: 3 }),
      rcps: fc.array(fc.array(docArb(), { minLength: 1, maxLength: 1 }), { minLength: 0, maxLength: 2 }),
    },
    { requiredKeys: ['identity'] },
  ),
  request: fc.record(
    {
      principal: fc.constantFrom(...PRINCIPALS),
      action: fc.constantFrom(...ACTIONS),
      resource: fc.constantFrom(...RESOURCES),
      context: contextArb,
    },
    { requiredKeys: ['principal', 'action', 'resource'] },
  ),
});

/** A Deny statement drawn from the same pools. */
export const denyStatementArb = statementArb(false).map((s) => ({ ...s, Effect: 'Deny' as const }));
