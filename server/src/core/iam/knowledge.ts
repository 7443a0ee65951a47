// Curated AWS knowledge the IAM rules need beyond the catalog: which actions a trust policy may name,
// which service owns each resource-policy type, which condition keys describe the calling principal
// or the calling service, and which keys are sensitive. Each list cites the AWS page it comes from.

import { wildcardMatch } from './wildcard';

/**
 * The STS actions a role trust policy may allow
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html and the
 * STS API reference): assuming the role, and the session options that go with it.
 */
export const TRUST_POLICY_ACTIONS: readonly string[] = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext',
];

/** Whether an action pattern written in a trust policy can name one of the trust-policy actions. */
export function isTrustAction(pattern: string): boolean {
  const p = pattern.toLowerCase();
  return TRUST_POLICY_ACTIONS.some((a) => wildcardMatch(p, a.toLowerCase()));
}

/**
 * The service prefix(es) of the actions and resource ARNs a resource policy of each CloudFormation
 * resource type may name (the policy is attached to one resource of that service).
 */
export const RESOURCE_POLICY_SERVICES: Readonly<Record<string, readonly string[]>> = {
  'AWS::S3::Bucket': ['s3'],
  'AWS::S3::AccessPoint': ['s3'],
  'AWS::SQS::Queue': ['sqs'],
  'AWS::SNS::Topic': ['sns'],
  'AWS::KMS::Key': ['kms'],
  'AWS::SecretsManager::Secret': ['secretsmanager'],
  'AWS::ECR::Repository': ['ecr'],
  'AWS::Logs::ResourcePolicy': ['logs'],
  'AWS::OpenSearchService::Domain': ['es'],
  'AWS::Backup::BackupVault': ['backup'],
  'AWS::EFS::FileSystem': ['elasticfilesystem'],
  'AWS::ApiGateway::RestApi': ['execute-api'],
};

/** Resource-policy types Access Analyzer validates action by action and ARN by ARN (S3 buckets and access points). */
export const S3_POLICIES: ReadonlySet<string> = new Set(['AWS::S3::Bucket', 'AWS::S3::AccessPoint']);

/** A short name of a resource-policy type for messages (`bucket policy`). */
export const RESOURCE_POLICY_NAMES: Readonly<Record<string, string>> = {
  'AWS::S3::Bucket': 'S3 bucket policy',
  'AWS::S3::AccessPoint': 'S3 access point policy',
  'AWS::SQS::Queue': 'SQS queue policy',
  'AWS::SNS::Topic': 'SNS topic policy',
  'AWS::KMS::Key': 'KMS key policy',
  'AWS::SecretsManager::Secret': 'Secrets Manager resource policy',
  'AWS::ECR::Repository': 'ECR repository policy',
  'AWS::Logs::ResourcePolicy': 'CloudWatch Logs resource policy',
  'AWS::OpenSearchService::Domain': 'OpenSearch domain access policy',
  'AWS::Backup::BackupVault': 'Backup vault access policy',
  'AWS::EFS::FileSystem': 'EFS file system policy',
  'AWS::ApiGateway::RestApi': 'API Gateway resource policy',
};

/**
 * Keys that describe the resource's own account or organization: in a resource-based policy they
 * always hold the owner's values, so a condition on them decides nothing (Access Analyzer:
 * IRRELEVANT_CONDITION_KEY_IN_POLICY).
 */
export const RESOURCE_OWNER_KEYS: readonly string[] = ['aws:ResourceAccount', 'aws:ResourceOrgID', 'aws:ResourceOrgPaths', 's3:ResourceAccount'];

/**
 * Keys about the calling IAM principal, absent when an AWS service principal calls on its own behalf
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 */
export const PRINCIPAL_IDENTITY_KEYS: readonly string[] = [
  'aws:PrincipalArn',
  'aws:PrincipalAccount',
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalTag',
  'aws:PrincipalType',
  'aws:userid',
  'aws:username',
];

/** Keys that describe the resource on whose behalf a service principal calls (confused-deputy guards). */
export const SOURCE_KEYS: readonly string[] = ['aws:SourceArn', 'aws:SourceAccount', 'aws:SourceOrgID', 'aws:SourceOrgPaths', 'aws:SourceOwner'];

/** Whether `key` is one of `list` (case-insensitive), a tag key counting as its `…/tag` family. */
export function keyIn(list: readonly string[], key: string): boolean {
  const k = key.toLowerCase();
  return list.some((x) => {
    const l = x.toLowerCase();
    return k === l || k.startsWith(l + '/');
  });
}

/**
 * Keys whose value identifies who or what may act (accounts, organizations, principals, networks): a
 * wildcard or variable early in such a value matches far more than intended (Access Analyzer:
 * WILDCARD_USAGE_TOO_PERMISSIVE, VARIABLE_USAGE_TOO_PERMISSIVE).
 */
export const SENSITIVE_KEYS: readonly string[] = [
  'aws:PrincipalArn',
  'aws:PrincipalAccount',
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:SourceArn',
  'aws:SourceAccount',
  'aws:SourceOrgID',
  'aws:SourceOrgPaths',
  'aws:SourceOwner',
  'aws:ResourceAccount',
  'aws:ResourceOrgID',
  'aws:ResourceOrgPaths',
  'aws:SourceVpc',
  'aws:SourceVpce',
  'aws:VpceAccount',
  'aws:VpceOrgID',
  'aws:VpceOrgPaths',
  'aws:userid',
];

/** Literal characters a sensitive value must start with before its first wildcard or variable. */
export const SENSITIVE_LITERAL_PREFIX = 6;

/** Keys the caller sets itself, so they prove nothing about who is calling. */
export const CALLER_SET_KEYS: readonly string[] = ['aws:UserAgent', 'aws:Referer'];

/** Keys that take a service principal name (`cloudformation.amazonaws.com`). */
export const SERVICE_PRINCIPAL_KEYS: readonly string[] = [
  'aws:PrincipalServiceName',
  'aws:PrincipalServiceNamesList',
  'aws:CalledVia',
  'aws:CalledViaFirst',
  'aws:CalledViaLast',
  'iam:PassedToService',
  'iam:AWSServiceName',
];

/** The service-principal domain suffixes of the partitions. */
const SERVICE_DOMAIN = /\.(amazonaws\.com|amazonaws\.com\.cn|amazon\.com|c2s\.ic\.gov|sc2s\.sgov\.gov|api\.aws)$/;

/** Whether a value has the shape of a service principal (`lambda.amazonaws.com`). */
export function isServicePrincipalName(v: string): boolean {
  return /^[a-z0-9][a-z0-9.-]*$/.test(v) && SERVICE_DOMAIN.test(v);
}

/** Whether a value has the shape `service.region.amazonaws.com` (what `kms:ViaService` expects). */
export function isRegionalServiceName(v: string): boolean {
  return /^[a-z0-9-]+\.[a-z]{2,4}(-[a-z]+)+-\d{1,2}\.(amazonaws\.com|amazonaws\.com\.cn|c2s\.ic\.gov|sc2s\.sgov\.gov)$/.test(v);
}

/** Keys that take a Region code. */
export const REGION_KEYS: readonly string[] = ['aws:RequestedRegion', 'ec2:Region', 'aws:Ec2InstanceSourceRegion'];

/** Keys that take a KMS key ARN. */
export const KMS_KEY_ARN_KEYS: readonly string[] = ['s3:x-amz-server-side-encryption-aws-kms-key-id'];

/** Keys evaluated only when a specific action is in the statement (Access Analyzer: MISSING_ACTION_FOR_CONDITION_KEY). */
export const KEYS_NEEDING_ACTION: Readonly<Record<string, string>> = {
  'iam:passedtoservice': 'iam:PassRole',
  'iam:associatedresourcearn': 'iam:PassRole',
};

/** The GitHub Actions OIDC provider (also `token.actions.githubusercontent.com/<enterprise>`). */
export function isGitHubProvider(prefix: string): boolean {
  return prefix === 'token.actions.githubusercontent.com' || prefix.startsWith('token.actions.githubusercontent.com/');
}

/** RFC 1918, loopback, link-local, carrier-grade NAT and unique-local ranges: never a source IP AWS sees. */
export const PRIVATE_RANGES: readonly string[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '169.254.0.0/16', '100.64.0.0/10', 'fc00::/7', 'fe80::/10', '::1/128'];
