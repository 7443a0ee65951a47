// Content sniffing: which kind of AWS document a JSON/YAML tree is, or `none`.
// The bar for "ours" is deliberately high: package.json, tsconfig.json, Kubernetes manifests and
// other unrelated files must get no diagnostics at all.

import { ArrayNode, ObjectNode, ValueNode, asList, getProperty, getValue, isObject } from '../parse/tree';
import { DocumentKind, PolicyType } from './kinds';

export interface Detection {
  kind: DocumentKind;
  policyType?: PolicyType;
  /** Why: shown in the status bar tooltip and logs. */
  reason: string;
}

const STATEMENT_KEYS = new Set([
  'Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition',
]);
const POLICY_TOP_KEYS = new Set(['Version', 'Id', 'Statement']);

export const SQS_ATTRIBUTE_NAMES = new Set([
  'DelaySeconds', 'MaximumMessageSize', 'MessageRetentionPeriod', 'Policy', 'ReceiveMessageWaitTimeSeconds',
  'VisibilityTimeout', 'RedrivePolicy', 'RedriveAllowPolicy', 'KmsMasterKeyId', 'KmsDataKeyReusePeriodSeconds',
  'SqsManagedSseEnabled', 'FifoQueue', 'ContentBasedDeduplication', 'DeduplicationScope', 'FifoThroughputLimit',
]);
/** Attributes only SQS has (SNS shares Policy, KmsMasterKeyId, ContentBasedDeduplication). */
const SQS_ONLY = new Set([
  'DelaySeconds', 'MessageRetentionPeriod', 'ReceiveMessageWaitTimeSeconds', 'VisibilityTimeout', 'RedrivePolicy',
  'RedriveAllowPolicy', 'KmsDataKeyReusePeriodSeconds', 'SqsManagedSseEnabled', 'FifoQueue', 'DeduplicationScope',
  'FifoThroughputLimit', 'MaximumMessageSize',
]);
export const SNS_ATTRIBUTE_NAMES = new Set([
  'DisplayName', 'Policy', 'DeliveryPolicy', 'KmsMasterKeyId', 'FifoTopic', 'ContentBasedDeduplication',
  'SignatureVersion', 'TracingConfig', 'ArchivePolicy', 'FifoThroughputScope', 'DataProtectionPolicy',
  'HTTPSuccessFeedbackRoleArn', 'HTTPSuccessFeedbackSampleRate', 'HTTPFailureFeedbackRoleArn',
  'LambdaSuccessFeedbackRoleArn', 'LambdaSuccessFeedbackSampleRate', 'LambdaFailureFeedbackRoleArn',
  'SQSSuccessFeedbackRoleArn', 'SQSSuccessFeedbackSampleRate', 'SQSFailureFeedbackRoleArn',
  'FirehoseSuccessFeedbackRoleArn', 'FirehoseSuccessFeedbackSampleRate', 'FirehoseFailureFeedbackRoleArn',
  'ApplicationSuccessFeedbackRoleArn', 'ApplicationSuccessFeedbackSampleRate', 'ApplicationFailureFeedbackRoleArn',
  'MaximumMessageSize',
]);
const SNS_ONLY = new Set([
  'DisplayName', 'DeliveryPolicy', 'FifoTopic', 'SignatureVersion', 'TracingConfig', 'ArchivePolicy',
  'FifoThroughputScope', 'DataProtectionPolicy',
]);
const FILTER_OPERATORS = new Set([
  'prefix', 'suffix', 'anything-but', 'numeric', 'exists', 'equals-ignore-case', 'cidr', 'wildcard',
]);
const TRUST_ACTIONS = /^sts:(AssumeRole|AssumeRoleWithSAML|AssumeRoleWithWebIdentity|TagSession|SetSourceIdentity|SetContext|\*)$/i;

/** Classifies a parsed document. `fileName` only breaks ties (e.g. `trust-policy.json`). */
export function detectKind(root: ValueNode | undefined, fileName = ''): Detection {
  const name = fileName.toLowerCase().replace(/\\/g, '/').split('/').pop() ?? '';
  if (!isObject(root)) return { kind: 'none', reason: 'the document is not an object' };

  if (isTemplate(root)) return { kind: 'cfn-template', reason: 'it has a Resources section of typed resources' };
  if (isStateMachine(root)) return { kind: 'asl', reason: 'it has StartAt and States' };
  if (getProperty(root, 'policies') !== undefined && getProperty(root, 'request') !== undefined) {
    return { kind: 'simulation-request', reason: 'it has policies and request' };
  }

  const statement = getValue(root, 'Statement');
  if (statement !== undefined) {
    if (looksLikeDataProtectionPolicy(root)) return { kind: 'sns-data-protection-policy', reason: 'its statements name DataIdentifier' };
    if (looksLikePolicy(root)) {
      return { kind: 'iam-policy', policyType: inferPolicyType(root, name), reason: 'it has a Statement of policy statements' };
    }
  }
  if (getProperty(root, 'Version') !== undefined && root.properties.every((p) => POLICY_TOP_KEYS.has(p.key.value))) {
    // `{"Version": "2012-10-17"}` alone: a policy being written.
    const v = getValue(root, 'Version');
    if (v?.type === 'string' && /^20(12-10-17|08-10-17)$/.test(v.value)) {
      return { kind: 'iam-policy', policyType: inferPolicyType(root, name), reason: 'it has a policy Version' };
    }
  }

  const keys = root.properties.map((p) => p.key.value);
  if (keys.length > 0) {
    if (keys.includes('deadLetterTargetArn') && keys.every((k) => k === 'deadLetterTargetArn' || k === 'maxReceiveCount')) {
      return keys.includes('maxReceiveCount')
        ? { kind: 'sqs-redrive-policy', reason: 'it has deadLetterTargetArn and maxReceiveCount' }
        : { kind: 'sns-redrive-policy', reason: 'it has deadLetterTargetArn' };
    }
    if (keys.includes('redrivePermission') && keys.every((k) => k === 'redrivePermission' || k === 'sourceQueueArns')) {
      return { kind: 'sqs-redrive-allow-policy', reason: 'it has redrivePermission' };
    }
    const attrs = unwrapAttributes(root);
    if (attrs !== undefined) {
      // A key being typed (no value yet) does not decide the kind.
      const attrKeys = attrs.properties.filter((p) => p.value !== undefined && p.key.value !== '').map((p) => p.key.value);
      const sqsOnly = attrKeys.filter((k) => SQS_ONLY.has(k)).length;
      const snsOnly = attrKeys.filter((k) => SNS_ONLY.has(k)).length;
      const allSqs = attrKeys.every((k) => SQS_ATTRIBUTE_NAMES.has(k));
      const allSns = attrKeys.every((k) => SNS_ATTRIBUTE_NAMES.has(k));
      if (allSqs && sqsOnly > 0 && sqsOnly >= snsOnly) return { kind: 'sqs-queue-attributes', reason: 'its keys are SQS queue attributes' };
      if (allSns && snsOnly > 0) return { kind: 'sns-topic-attributes', reason: 'its keys are SNS topic attributes' };
    }
    if (keys.length === 1 && (keys[0] === 'http' || keys[0] === 'healthyRetryPolicy') && isObject(getValue(root, keys[0]))) {
      return { kind: 'sns-delivery-policy', reason: 'it has an SNS delivery policy shape' };
    }
    if (looksLikeFilterPolicy(root, name)) return { kind: 'sns-filter-policy', reason: 'its values are SNS filter conditions' };
  }
  return { kind: 'none', reason: 'no AWS document shape recognised' };
}

function isTemplate(root: ObjectNode): boolean {
  const resources = getValue(root, 'Resources');
  const hasVersion = getProperty(root, 'AWSTemplateFormatVersion') !== undefined;
  const transform = getValue(root, 'Transform');
  const sam = transform !== undefined && asList(transform).some((t) => t.type === 'string' && t.value.startsWith('AWS::Serverless'));
  if (hasVersion || sam) return true;
  if (!isObject(resources) || resources.properties.length === 0) return false;
  // Every (or nearly every) resource has a Type like `AWS::S3::Bucket`, `Custom::X` or `Alexa::ASK::Skill`.
  let typed = 0;
  for (const r of resources.properties) {
    const t = getValue(r.value, 'Type');
    if (t?.type === 'string' && /^[A-Za-z0-9]+::[A-Za-z0-9]+/.test(t.value)) typed++;
    else if (t?.type === 'string' && t.value.startsWith('Custom::')) typed++;
  }
  return typed > 0 && typed >= resources.properties.length / 2;
}

function isStateMachine(root: ObjectNode): boolean {
  const states = getValue(root, 'States');
  return getProperty(root, 'StartAt') !== undefined && states !== undefined && (isObject(states) || states.type === 'null');
}

function statementsOf(root: ObjectNode): ValueNode[] {
  // Every `Statement` counts for detection, duplicates included (the user may be mid-edit).
  const out: ValueNode[] = [];
  for (const p of root.properties) if (p.key.value === 'Statement') out.push(...asList(p.value));
  return out;
}

function looksLikePolicy(root: ObjectNode): boolean {
  // Top-level keys are policy keys (unknown extra keys are still a policy with a mistake, provided
  // the statements look right), and at least one statement carries statement keys.
  const stmts = statementsOf(root);
  if (stmts.length === 0) {
    const s = getValue(root, 'Statement');
    return s !== undefined && (s.type === 'array' || s.type === 'object') && getProperty(root, 'Version') !== undefined;
  }
  let good = 0;
  for (const s of stmts) {
    if (!isObject(s)) continue;
    if (s.properties.some((p) => STATEMENT_KEYS.has(p.key.value) || STATEMENT_KEYS.has(capitalize(p.key.value)))) good++;
  }
  return good > 0;
}

function capitalize(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}

function looksLikeDataProtectionPolicy(root: ObjectNode): boolean {
  return statementsOf(root).some((s) => getProperty(s, 'DataIdentifier') !== undefined || getProperty(s, 'DataDirection') !== undefined);
}

/** Identity unless the content or the file name says otherwise. */
export function inferPolicyType(root: ObjectNode, fileName: string): PolicyType {
  const n = fileName;
  if (/(^|[^a-z])(scp|service-control)/.test(n)) return 'scp';
  if (/(^|[^a-z])(rcp|resource-control)/.test(n)) return 'rcp';
  if (/boundary/.test(n)) return 'boundary';
  if (/session-policy/.test(n)) return 'session';
  // `vpce-policy.json`, `s3-endpoint-policy.json`; not a CamelCase name that runs words together
  // (`ROSASharedVPCEndpointPolicy` is an identity policy about endpoints).
  if (/(^|[^a-z])(vpce|vpc-endpoint|endpoint)([-_.]|$)/.test(n)) return 'endpoint';
  const stmts = statementsOf(root).filter(isObject) as ObjectNode[];
  const withPrincipal = stmts.filter((s) => getProperty(s, 'Principal') !== undefined || getProperty(s, 'NotPrincipal') !== undefined);
  if (withPrincipal.length > 0) {
    const allTrust = withPrincipal.every((s) => {
      const actions = asList(getValue(s, 'Action'));
      return actions.length > 0 && actions.every((a) => a.type === 'string' && TRUST_ACTIONS.test(a.value) && a.value !== 'sts:*');
    });
    const noResource = withPrincipal.every((s) => getProperty(s, 'Resource') === undefined && getProperty(s, 'NotResource') === undefined);
    if (allTrust && noResource) return 'trust';
    if (/trust/.test(n) && allTrust) return 'trust';
    return 'resource';
  }
  // A file named like a trust policy whose statements grant other actions on resources is an identity
  // policy (AWS's own `AWSOrganizationsServiceTrustPolicy` is one); a trust policy still being written
  // (no Principal yet, only STS actions) keeps its name's kind.
  if (/trust/.test(n) && !stmts.some((s) => grantsOnResources(s))) return 'trust';
  return 'identity';
}

/** Whether a statement has a Resource or an action that is not one of a role trust policy's. */
function grantsOnResources(s: ObjectNode): boolean {
  if (getProperty(s, 'Resource') !== undefined || getProperty(s, 'NotResource') !== undefined) return true;
  return asList(getValue(s, 'Action')).some((a) => a.type === 'string' && !TRUST_ACTIONS.test(a.value));
}

function unwrapAttributes(root: ObjectNode): ObjectNode | undefined {
  // The CLI input skeleton `{"QueueName": "...", "Attributes": {...}}` or the bare attribute map.
  const attrs = getValue(root, 'Attributes');
  if (isObject(attrs) && root.properties.every((p) => ['QueueName', 'Name', 'Attributes', 'tags', 'Tags'].includes(p.key.value))) return attrs;
  return root;
}

function looksLikeFilterPolicy(root: ObjectNode, fileName: string): boolean {
  const named = /filter/.test(fileName);
  let operatorSeen = false;
  let leaves = 0;
  const visit = (obj: ObjectNode, depth: number): boolean => {
    if (depth > 5) return false;
    for (const p of obj.properties) {
      const v = p.value;
      if (v === undefined) return false;
      if (p.key.value === '$or' && v.type === 'array') {
        for (const alt of v.items) if (!isObject(alt) || !visit(alt, depth + 1)) return false;
        operatorSeen = true;
        continue;
      }
      if (v.type === 'array') {
        if (!checkLeaf(v)) return false;
        leaves++;
        continue;
      }
      if (isObject(v)) {
        if (!visit(v, depth + 1)) return false;
        continue;
      }
      return false;
    }
    return true;
  };
  const checkLeaf = (arr: ArrayNode): boolean => {
    for (const item of arr.items) {
      if (item.type === 'string' || item.type === 'number' || item.type === 'boolean' || item.type === 'null') continue;
      if (isObject(item) && item.properties.length >= 1 && item.properties.every((p) => FILTER_OPERATORS.has(p.key.value))) {
        operatorSeen = true;
        continue;
      }
      return false;
    }
    return true;
  };
  if (!visit(root, 0) || leaves === 0) return false;
  return operatorSeen || named;
}
