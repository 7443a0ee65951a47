// Document kinds: what a file (or an embedded document) is, and the names users write in settings.

export type DocumentKind =
  | 'iam-policy'
  | 'asl'
  | 'cfn-template'
  | 'sqs-queue-attributes'
  | 'sns-topic-attributes'
  | 'sns-filter-policy'
  | 'sqs-redrive-policy'
  | 'sqs-redrive-allow-policy'
  | 'sns-redrive-policy'
  | 'sns-delivery-policy'
  | 'sns-data-protection-policy'
  | 'simulation-request'
  | 'none';

export type PolicyType = 'identity' | 'resource' | 'trust' | 'scp' | 'rcp' | 'boundary' | 'session' | 'endpoint';

export const POLICY_TYPES: readonly PolicyType[] = ['identity', 'resource', 'trust', 'scp', 'rcp', 'boundary', 'session', 'endpoint'];

/** A kind as users name it in `awspolicy.files.associations`, `--kind` and the status bar picker. */
export interface KindSelection {
  kind: DocumentKind;
  policyType?: PolicyType;
}

/** Names accepted in settings and on the command line, mapped to a kind (and policy type). */
export const KIND_NAMES: Readonly<Record<string, KindSelection>> = {
  'iam-policy': { kind: 'iam-policy' },
  'iam-identity-policy': { kind: 'iam-policy', policyType: 'identity' },
  'iam-resource-policy': { kind: 'iam-policy', policyType: 'resource' },
  'iam-trust-policy': { kind: 'iam-policy', policyType: 'trust' },
  'iam-scp': { kind: 'iam-policy', policyType: 'scp' },
  'iam-rcp': { kind: 'iam-policy', policyType: 'rcp' },
  'iam-permissions-boundary': { kind: 'iam-policy', policyType: 'boundary' },
  'iam-session-policy': { kind: 'iam-policy', policyType: 'session' },
  'iam-vpc-endpoint-policy': { kind: 'iam-policy', policyType: 'endpoint' },
  asl: { kind: 'asl' },
  'cfn-template': { kind: 'cfn-template' },
  cfn: { kind: 'cfn-template' },
  'sqs-queue-attributes': { kind: 'sqs-queue-attributes' },
  'sns-topic-attributes': { kind: 'sns-topic-attributes' },
  'sns-filter-policy': { kind: 'sns-filter-policy' },
  'sqs-redrive-policy': { kind: 'sqs-redrive-policy' },
  'sqs-redrive-allow-policy': { kind: 'sqs-redrive-allow-policy' },
  'sns-redrive-policy': { kind: 'sns-redrive-policy' },
  'sns-delivery-policy': { kind: 'sns-delivery-policy' },
  'sns-data-protection-policy': { kind: 'sns-data-protection-policy' },
  'simulation-request': { kind: 'simulation-request' },
  none: { kind: 'none' },
};

export function parseKindName(name: string | undefined): KindSelection | undefined {
  if (name === undefined) return undefined;
  return KIND_NAMES[name.trim().toLowerCase()];
}

const POLICY_TYPE_LABEL: Record<PolicyType, string> = {
  identity: 'IAM identity policy',
  resource: 'IAM resource-based policy',
  trust: 'IAM trust policy',
  scp: 'Service control policy (SCP)',
  rcp: 'Resource control policy (RCP)',
  boundary: 'IAM permissions boundary',
  session: 'IAM session policy',
  endpoint: 'VPC endpoint policy',
};

const KIND_LABEL: Record<DocumentKind, string> = {
  'iam-policy': 'IAM policy',
  asl: 'Step Functions state machine',
  'cfn-template': 'CloudFormation template',
  'sqs-queue-attributes': 'SQS queue attributes',
  'sns-topic-attributes': 'SNS topic attributes',
  'sns-filter-policy': 'SNS filter policy',
  'sqs-redrive-policy': 'SQS redrive policy',
  'sqs-redrive-allow-policy': 'SQS redrive allow policy',
  'sns-redrive-policy': 'SNS redrive policy',
  'sns-delivery-policy': 'SNS delivery policy',
  'sns-data-protection-policy': 'SNS data protection policy',
  'simulation-request': 'Policy simulation request',
  none: 'Not an AWS document',
};

export function kindLabel(kind: DocumentKind, policyType?: PolicyType, sam = false): string {
  if (kind === 'iam-policy' && policyType !== undefined) return POLICY_TYPE_LABEL[policyType];
  if (kind === 'cfn-template' && sam) return 'SAM template';
  return KIND_LABEL[kind];
}

/** The settings name of a selection (inverse of KIND_NAMES). */
export function kindName(sel: KindSelection): string {
  for (const [name, s] of Object.entries(KIND_NAMES)) {
    if (s.kind === sel.kind && s.policyType === sel.policyType && name !== 'cfn') return name;
  }
  return sel.kind;
}
