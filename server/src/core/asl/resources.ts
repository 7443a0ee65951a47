// Task `Resource` values: Lambda function ARNs, activity ARNs, service integrations
// (`arn:aws:states:::service:action[.sync|.sync:2|.waitForTaskToken]`, `aws-sdk:service:action`) and
// other URIs. Rules (syntax, Express restrictions, callbacks), hovers and completions read this.

export type IntegrationPattern = 'request-response' | 'sync' | 'sync:2' | 'waitForTaskToken';

export interface TaskResource {
  kind: 'integration' | 'lambda' | 'activity' | 'arn' | 'uri';
  partition?: string;
  /** For integrations: `lambda`, `sns`, `aws-sdk:s3`, ... */
  service?: string;
  action?: string;
  pattern: IntegrationPattern;
  /** Offset and length of `.sync`/`.waitForTaskToken` in the value, when present. */
  suffix?: { offset: number; length: number };
  /** Activity or function name. */
  name?: string;
  nameOffset?: number;
}

export interface ResourceProblem {
  message: string;
  offset: number;
  length: number;
}

export const PARTITIONS = new Set(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc']);

const INTEGRATION = /^arn:([^:]*):states:([^:]*):([^:]*):((?:aws-sdk:)?[A-Za-z0-9-]+):([A-Za-z][A-Za-z0-9]*)((?:\.[^.]*)?)$/;

/** Parses a Task `Resource`; returns the resource or the first problem (offsets inside the value). */
export function parseResource(value: string): TaskResource | ResourceProblem {
  if (!value.startsWith('arn:')) {
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\S/.test(value)) return { kind: 'uri', pattern: 'request-response' };
    return { message: 'a Task Resource must be an ARN (Lambda function, activity or service integration) or a URI', offset: 0, length: value.length };
  }
  const parts = value.split(':');
  if (parts.length < 6 || parts[2] === '') return { message: 'an ARN has the form arn:partition:service:region:account:resource', offset: 0, length: value.length };
  const partition = parts[1];
  if (!PARTITIONS.has(partition)) {
    return { message: `'${partition}' is not an AWS partition (aws, aws-cn, aws-us-gov, ...)`, offset: 4, length: partition.length };
  }
  const service = parts[2];
  if (service === 'states') {
    if (parts[5] === 'activity') {
      if (parts.length !== 7 || parts[6] === '') return { message: 'an activity ARN has the form arn:aws:states:region:account:activity:name', offset: 0, length: value.length };
      return { kind: 'activity', partition, pattern: 'request-response', name: parts[6], nameOffset: value.length - parts[6].length };
    }
    const m = INTEGRATION.exec(value);
    if (m === null) return { message: 'a service integration has the form arn:aws:states:::service:action', offset: 0, length: value.length };
    const suffix = m[6];
    const suffixOffset = value.length - suffix.length;
    let pattern: IntegrationPattern = 'request-response';
    if (suffix === '.sync') pattern = 'sync';
    else if (suffix === '.sync:2') pattern = 'sync:2';
    else if (suffix === '.waitForTaskToken') pattern = 'waitForTaskToken';
    else if (suffix !== '') return { message: `'${suffix}' is not an integration pattern (.sync, .sync:2 or .waitForTaskToken)`, offset: suffixOffset, length: suffix.length };
    return { kind: 'integration', partition, service: m[4], action: m[5], pattern, suffix: suffix ? { offset: suffixOffset, length: suffix.length } : undefined };
  }
  if (service === 'lambda') {
    if (parts[5] !== 'function' || parts.length < 7 || parts.length > 8 || parts[6] === '') {
      return { message: 'a Lambda function ARN has the form arn:aws:lambda:region:account:function:name[:qualifier]', offset: 0, length: value.length };
    }
    if (parts.length === 8 && !/^[A-Za-z0-9$_-]{1,128}$/.test(parts[7])) {
      const q = parts.slice(0, 7).join(':').length + 1;
      return { message: `'${parts[7]}' is not a version or alias (letters, digits, '$', '_' and '-')`, offset: q, length: Math.max(1, parts[7].length) };
    }
    return { kind: 'lambda', partition, pattern: 'request-response', name: parts[6], nameOffset: parts.slice(0, 6).join(':').length + 1 };
  }
  return { kind: 'arn', partition, pattern: 'request-response' };
}

export function isResourceProblem(r: TaskResource | ResourceProblem): r is ResourceProblem {
  return 'message' in r;
}

/** Common service integrations offered by completion (optimised integrations and patterns). */
export const INTEGRATIONS: readonly { resource: string; detail: string }[] = [
  { resource: 'arn:aws:states:::lambda:invoke', detail: 'Invoke a Lambda function' },
  { resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', detail: 'Invoke a Lambda function and wait for a task token' },
  { resource: 'arn:aws:states:::states:startExecution', detail: 'Start a nested state machine' },
  { resource: 'arn:aws:states:::states:startExecution.sync:2', detail: 'Run a nested state machine and wait (JSON output)' },
  { resource: 'arn:aws:states:::states:startExecution.waitForTaskToken', detail: 'Start a nested state machine and wait for a task token' },
  { resource: 'arn:aws:states:::sns:publish', detail: 'Publish to an SNS topic' },
  { resource: 'arn:aws:states:::sns:publish.waitForTaskToken', detail: 'Publish and wait for a task token' },
  { resource: 'arn:aws:states:::sqs:sendMessage', detail: 'Send an SQS message' },
  { resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', detail: 'Send an SQS message and wait for a task token' },
  { resource: 'arn:aws:states:::dynamodb:getItem', detail: 'DynamoDB GetItem' },
  { resource: 'arn:aws:states:::dynamodb:putItem', detail: 'DynamoDB PutItem' },
  { resource: 'arn:aws:states:::dynamodb:updateItem', detail: 'DynamoDB UpdateItem' },
  { resource: 'arn:aws:states:::dynamodb:deleteItem', detail: 'DynamoDB DeleteItem' },
  { resource: 'arn:aws:states:::events:putEvents', detail: 'Send EventBridge events' },
  { resource: 'arn:aws:states:::events:putEvents.waitForTaskToken', detail: 'Send EventBridge events and wait for a task token' },
  { resource: 'arn:aws:states:::ecs:runTask.sync', detail: 'Run an ECS task and wait' },
  { resource: 'arn:aws:states:::ecs:runTask.waitForTaskToken', detail: 'Run an ECS task and wait for a task token' },
  { resource: 'arn:aws:states:::batch:submitJob.sync', detail: 'Submit an AWS Batch job and wait' },
  { resource: 'arn:aws:states:::glue:startJobRun.sync', detail: 'Run a Glue job and wait' },
  { resource: 'arn:aws:states:::athena:startQueryExecution.sync', detail: 'Run an Athena query and wait' },
  { resource: 'arn:aws:states:::apigateway:invoke', detail: 'Call API Gateway' },
  { resource: 'arn:aws:states:::http:invoke', detail: 'Call an HTTPS API (EventBridge connection)' },
  { resource: 'arn:aws:states:::bedrock:invokeModel', detail: 'Invoke a Bedrock model' },
  { resource: 'arn:aws:states:::aws-sdk:', detail: 'Any AWS SDK call: aws-sdk:service:action' },
];
