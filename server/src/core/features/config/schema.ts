// What the editor knows about the properties of SQS, SNS, Lambda, event source mapping and S3 settings,
// per place they are written (a resource type's `Properties`, a nested object, a SAM event, a standalone
// attribute file, a redrive policy): the property names for completion, their fixed values, and the
// fact (data/facts) a hover shows. The places are found from the cursor's path (`placeOf`).

import type { FeatureContext } from '../types';
import type { TemplateModel } from '../../model/template';
import { getValue, isString } from '../../parse/tree';
import { ESM_STARTING_POSITIONS, SNS_PROTOCOLS } from '../../settings/limits';

export interface PropertySpec {
  name: string;
  /** Fact key for hovers. */
  fact?: string;
  /** Fixed values (`boolean` = true/false). */
  values?: readonly string[] | 'boolean';
}

const bool = 'boolean' as const;

/** Runtimes Lambda supports today (completion only; deprecated ones are in data/lambda-runtimes). */
const RUNTIMES = ['nodejs22.x', 'nodejs24.x', 'python3.12', 'python3.13', 'python3.14', 'java17', 'java21', 'java25', 'dotnet8', 'dotnet10', 'ruby3.3', 'ruby3.4', 'provided.al2023'];

function specs(prefix: string, names: readonly (string | [string, PropertySpec['values']])[], factOverrides: Record<string, string> = {}): PropertySpec[] {
  return names.map((n) => {
    const [name, values] = typeof n === 'string' ? [n, undefined] : n;
    return { name, values, fact: factOverrides[name] ?? `${prefix}${name}` };
  });
}

const SQS_ATTRIBUTES: readonly (string | [string, PropertySpec['values']])[] = [
  'VisibilityTimeout', 'DelaySeconds', 'MessageRetentionPeriod', 'MaximumMessageSize', 'ReceiveMessageWaitTimeSeconds',
  'RedrivePolicy', 'RedriveAllowPolicy', ['FifoQueue', bool], ['ContentBasedDeduplication', bool],
  ['DeduplicationScope', ['messageGroup', 'queue']], ['FifoThroughputLimit', ['perQueue', 'perMessageGroupId']],
  'KmsMasterKeyId', 'KmsDataKeyReusePeriodSeconds', ['SqsManagedSseEnabled', bool],
];

const SNS_ATTRIBUTES: readonly (string | [string, PropertySpec['values']])[] = [
  'DisplayName', ['FifoTopic', bool], ['ContentBasedDeduplication', bool], ['FifoThroughputScope', ['Topic', 'MessageGroup']],
  'ArchivePolicy', 'KmsMasterKeyId', ['SignatureVersion', ['1', '2']], 'DeliveryPolicy', 'DataProtectionPolicy', 'MaximumMessageSize',
];

/** Property lists per place. */
export const PLACES: Readonly<Record<string, PropertySpec[]>> = {
  'sqs.template': [...specs('sqs.', SQS_ATTRIBUTES), ...specs('sqs.', ['QueueName', 'Tags'])],
  'sqs.file': [...specs('sqs.', SQS_ATTRIBUTES), ...specs('sqs.', ['Policy'])],
  'sqs.skeleton': specs('sqs.', ['QueueName', 'tags'], { tags: 'sqs.Tags' }),
  'sqs.redrive': specs('sqs.redrive.', ['deadLetterTargetArn', 'maxReceiveCount']),
  'sqs.redriveAllow': specs('sqs.redriveAllow.', [['redrivePermission', ['allowAll', 'denyAll', 'byQueue']], 'sourceQueueArns']),
  'sns.template': [...specs('sns.', SNS_ATTRIBUTES), ...specs('sns.', ['TopicName', 'Subscription', 'Tags', ['TracingConfig', ['PassThrough', 'Active']], 'DeliveryStatusLogging'])],
  'sns.file': [...specs('sns.', SNS_ATTRIBUTES), ...specs('sns.', ['Policy', ['TracingConfig', ['PassThrough', 'Active']]])],
  'sns.skeleton': specs('sns.', ['Name'], { Name: 'sns.TopicName' }),
  'sns.inlineSubscription': specs('sns.subscription.', [['Protocol', SNS_PROTOCOLS], 'Endpoint']),
  'sns.redrive': specs('sns.redrive.', ['deadLetterTargetArn']),
  'sns.subscription': specs('sns.subscription.', ['TopicArn', ['Protocol', SNS_PROTOCOLS], 'Endpoint', 'FilterPolicy', ['FilterPolicyScope', ['MessageAttributes', 'MessageBody']], ['RawMessageDelivery', bool], 'RedrivePolicy', 'DeliveryPolicy', 'Region', 'SubscriptionRoleArn', 'ReplayPolicy']),
  'lambda.function': specs('lambda.', [
    'FunctionName', 'Description', ['Runtime', RUNTIMES], 'Handler', 'Role', 'Code', 'Timeout', 'MemorySize', 'EphemeralStorage', 'Environment',
    'DeadLetterConfig', 'ReservedConcurrentExecutions', ['Architectures', ['x86_64', 'arm64']], ['PackageType', ['Zip', 'Image']], 'Layers', 'VpcConfig', 'TracingConfig', 'LoggingConfig', 'KmsKeyArn', 'Tags',
  ]),
  'lambda.serverless': specs('lambda.', [
    'FunctionName', 'Description', ['Runtime', RUNTIMES], 'Handler', 'CodeUri', 'InlineCode', 'Role', 'Policies', 'Timeout', 'MemorySize', 'EphemeralStorage', 'Environment',
    'Events', 'DeadLetterQueue', 'EventInvokeConfig', 'ReservedConcurrentExecutions', ['Architectures', ['x86_64', 'arm64']], ['PackageType', ['Zip', 'Image']], 'Layers', 'VpcConfig', 'Tracing', 'AutoPublishAlias', 'FunctionUrlConfig', 'LoggingConfig', 'Tags',
  ], { DeadLetterQueue: 'lambda.DeadLetterConfig', EventInvokeConfig: 'lambda.async.DestinationConfig' }),
  'lambda.ephemeral': specs('lambda.', ['Size'], { Size: 'lambda.EphemeralStorage' }),
  'lambda.invokeConfig': specs('lambda.async.', ['MaximumRetryAttempts', 'MaximumEventAgeInSeconds', 'DestinationConfig']),
  'lambda.eventInvokeConfig': specs('lambda.async.', ['FunctionName', 'Qualifier', 'MaximumRetryAttempts', 'MaximumEventAgeInSeconds', 'DestinationConfig'], { FunctionName: 'esm.FunctionName' }),
  'esm.mapping': specs('esm.', [
    'EventSourceArn', 'FunctionName', 'BatchSize', 'MaximumBatchingWindowInSeconds', ['StartingPosition', ESM_STARTING_POSITIONS], 'StartingPositionTimestamp', ['Enabled', bool],
    'FilterCriteria', ['FunctionResponseTypes', ['ReportBatchItemFailures']], 'ScalingConfig', 'DestinationConfig', 'ParallelizationFactor', 'MaximumRetryAttempts',
    'MaximumRecordAgeInSeconds', ['BisectBatchOnFunctionError', bool], 'TumblingWindowInSeconds', 'Topics', 'Queues', 'ProvisionedPollerConfig',
  ], { StartingPositionTimestamp: 'esm.StartingPosition' }),
  'sam.event': specs('lambda.', [['Type', ['SQS', 'SNS', 'S3', 'Kinesis', 'DynamoDB', 'MSK', 'SelfManagedKafka', 'MQ', 'DocumentDB', 'Api', 'HttpApi', 'Schedule', 'ScheduleV2', 'EventBridgeRule', 'CloudWatchLogs', 'IoTRule', 'Cognito']], 'Properties'], { Type: 'lambda.Events', Properties: 'lambda.Events' }),
  'sam.event.SQS': specs('esm.', ['Queue', 'BatchSize', 'MaximumBatchingWindowInSeconds', ['Enabled', bool], 'FilterCriteria', ['FunctionResponseTypes', ['ReportBatchItemFailures']], 'ScalingConfig'], { Queue: 'esm.EventSourceArn' }),
  'sam.event.Kinesis': specs('esm.', ['Stream', ['StartingPosition', ESM_STARTING_POSITIONS], 'BatchSize', 'MaximumBatchingWindowInSeconds', ['Enabled', bool], 'ParallelizationFactor', 'MaximumRetryAttempts', 'MaximumRecordAgeInSeconds', ['BisectBatchOnFunctionError', bool], 'DestinationConfig', 'TumblingWindowInSeconds', 'FilterCriteria', ['FunctionResponseTypes', ['ReportBatchItemFailures']]], { Stream: 'esm.EventSourceArn' }),
  'sam.event.DynamoDB': specs('esm.', ['Stream', ['StartingPosition', ['TRIM_HORIZON', 'LATEST']], 'BatchSize', 'MaximumBatchingWindowInSeconds', ['Enabled', bool], 'ParallelizationFactor', 'MaximumRetryAttempts', 'MaximumRecordAgeInSeconds', ['BisectBatchOnFunctionError', bool], 'DestinationConfig', 'TumblingWindowInSeconds', 'FilterCriteria', ['FunctionResponseTypes', ['ReportBatchItemFailures']]], { Stream: 'esm.EventSourceArn' }),
  'sam.event.SNS': specs('sns.subscription.', ['Topic', 'FilterPolicy', ['FilterPolicyScope', ['MessageAttributes', 'MessageBody']], 'Region', 'RedrivePolicy', 'SqsSubscription'], { Topic: 'sns.subscription.TopicArn' }),
  'sam.event.S3': specs('s3.', ['Bucket', 'Events', 'Filter'], { Bucket: 's3.BucketPolicy.Bucket', Events: 's3.NotificationConfiguration', Filter: 's3.NotificationConfiguration' }),
  's3.bucket': specs('s3.', ['BucketName', 'NotificationConfiguration', 'VersioningConfiguration', 'ObjectLockEnabled', 'BucketEncryption', 'PublicAccessBlockConfiguration', 'ReplicationConfiguration', 'WebsiteConfiguration', 'LifecycleConfiguration', 'Tags']),
  's3.bucketPolicy': specs('s3.BucketPolicy.', ['Bucket', 'PolicyDocument']),
  'sqs.queuePolicy': specs('sqs.', ['Queues', 'PolicyDocument'], { Queues: 'sqs.QueuePolicy.Queues', PolicyDocument: 'sqs.Policy' }),
  'sns.topicPolicy': specs('sns.', ['Topics', 'PolicyDocument'], { Topics: 'sns.subscription.TopicArn', PolicyDocument: 'sns.Policy' }),
};

const RESOURCE_PLACES: Readonly<Record<string, string>> = {
  'AWS::SNS::Subscription': 'sns.subscription',
  'AWS::Lambda::Function': 'lambda.function',
  'AWS::Serverless::Function': 'lambda.serverless',
  'AWS::Lambda::EventSourceMapping': 'esm.mapping',
  'AWS::Lambda::EventInvokeConfig': 'lambda.eventInvokeConfig',
  'AWS::S3::Bucket': 's3.bucket',
  'AWS::S3::BucketPolicy': 's3.bucketPolicy',
  'AWS::SQS::QueuePolicy': 'sqs.queuePolicy',
  'AWS::SNS::TopicPolicy': 'sns.topicPolicy',
};

/**
 * The place of the object whose properties are at `objPath` (path from the unit root to the object),
 * or undefined when it is not one of ours.
 */
export function placeOf(ctx: FeatureContext, objPath: readonly (string | number)[]): string | undefined {
  const unit = ctx.unit;
  if (unit === undefined) return undefined;
  const file = unit.embedding === 'file';
  switch (unit.kind) {
    case 'sqs-queue-attributes':
      if (!file) return objPath.length === 0 ? 'sqs.template' : undefined;
      if (objPath.length === 0) return isSkeleton(ctx) ? 'sqs.skeleton' : 'sqs.file';
      return objPath.length === 1 && objPath[0] === 'Attributes' ? 'sqs.file' : undefined;
    case 'sns-topic-attributes':
      if (!file) {
        if (objPath.length === 0) return 'sns.template';
        return objPath.length === 2 && objPath[0] === 'Subscription' && typeof objPath[1] === 'number' ? 'sns.inlineSubscription' : undefined;
      }
      if (objPath.length === 0) return isSkeleton(ctx) ? 'sns.skeleton' : 'sns.file';
      return objPath.length === 1 && objPath[0] === 'Attributes' ? 'sns.file' : undefined;
    case 'sqs-redrive-policy':
      return objPath.length === 0 ? 'sqs.redrive' : undefined;
    case 'sqs-redrive-allow-policy':
      return objPath.length === 0 ? 'sqs.redriveAllow' : undefined;
    case 'sns-redrive-policy':
      return objPath.length === 0 ? 'sns.redrive' : undefined;
    case 'cfn-template':
      return templatePlace(ctx.doc.template, objPath);
    default:
      return undefined;
  }
}

function isSkeleton(ctx: FeatureContext): boolean {
  const root = ctx.unit?.root;
  return getValue(root, 'Attributes')?.type === 'object';
}

function templatePlace(t: TemplateModel | undefined, p: readonly (string | number)[]): string | undefined {
  if (t === undefined || p[0] !== 'Resources' || typeof p[1] !== 'string' || p[2] !== 'Properties') return undefined;
  const r = t.resources.get(p[1]);
  if (r === undefined) return undefined;
  const base = RESOURCE_PLACES[r.type];
  if (base === undefined) return undefined;
  const rest = p.slice(3);
  if (rest.length === 0) return base;
  if ((base === 'lambda.function' || base === 'lambda.serverless') && rest.length === 1 && rest[0] === 'EphemeralStorage') return 'lambda.ephemeral';
  if (base === 'lambda.serverless' && rest.length === 1 && rest[0] === 'EventInvokeConfig') return 'lambda.invokeConfig';
  if (base === 'lambda.serverless' && rest[0] === 'Events' && typeof rest[1] === 'string') {
    if (rest.length === 2) return 'sam.event';
    if (rest.length === 3 && rest[2] === 'Properties') {
      const type = getValue(getValue(getValue(r.properties, 'Events'), rest[1]), 'Type');
      return isString(type) && PLACES[`sam.event.${type.value}`] ? `sam.event.${type.value}` : undefined;
    }
  }
  return undefined;
}
