// Ranges and value sets of SQS, SNS, Lambda and event-source-mapping settings: AWS's values today
// (../shared/reference/notes-limits.md), shared by the range rules, hovers and completions. The study
// notes' values live in the facts (`data/facts/<area>.ts`); validation uses only these.

export interface NumberLimit {
  min: number;
  max: number;
  /** Unit shown in messages (`s`, `bytes`, `MB`). */
  unit: string;
  default?: number;
  /** Extra values allowed outside the range (`-1` = unlimited for some stream settings). */
  also?: readonly number[];
}

/** SQS queue attributes (SetQueueAttributes API). */
export const SQS_NUMBERS: Readonly<Record<string, NumberLimit>> = {
  VisibilityTimeout: { min: 0, max: 43200, unit: 's', default: 30 },
  DelaySeconds: { min: 0, max: 900, unit: 's', default: 0 },
  MessageRetentionPeriod: { min: 60, max: 1209600, unit: 's', default: 345600 },
  ReceiveMessageWaitTimeSeconds: { min: 0, max: 20, unit: 's', default: 0 },
  MaximumMessageSize: { min: 1024, max: 1048576, unit: 'bytes', default: 1048576 },
  KmsDataKeyReusePeriodSeconds: { min: 60, max: 86400, unit: 's', default: 300 },
};

export const SQS_BOOLEANS: readonly string[] = ['FifoQueue', 'ContentBasedDeduplication', 'SqsManagedSseEnabled'];

export const SQS_ENUMS: Readonly<Record<string, readonly string[]>> = {
  DeduplicationScope: ['messageGroup', 'queue'],
  FifoThroughputLimit: ['perQueue', 'perMessageGroupId'],
};

/** Attributes only FIFO queues accept. */
export const SQS_FIFO_ONLY: readonly string[] = ['ContentBasedDeduplication', 'DeduplicationScope', 'FifoThroughputLimit'];

/** SNS topic attributes. */
export const SNS_NUMBERS: Readonly<Record<string, NumberLimit>> = {
  MaximumMessageSize: { min: 1024, max: 1048576, unit: 'bytes', default: 262144 },
};

export const SNS_BOOLEANS: readonly string[] = ['FifoTopic', 'ContentBasedDeduplication'];

export const SNS_ENUMS: Readonly<Record<string, readonly string[]>> = {
  FifoThroughputScope: ['Topic', 'MessageGroup'],
  SignatureVersion: ['1', '2'],
  TracingConfig: ['PassThrough', 'Active'],
};

export const SNS_FIFO_ONLY: readonly string[] = ['ContentBasedDeduplication', 'FifoThroughputScope', 'ArchivePolicy'];

export const SNS_PROTOCOLS: readonly string[] = ['http', 'https', 'email', 'email-json', 'sms', 'sqs', 'application', 'lambda', 'firehose'];

/** SNS's default (and, unless raised, maximum) message size: 256 KiB. */
export const SNS_DEFAULT_MESSAGE_SIZE = 262144;

/** Lambda function settings (`Properties` keys; dotted paths for nested ones). */
export const LAMBDA_NUMBERS: Readonly<Record<string, NumberLimit>> = {
  Timeout: { min: 1, max: 900, unit: 's', default: 3 },
  MemorySize: { min: 128, max: 10240, unit: 'MB', default: 128 },
  'EphemeralStorage.Size': { min: 512, max: 10240, unit: 'MB', default: 512 },
  ReservedConcurrentExecutions: { min: 0, max: Number.MAX_SAFE_INTEGER, unit: '' },
};

/** Lambda string lengths. */
export const LAMBDA_LENGTHS: Readonly<Record<string, number>> = {
  FunctionName: 64,
  Description: 256,
  Handler: 128,
};

/** Asynchronous invocation (`AWS::Lambda::EventInvokeConfig`, SAM `EventInvokeConfig`). */
export const ASYNC_NUMBERS: Readonly<Record<string, NumberLimit>> = {
  MaximumRetryAttempts: { min: 0, max: 2, unit: '', default: 2 },
  MaximumEventAgeInSeconds: { min: 60, max: 21600, unit: 's', default: 21600 },
};

/** Event source mappings (`AWS::Lambda::EventSourceMapping` and SAM events). */
export const ESM_NUMBERS: Readonly<Record<string, NumberLimit>> = {
  BatchSize: { min: 1, max: 10000, unit: '' },
  MaximumBatchingWindowInSeconds: { min: 0, max: 300, unit: 's', default: 0 },
  ParallelizationFactor: { min: 1, max: 10, unit: '', default: 1 },
  MaximumRetryAttempts: { min: -1, max: 10000, unit: '', default: -1 },
  MaximumRecordAgeInSeconds: { min: 60, max: 604800, unit: 's', default: -1, also: [-1] },
  TumblingWindowInSeconds: { min: 0, max: 900, unit: 's' },
  'ScalingConfig.MaximumConcurrency': { min: 2, max: 1000, unit: '' },
  'ProvisionedPollerConfig.MinimumPollers': { min: 1, max: 200, unit: '' },
  'ProvisionedPollerConfig.MaximumPollers': { min: 1, max: 2000, unit: '' },
};

export const ESM_STARTING_POSITIONS: readonly string[] = ['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'];

/** Lambda's environment variables: 4 KB in total. */
export const LAMBDA_ENV_BYTES = 4096;

/** Environment variable names Lambda reserves (the function cannot set them). */
export const LAMBDA_RESERVED_ENV: readonly string[] = [
  '_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV', 'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR',
];

/** A duration in seconds for messages: `43200 s (12 hours)`. */
export function formatSeconds(s: number): string {
  if (s < 120 || s % 60 !== 0) return `${s} s`;
  const units: [number, string][] = [[86400, 'day'], [3600, 'hour'], [60, 'minute']];
  for (const [size, name] of units) {
    if (s % size === 0) {
      const n = s / size;
      return `${s} s (${n} ${name}${n === 1 ? '' : 's'})`;
    }
  }
  return `${s} s`;
}
