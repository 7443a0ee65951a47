// Seeded IAM policy statements for the benchmark corpora: real actions, ARNs with account and region,
// conditions with real operators and keys, a few wildcards. Mostly valid, as real files are, with an
// occasional finding (a broad wildcard, a missing Version) so the rules have something to report.

import { Rng } from './rng';

export const ACCOUNT = '123456789012';
export const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];

const ACTIONS: Record<string, { actions: string[]; arn: (r: Rng) => string }> = {
  s3: {
    actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObjectVersion', 's3:PutObjectAcl', 's3:GetObjectTagging'],
    arn: (r) => `arn:aws:s3:::${r.word()}-bucket/${r.word()}/*`,
  },
  sqs: {
    actions: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueUrl'],
    arn: (r) => `arn:aws:sqs:${r.pick(REGIONS)}:${ACCOUNT}:${r.word()}-queue`,
  },
  sns: {
    actions: ['sns:Publish', 'sns:Subscribe', 'sns:GetTopicAttributes', 'sns:ListSubscriptionsByTopic'],
    arn: (r) => `arn:aws:sns:${r.pick(REGIONS)}:${ACCOUNT}:${r.word()}-topic`,
  },
  dynamodb: {
    actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem', 'dynamodb:Scan'],
    arn: (r) => `arn:aws:dynamodb:${r.pick(REGIONS)}:${ACCOUNT}:table/${r.word()}`,
  },
  lambda: {
    actions: ['lambda:InvokeFunction', 'lambda:GetFunction', 'lambda:UpdateFunctionCode'],
    arn: (r) => `arn:aws:lambda:${r.pick(REGIONS)}:${ACCOUNT}:function:${r.word()}`,
  },
  logs: {
    actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
    arn: (r) => `arn:aws:logs:${r.pick(REGIONS)}:${ACCOUNT}:log-group:/aws/lambda/${r.word()}:*`,
  },
  kms: {
    actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
    arn: (r) => `arn:aws:kms:${r.pick(REGIONS)}:${ACCOUNT}:key/${r.int(10000000, 99999999)}-aaaa-bbbb-cccc-${r.int(100000000000, 999999999999)}`,
  },
  ec2: {
    actions: ['ec2:DescribeInstances', 'ec2:StartInstances', 'ec2:StopInstances', 'ec2:DescribeVpcs', 'ec2:CreateTags'],
    arn: (r) => `arn:aws:ec2:${r.pick(REGIONS)}:${ACCOUNT}:instance/i-${r.int(10000000, 99999999)}`,
  },
  states: {
    actions: ['states:StartExecution', 'states:DescribeExecution', 'states:StopExecution'],
    arn: (r) => `arn:aws:states:${r.pick(REGIONS)}:${ACCOUNT}:stateMachine:${r.word()}`,
  },
};
const SERVICES = Object.keys(ACTIONS);

const CONDITIONS: ((r: Rng) => Record<string, Record<string, unknown>>)[] = [
  (r) => ({ StringEquals: { 'aws:RequestedRegion': r.sample(REGIONS, r.int(1, 3)) } }),
  (r) => ({ Bool: { 'aws:SecureTransport': 'true' }, StringLike: { 'aws:PrincipalTag/team': `${r.word()}*` } }),
  (r) => ({ IpAddress: { 'aws:SourceIp': [`203.0.${r.int(0, 255)}.0/24`, `198.51.100.${r.int(0, 255)}/32`] } }),
  (r) => ({ StringEquals: { 'aws:PrincipalOrgID': `o-${r.word(10, 10)}` } }),
  (r) => ({ DateGreaterThan: { 'aws:CurrentTime': `2024-0${r.int(1, 9)}-01T00:00:00Z` } }),
  (r) => ({ ArnLike: { 'aws:SourceArn': `arn:aws:sns:*:${ACCOUNT}:${r.word()}-*` } }),
];

export interface StatementOptions {
  /** Resource-based policies carry a Principal. */
  principal?: unknown;
  /** Resources to use instead of generated ARNs (intrinsics in templates). */
  resources?: unknown[];
  service?: string;
}

export function statement(r: Rng, i: number, opts: StatementOptions = {}): Record<string, unknown> {
  const service = opts.service ?? r.pick(SERVICES);
  const spec = ACTIONS[service];
  const s: Record<string, unknown> = { Sid: `Stmt${i}${r.word(3, 6).replace(/^./, (c) => c.toUpperCase())}` };
  s.Effect = r.chance(0.85) ? 'Allow' : 'Deny';
  if (opts.principal !== undefined) s.Principal = opts.principal;
  const actions = r.sample(spec.actions, r.int(1, 4));
  if (r.chance(0.05)) actions.push(`${service}:*`);
  s.Action = actions.length === 1 ? actions[0] : actions;
  if (opts.resources !== undefined) s.Resource = opts.resources.length === 1 ? opts.resources[0] : opts.resources;
  else {
    const n = r.int(1, 3);
    const res: string[] = [];
    for (let k = 0; k < n; k++) res.push(spec.arn(r));
    s.Resource = n === 1 ? res[0] : res;
  }
  if (r.chance(0.35)) s.Condition = r.pick(CONDITIONS)(r);
  return s;
}

/** A standalone identity policy of about `targetBytes` bytes when printed with two-space indentation. */
export function iamPolicyText(seed: number, targetBytes: number): string {
  const r = new Rng(seed);
  const statements: string[] = [];
  let size = 60;
  let i = 0;
  while (size < targetBytes || statements.length === 0) {
    const s = JSON.stringify(statement(r, i++), null, 2).replace(/\n/g, '\n    ');
    statements.push('    ' + s);
    size += s.length + 6;
  }
  return `{\n  "Version": "2012-10-17",\n  "Statement": [\n${statements.join(',\n')}\n  ]\n}\n`;
}
