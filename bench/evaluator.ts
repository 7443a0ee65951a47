// Benchmark of the policy evaluator: evaluations per CPU-second on a mix of typical requests (identity +
// resource + boundary + SCP levels, conditions, wildcards, variables), for the production engine alone,
// for the CLI's batch pipeline (parse a JSON line, evaluate, serialise the result line), and for the naive
// reference evaluator of the tests, in the same run. Floor: 250,000 engine evaluations per CPU-second.
//
// Run: npx tsc -p tsconfig.json && node out/bench/evaluator.js [--seconds N]

import { evaluate, PolicyPool, SimulationInput } from '../server/src/core/evaluator';
import { referenceEvaluate, RefInput } from '../test/unit/evaluator/reference';

const A = '111122223333';
const B = '444455556666';

function doc(...statements: object[]): object {
  return { Version: '2012-10-17', Statement: statements };
}

const identity = doc(
  { Sid: 'ReadOwnPrefix', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:List*'], Resource: ['arn:aws:s3:::data-bucket/home/${aws:username}/*', 'arn:aws:s3:::data-bucket'] },
  { Sid: 'Queues', Effect: 'Allow', Action: 'sqs:*', Resource: `arn:aws:sqs:*:${A}:app-*`, Condition: { StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } } },
  { Sid: 'Ec2Tagged', Effect: 'Allow', Action: 'ec2:*Instances', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } } },
  { Sid: 'DenyNoMfa', Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
  { Sid: 'DenyLogs', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::*log*' },
);
const identity2 = doc({ Sid: 'Describe', Effect: 'Allow', Action: ['ec2:Describe*', 'cloudwatch:Get*', 'logs:*'], Resource: '*' });
const boundary = doc(
  { Effect: 'Allow', Action: ['s3:*', 'sqs:*', 'ec2:*', 'cloudwatch:*', 'logs:*'], Resource: '*' },
  { Effect: 'Deny', Action: 'ec2:TerminateInstances', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalTag/role': 'admin' } } },
);
const bucketPolicy = doc(
  { Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::data-bucket', 'arn:aws:s3:::data-bucket/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
  { Sid: 'Partner', Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${B}:root`] }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::data-bucket/shared/*' },
  { Sid: 'OfficeOnly', Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::data-bucket/*', Condition: { NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } } },
);
const scpRoot = doc({ Sid: 'FullAWSAccess', Effect: 'Allow', Action: '*', Resource: '*' });
const scpOu = doc(
  { Effect: 'Allow', Action: '*', Resource: '*' },
  { Sid: 'Regions', Effect: 'Deny', NotAction: ['iam:*', 'sts:*', 'cloudfront:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } } },
);
const scpAccount = doc({ Effect: 'Allow', Action: ['s3:*', 'sqs:*', 'ec2:*', 'cloudwatch:*', 'logs:*', 'iam:*', 'sts:*'], Resource: '*' });

const context = {
  'aws:username': 'alice',
  'aws:PrincipalTag/team': 'blue',
  'aws:PrincipalTag/role': 'dev',
  'aws:MultiFactorAuthPresent': 'true',
  'aws:SecureTransport': 'true',
  'aws:SourceIp': '203.0.113.10',
  'aws:RequestedRegion': 'us-east-1',
};
const requests = [
  { principal: `arn:aws:iam::${A}:user/alice`, action: 's3:GetObject', resource: 'arn:aws:s3:::data-bucket/home/alice/report.csv' },
  { principal: `arn:aws:iam::${A}:user/alice`, action: 's3:PutObject', resource: 'arn:aws:s3:::data-bucket/home/bob/x' },
  { principal: `arn:aws:sts::${A}:assumed-role/app/worker`, action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-1:${A}:app-orders` },
  { principal: `arn:aws:iam::${A}:user/alice`, action: 'ec2:StartInstances', resource: `arn:aws:ec2:us-east-1:${A}:instance/i-1`, extra: { 'aws:ResourceTag/team': 'blue' } },
  { principal: `arn:aws:iam::${A}:user/alice`, action: 'ec2:TerminateInstances', resource: `arn:aws:ec2:us-east-1:${A}:instance/i-1`, extra: { 'aws:ResourceTag/team': 'blue' } },
  { principal: `arn:aws:iam::${B}:user/carol`, action: 's3:GetObject', resource: 'arn:aws:s3:::data-bucket/shared/a.txt', resourceAccount: A },
  { principal: `arn:aws:iam::${A}:user/alice`, action: 'dynamodb:GetItem', resource: `arn:aws:dynamodb:us-east-1:${A}:table/t` },
  { principal: `arn:aws:iam::${A}:user/alice`, action: 's3:GetObject', resource: 'arn:aws:s3:::access-logs/x' },
];

const inputs: SimulationInput[] = requests.map((r) => ({
  policies: {
    identity: [identity, identity2],
    resource: bucketPolicy,
    permissionsBoundary: boundary,
    scps: [[scpRoot], [scpOu], [scpAccount]],
  },
  request: {
    principal: r.principal,
    action: r.action,
    resource: r.resource,
    ...(r.resourceAccount !== undefined ? { resourceAccount: r.resourceAccount } : {}),
    context: { ...context, ...(r.extra ?? {}) },
  },
}));
const lines = inputs.map((i) => JSON.stringify(i));

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function measure(name: string, seconds: number, run: (i: number) => void): number {
  for (let i = 0; i < 20000; i++) run(i);
  let n = 0;
  const start = cpuSeconds();
  let elapsed = 0;
  while (elapsed < seconds) {
    for (let k = 0; k < 5000; k++) run(n++);
    elapsed = cpuSeconds() - start;
  }
  const rate = n / elapsed;
  console.log(`${name.padEnd(48)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} evals/CPU-s  (${n.toLocaleString('en-US')} in ${elapsed.toFixed(2)} s)`);
  return rate;
}

/** CPU nanoseconds per iteration of a trivial loop: a yardstick for how fast this machine is right now. */
function calibrate(): number {
  const loop = (n: number): number => {
    let x = 0;
    for (let i = 0; i < n; i++) x = (x + i * 7) | 0;
    return x;
  };
  loop(5e6);
  loop(5e6);
  const start = cpuSeconds();
  const x = loop(1e8);
  return ((cpuSeconds() - start) * 1e9) / 1e8 + (x === 0.5 ? 1 : 0);
}

function main(): void {
  const at = process.argv.indexOf('--seconds');
  const seconds = at > 0 ? Number(process.argv[at + 1]) : 2;
  const decisions = inputs.map((i) => evaluate(i).decision);
  const refDecisions = inputs.map((i) => referenceEvaluate(i as unknown as RefInput));
  console.log(`Evaluator benchmark: ${inputs.length} typical requests (identity x2 + bucket policy + boundary + 3 SCP levels), decisions ${decisions.join(', ')}`);
  if (decisions.join() !== refDecisions.join()) console.log(`WARNING: the reference decides differently: ${refDecisions.join(', ')}`);
  let sink = 0;
  const engine = measure('engine, batch of requests (evaluate, full trace)', seconds, (i) => {
    sink += evaluate(inputs[i & 7]).statements.length;
  });
  const pool = new PolicyPool();
  measure('CLI batch line (JSON.parse, evaluate, JSON.stringify)', seconds, (i) => {
    const read = pool.read(lines[i & 7]);
    if (read.ok) sink += JSON.stringify(evaluate(read.input, { reusePolicies: read.reuse })).length;
  });
  const ref = measure('naive reference evaluator', seconds, (i) => {
    sink += referenceEvaluate(inputs[i & 7] as unknown as RefInput).length;
  });
  console.log(`engine / reference: ${(engine / ref).toFixed(1)}x; floor 250,000 evals/CPU-s: ${engine >= 250000 ? 'met' : 'NOT MET'} (${sink > 0 ? 'ok' : ''})`);
  // Shared machines slow everything down; the yardstick and the load average say how much.
  const loadavg = require('os').loadavg() as number[];
  console.log(`machine: ${calibrate().toFixed(2)} CPU-ns per trivial loop iteration (about 0.3-0.4 on an idle core), load average ${loadavg[0].toFixed(1)}`);
}

main();
