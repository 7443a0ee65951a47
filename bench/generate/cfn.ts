// A seeded CloudFormation template for the benchmark, grown group by group until it reaches the target
// size. Each group is a small application: a role with inline policies, a bucket and its bucket policy,
// a standard or FIFO queue with a dead-letter queue and a queue policy, a topic with a subscription and
// filter policy, a function with an event source mapping, and a state machine whose definition is an
// inline `Definition` object or a `DefinitionString` built with `Fn::Sub`.

import { ACCOUNT, statement } from './iam';
import { Block, GetAtt, If, Intrinsic, Ref, Sub, renderJson, renderYaml } from './render';
import { Rng } from './rng';
import { stateMachine } from './asl';

function group(r: Rng, g: number): Record<string, unknown> {
  const fifo = g % 3 === 2;
  const sfx = fifo ? '.fifo' : '';
  const role = `Role${g}`;
  const bucket = `Bucket${g}`;
  const queue = `Queue${g}`;
  const dlq = `DeadLetterQueue${g}`;
  const topic = `Topic${g}`;
  const fn = `Function${g}`;
  const sm = `StateMachine${g}`;
  const resources: Record<string, unknown> = {};

  const inline = [];
  const nPolicies = r.int(1, 2);
  for (let p = 0; p < nPolicies; p++) {
    const statements = [];
    const n = r.int(2, 5);
    for (let s = 0; s < n; s++) statements.push(statement(r, s));
    statements.push({ Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Resource: GetAtt(queue, 'Arn') });
    inline.push({ PolicyName: `app-${g}-policy-${p}`, PolicyDocument: { Version: '2012-10-17', Statement: statements } });
  }
  resources[role] = {
    Type: 'AWS::IAM::Role',
    Properties: {
      RoleName: Sub(`\${AWS::StackName}-role-${g}`),
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com', 'states.amazonaws.com'] }, Action: 'sts:AssumeRole' }],
      },
      ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
      Policies: inline,
    },
  };

  resources[bucket] = {
    Type: 'AWS::S3::Bucket',
    Properties: {
      BucketName: Sub(`\${AWS::StackName}-data-${g}-\${AWS::AccountId}`),
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    },
  };
  resources[`${bucket}Policy`] = {
    Type: 'AWS::S3::BucketPolicy',
    Properties: {
      Bucket: Ref(bucket),
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'DenyInsecureTransport',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: [GetAtt(bucket, 'Arn'), Sub(`\${${bucket}.Arn}/*`)],
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
          {
            Sid: 'AllowRoleRead',
            Effect: 'Allow',
            Principal: { AWS: GetAtt(role, 'Arn') },
            Action: ['s3:GetObject', 's3:ListBucket'],
            Resource: [GetAtt(bucket, 'Arn'), Sub(`\${${bucket}.Arn}/${r.word()}/*`)],
          },
        ],
      },
    },
  };

  resources[dlq] = {
    Type: 'AWS::SQS::Queue',
    Properties: { QueueName: Sub(`\${AWS::StackName}-dlq-${g}${sfx}`), ...(fifo ? { FifoQueue: true } : {}), MessageRetentionPeriod: 1209600 },
  };
  resources[queue] = {
    Type: 'AWS::SQS::Queue',
    Properties: {
      QueueName: Sub(`\${AWS::StackName}-work-${g}${sfx}`),
      ...(fifo ? { FifoQueue: true, ContentBasedDeduplication: true } : {}),
      VisibilityTimeout: 180,
      MessageRetentionPeriod: 345600,
      RedrivePolicy: { deadLetterTargetArn: GetAtt(dlq, 'Arn'), maxReceiveCount: r.int(3, 10) },
      KmsMasterKeyId: 'alias/aws/sqs',
    },
  };
  resources[`${queue}Policy`] = {
    Type: 'AWS::SQS::QueuePolicy',
    Properties: {
      Queues: [Ref(queue)],
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'AllowTopic',
            Effect: 'Allow',
            Principal: { Service: 'sns.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Resource: GetAtt(queue, 'Arn'),
            Condition: { ArnEquals: { 'aws:SourceArn': Ref(topic) } },
          },
        ],
      },
    },
  };

  resources[topic] = {
    Type: 'AWS::SNS::Topic',
    Properties: { TopicName: Sub(`\${AWS::StackName}-events-${g}${sfx}`), ...(fifo ? { FifoTopic: true, ContentBasedDeduplication: true } : {}), KmsMasterKeyId: 'alias/aws/sns' },
  };
  resources[`${topic}Subscription`] = {
    Type: 'AWS::SNS::Subscription',
    Properties: {
      TopicArn: Ref(topic),
      Protocol: 'sqs',
      Endpoint: GetAtt(queue, 'Arn'),
      RawMessageDelivery: true,
      FilterPolicyScope: 'MessageAttributes',
      FilterPolicy: { eventType: r.sample(['created', 'updated', 'deleted', 'archived'], r.int(1, 3)), priority: [{ numeric: ['>=', r.int(1, 5)] }] },
    },
  };

  resources[fn] = {
    Type: 'AWS::Lambda::Function',
    Properties: {
      FunctionName: Sub(`\${AWS::StackName}-worker-${g}`),
      Runtime: r.pick(['nodejs20.x', 'python3.12', 'java21']),
      Handler: 'index.handler',
      Role: GetAtt(role, 'Arn'),
      Timeout: 30,
      MemorySize: r.pick([128, 256, 512, 1024]),
      Environment: { Variables: { BUCKET: Ref(bucket), TOPIC_ARN: Ref(topic), STAGE: Ref('Stage') } },
      Code: { ZipFile: new Block(`exports.handler = async (event) => {\n  console.log(JSON.stringify(event));\n  return { ok: true, group: ${g} };\n};\n`) },
    },
  };
  resources[`${fn}Mapping`] = {
    Type: 'AWS::Lambda::EventSourceMapping',
    Properties: {
      EventSourceArn: GetAtt(queue, 'Arn'),
      FunctionName: Ref(fn),
      BatchSize: 10,
      ...(fifo ? {} : { MaximumBatchingWindowInSeconds: 5 }),
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    },
  };

  const machine = stateMachine(r, r.int(4, 8), { resource: '${WorkerArn}', topic: '${TopicArn}' });
  const smProps: Record<string, unknown> = {
    StateMachineName: Sub(`\${AWS::StackName}-flow-${g}`),
    RoleArn: GetAtt(role, 'Arn'),
    StateMachineType: g % 4 === 3 ? 'EXPRESS' : 'STANDARD',
  };
  if (g % 2 === 0) {
    smProps.Definition = machine;
    smProps.DefinitionSubstitutions = { WorkerArn: GetAtt(fn, 'Arn'), TopicArn: Ref(topic) };
  } else {
    smProps.DefinitionString = Sub([new Block(JSON.stringify(machine, null, 2) + '\n'), { WorkerArn: GetAtt(fn, 'Arn'), TopicArn: Ref(topic) }]);
  }
  if (g % 5 === 4) smProps.TracingConfiguration = { Enabled: If('IsProd', true, false) };
  resources[sm] = { Type: 'AWS::StepFunctions::StateMachine', Properties: smProps };
  return resources;
}

/** The template object (shared by both renderings). */
export function templateValue(seed: number, groups: number): Record<string, unknown> {
  const r = new Rng(seed);
  const resources: Record<string, unknown> = {};
  for (let g = 0; g < groups; g++) Object.assign(resources, group(r, g));
  const outputs: Record<string, unknown> = {};
  for (let g = 0; g < Math.min(groups, 50); g++) outputs[`Queue${g}Url`] = { Value: Ref(`Queue${g}`), Export: { Name: Sub(`\${AWS::StackName}-queue-${g}`) } };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Generated benchmark template (seed ${seed}, ${groups} application groups).`,
    Parameters: { Stage: { Type: 'String', AllowedValues: ['dev', 'prod'], Default: 'dev' } },
    Conditions: { IsProd: new Intrinsic('Fn::Equals', [Ref('Stage'), 'prod']) },
    Resources: resources,
    Outputs: outputs,
  };
}

/** A template of about `targetBytes` in the given format (groups are added until the size is reached). */
export function cfnTemplateText(seed: number, targetBytes: number, format: 'json' | 'yaml'): { text: string; groups: number } {
  const render = format === 'json' ? renderJson : renderYaml;
  // One group is roughly 5.5 KB of JSON or 4 KB of YAML: estimate, then adjust.
  const perGroup = render(templateValue(seed, 4)).length / 4;
  let groups = Math.max(1, Math.round(targetBytes / perGroup));
  let text = render(templateValue(seed, groups));
  if (targetBytes < perGroup * 2) {
    // Tiny templates: one group, trimmed to what fits.
    return { text: render(tinyTemplate(seed)), groups: 1 };
  }
  const ratio = targetBytes / text.length;
  if (Math.abs(ratio - 1) > 0.05) {
    groups = Math.max(1, Math.round(groups * ratio));
    text = render(templateValue(seed, groups));
  }
  return { text, groups };
}

/** A ~2 KB template: a queue with a dead-letter queue and a queue policy, and a role. */
function tinyTemplate(seed: number): Record<string, unknown> {
  const r = new Rng(seed);
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      DeadLetterQueue: { Type: 'AWS::SQS::Queue', Properties: { MessageRetentionPeriod: 1209600 } },
      Queue: { Type: 'AWS::SQS::Queue', Properties: { VisibilityTimeout: 180, RedrivePolicy: { deadLetterTargetArn: GetAtt('DeadLetterQueue', 'Arn'), maxReceiveCount: 5 } } },
      QueuePolicy: {
        Type: 'AWS::SQS::QueuePolicy',
        Properties: {
          Queues: [Ref('Queue')],
          PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: GetAtt('Queue', 'Arn') }] },
        },
      },
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
          Policies: [{ PolicyName: 'app', PolicyDocument: { Version: '2012-10-17', Statement: [statement(r, 0), statement(r, 1)] } }],
        },
      },
    },
    Outputs: { QueueArn: { Value: GetAtt('Queue', 'Arn') }, Account: { Value: ACCOUNT } },
  };
}
