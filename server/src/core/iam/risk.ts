// Least-privilege reasoning for the SEC rules: which statement grants an action, whether that grant is
// constrained (by resources or by conditions that narrow who or what), and whether a Deny of the same
// policy takes it away. Also the curated lists the risk rules check: privilege-escalation methods
// (checks.md 8.2, from Rhino Security Labs and pathfinding.cloud), actions that return credentials,
// data-exfiltration reads, and the condition keys that restrict a principal.

import type { AccessLevel, Catalog } from './catalog';
import { Reasoner, isStar, principalSubset } from './coverage';
import type { ConditionClause, ElementSet, StatementModel } from './grants';
import { isUniversal } from './patterns';
import { hasWildcard, wildcardMatch } from './wildcard';
import { perObject } from '../memo';

export interface EscalationMethod {
  name: string;
  actions: readonly string[];
  /** pathfinding.cloud path id, when the method has one. */
  path?: string;
}

const M = (name: string, path: string | undefined, ...actions: string[]): EscalationMethod => ({ name, actions, path });

/** The 59 privilege-escalation methods of checks.md 8.2 (every action of a method must be allowed). */
export const ESCALATION_METHODS: readonly EscalationMethod[] = [
  M('CreateAccessKey', 'iam-002', 'iam:CreateAccessKey'),
  M('CreateLoginProfile', 'iam-004', 'iam:CreateLoginProfile'),
  M('UpdateLoginProfile', 'iam-006', 'iam:UpdateLoginProfile'),
  M('AddUserToGroup', 'iam-013', 'iam:AddUserToGroup'),
  M('CreateNewPolicyVersion', 'iam-001', 'iam:CreatePolicyVersion'),
  M('SetExistingDefaultPolicyVersion', undefined, 'iam:SetDefaultPolicyVersion'),
  M('AttachUserPolicy', 'iam-008', 'iam:AttachUserPolicy'),
  M('AttachGroupPolicy', 'iam-010', 'iam:AttachGroupPolicy'),
  M('AttachRolePolicy', 'iam-009', 'iam:AttachRolePolicy'),
  M('PutUserPolicy', 'iam-007', 'iam:PutUserPolicy'),
  M('PutGroupPolicy', 'iam-011', 'iam:PutGroupPolicy'),
  M('PutRolePolicy', 'iam-005', 'iam:PutRolePolicy'),
  M('UpdateRolePolicyToAssumeIt', 'iam-012', 'iam:UpdateAssumeRolePolicy'),
  M('CreateEC2WithExistingIP', 'ec2-001', 'iam:PassRole', 'ec2:RunInstances'),
  M('PassExistingRoleToNewLambdaThenInvoke', 'lambda-001', 'iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'),
  M('PassExistingRoleToNewLambdaThenTriggerWithNewDynamo', 'lambda-002', 'iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping', 'dynamodb:CreateTable', 'dynamodb:PutItem'),
  M('PassExistingRoleToNewLambdaThenTriggerWithExistingDynamo', 'lambda-002', 'iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'),
  M('PassExistingRoleToNewGlueDevEndpoint', 'glue-001', 'iam:PassRole', 'glue:CreateDevEndpoint'),
  M('PassExistingRoleToCloudFormation', 'cloudformation-001', 'iam:PassRole', 'cloudformation:CreateStack'),
  M('PassExistingRoleToNewDataPipeline', 'datapipeline-001', 'iam:PassRole', 'datapipeline:CreatePipeline'),
  M('UpdateExistingGlueDevEndpoint', 'glue-002', 'glue:UpdateDevEndpoint'),
  M('EditExistingLambdaFunctionWithRole', 'lambda-003', 'lambda:UpdateFunctionCode'),
  M('AccessExistingBedrockCodeInterpreterSession', 'bedrock-002', 'bedrock-agentcore:StartCodeInterpreterSession', 'bedrock-agentcore:InvokeCodeInterpreter'),
  M('ExecuteCloudFormationChangeSet', 'cloudformation-005', 'cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet'),
  M('ModifyEC2InstanceUserDataThenRestart', 'ec2-002', 'ec2:ModifyInstanceAttribute', 'ec2:StopInstances', 'ec2:StartInstances'),
  M('ModifyExistingEC2LaunchTemplate', 'ec2-004', 'ec2:CreateLaunchTemplateVersion', 'ec2:ModifyLaunchTemplate'),
  M('EC2InstanceConnectSendSSHPublicKey', 'ec2instanceconnect-003', 'ec2-instance-connect:SendSSHPublicKey', 'ec2:DescribeInstances'),
  M('ECSExecuteCommandOnRunningTask', 'ecs-006', 'ecs:ExecuteCommand', 'ecs:DescribeTasks'),
  M('UpdateAndInvokeLambdaFunction', 'lambda-004', 'lambda:UpdateFunctionCode', 'lambda:InvokeFunction'),
  M('UpdateLambdaFunctionAndAddPermission', 'lambda-005', 'lambda:UpdateFunctionCode', 'lambda:AddPermission'),
  M('CreatePresignedSageMakerNotebookUrl', 'sagemaker-004', 'sagemaker:CreatePresignedNotebookInstanceUrl'),
  M('UpdateSageMakerNotebookLifecycleConfig', 'sagemaker-005', 'sagemaker:CreateNotebookInstanceLifecycleConfig', 'sagemaker:StopNotebookInstance', 'sagemaker:UpdateNotebookInstance', 'sagemaker:StartNotebookInstance'),
  M('PassExistingRoleToNewAppRunnerService', 'apprunner-001', 'iam:PassRole', 'apprunner:CreateService'),
  M('PassExistingRoleToNewBedrockCodeInterpreter', 'bedrock-001', 'iam:PassRole', 'bedrock-agentcore:CreateCodeInterpreter', 'bedrock-agentcore:StartCodeInterpreterSession', 'bedrock-agentcore:InvokeCodeInterpreter'),
  M('PassExistingRoleToNewCloudFormationStackSet', 'cloudformation-003', 'iam:PassRole', 'cloudformation:CreateStackSet', 'cloudformation:CreateStackInstances'),
  M('PassRoleToUpdateCloudFormationStackSet', 'cloudformation-004', 'iam:PassRole', 'cloudformation:UpdateStackSet'),
  M('PassExistingRoleToNewCodeBuildProjectThenBuild', 'codebuild-001', 'iam:PassRole', 'codebuild:CreateProject', 'codebuild:StartBuild'),
  M('PassExistingRoleToNewCodeBuildProjectThenBuildBatch', 'codebuild-004', 'iam:PassRole', 'codebuild:CreateProject', 'codebuild:StartBuildBatch'),
  M('PassExistingRoleToNewEC2SpotInstance', 'ec2-003', 'iam:PassRole', 'ec2:RequestSpotInstances'),
  M('PassExistingRoleToNewECSClusterServiceTask', 'ecs-001', 'iam:PassRole', 'ecs:CreateCluster', 'ecs:RegisterTaskDefinition', 'ecs:CreateService'),
  M('PassExistingRoleToNewECSClusterRunTask', 'ecs-002', 'iam:PassRole', 'ecs:CreateCluster', 'ecs:RegisterTaskDefinition', 'ecs:RunTask'),
  M('PassExistingRoleToNewECSService', 'ecs-003', 'iam:PassRole', 'ecs:RegisterTaskDefinition', 'ecs:CreateService'),
  M('PassExistingRoleToNewECSTaskViaRunTask', 'ecs-004', 'iam:PassRole', 'ecs:RegisterTaskDefinition', 'ecs:RunTask'),
  M('PassExistingRoleToNewECSTaskViaStartTask', 'ecs-005', 'iam:PassRole', 'ecs:RegisterTaskDefinition', 'ecs:StartTask'),
  M('PassExistingRoleToNewGlueJobThenRun', 'glue-003', 'iam:PassRole', 'glue:CreateJob', 'glue:StartJobRun'),
  M('PassExistingRoleToNewGlueJobViaTrigger', 'glue-004', 'iam:PassRole', 'glue:CreateJob', 'glue:CreateTrigger'),
  M('PassExistingRoleToUpdatedGlueJobThenRun', 'glue-005', 'iam:PassRole', 'glue:UpdateJob', 'glue:StartJobRun'),
  M('PassExistingRoleToUpdatedGlueJobViaTrigger', 'glue-006', 'iam:PassRole', 'glue:UpdateJob', 'glue:CreateTrigger'),
  M('PassExistingRoleToNewLambdaThenAddPermission', 'lambda-006', 'iam:PassRole', 'lambda:CreateFunction', 'lambda:AddPermission'),
  M('PassExistingRoleToNewSageMakerNotebookInstance', 'sagemaker-001', 'iam:PassRole', 'sagemaker:CreateNotebookInstance'),
  M('PassExistingRoleToNewSageMakerTrainingJob', 'sagemaker-002', 'iam:PassRole', 'sagemaker:CreateTrainingJob'),
  M('PassExistingRoleToNewSageMakerProcessingJob', 'sagemaker-003', 'iam:PassRole', 'sagemaker:CreateProcessingJob'),
  M('CreateAndRotateAccessKey', 'iam-003', 'iam:CreateAccessKey', 'iam:DeleteAccessKey'),
  M('AttachUserPolicyThenCreateAccessKey', 'iam-015', 'iam:AttachUserPolicy', 'iam:CreateAccessKey'),
  M('CreatePolicyVersionThenAssumeRole', 'iam-016', 'iam:CreatePolicyVersion', 'sts:AssumeRole'),
  M('PutUserPolicyThenCreateAccessKey', 'iam-018', 'iam:PutUserPolicy', 'iam:CreateAccessKey'),
  M('AttachRolePolicyThenUpdateAssumeRolePolicy', 'iam-019', 'iam:AttachRolePolicy', 'iam:UpdateAssumeRolePolicy'),
  M('CreatePolicyVersionThenUpdateAssumeRolePolicy', 'iam-020', 'iam:CreatePolicyVersion', 'iam:UpdateAssumeRolePolicy'),
  M('PutRolePolicyThenUpdateAssumeRolePolicy', 'iam-021', 'iam:PutRolePolicy', 'iam:UpdateAssumeRolePolicy'),
];

/** Actions that return credentials (checks.md 8.2, SEC202; cloudsplaining's list with its `gamelist:` typo corrected). */
export const CREDENTIAL_ACTIONS: readonly string[] = [
  'airflow:CreateCliToken', 'airflow:CreateWebLoginToken', 'appsync:CreateApiKey', 'chime:CreateApiKey', 'cloud9:CreateEnvironmentToken',
  'codeartifact:GetAuthorizationToken', 'codepipeline:PollForJobs', 'cognito-identity:GetOpenIdToken', 'cognito-identity:GetOpenIdTokenForDeveloperIdentity',
  'cognito-identity:GetCredentialsForIdentity', 'cognito-idp:GetSigningCertificate', 'connect:GetFederationToken', 'connect:GetFederationTokens',
  'ec2:GetPasswordData', 'ecr:GetAuthorizationToken', 'ecr-public:GetAuthorizationToken', 'emr-containers:GetManagedEndpointSessionCredentials',
  'finspace-api:GetProgrammaticAccessCredentials', 'gamelift:RequestUploadCredentials', 'gamelift:GetInstanceAccess', 'gamelift:GetComputeAccess',
  'gamelift:GetComputeAuthToken', 'grafana:CreateWorkspaceApiKey', 'iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:CreateServiceSpecificCredential',
  'iam:ResetServiceSpecificCredential', 'iam:UpdateAccessKey', 'license-manager:GetAccessToken', 'lightsail:GetInstanceAccessDetails',
  'lightsail:DownloadDefaultKeyPair', 'lightsail:CreateBucketAccessKey', 'lightsail:GetRelationalDatabaseMasterUserPassword',
  'mediapackage:RotateChannelCredentials', 'mediapackage:RotateIngestEndpointCredentials', 'rds-db:connect', 'redshift:GetClusterCredentials',
  'redshift:GetClusterCredentialsWithIAM', 'redshift-serverless:GetCredentials', 'sso:GetRoleCredentials', 'sts:AssumeRole', 'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity', 'sts:GetFederationToken', 'sts:GetSessionToken',
];

/** Reads that move data out (checks.md 8.2, SEC203, with cloudsplaining's default additions). */
export const EXFILTRATION_ACTIONS: readonly string[] = [
  's3:GetObject', 'ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath', 'secretsmanager:GetSecretValue', 'rds:CopyDBSnapshot', 'rds:CreateDBSnapshot',
];

/**
 * Global condition keys that do not narrow which principals or resources a statement applies to: they
 * test how a request is made (TLS, MFA, time, Region, client strings). A statement conditioned only on
 * them is still unconstrained for least-privilege purposes.
 */
const NON_RESTRICTING_KEYS = new Set([
  'aws:securetransport', 'aws:multifactorauthpresent', 'aws:multifactorauthage', 'aws:currenttime', 'aws:epochtime', 'aws:tokenissuetime',
  'aws:requestedregion', 'aws:useragent', 'aws:referer',
]);

/** Condition keys that restrict who the principal is (or on whose behalf a service acts). */
const PRINCIPAL_KEYS = new Set([
  'aws:sourcearn', 'aws:sourceaccount', 'aws:sourceowner', 'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:principalorgid', 'aws:principalorgpaths',
  'aws:principalaccount', 'aws:principalarn', 'aws:principalservicename', 'aws:principalservicenameslist', 'aws:principalisawsservice', 'aws:userid',
  'aws:username', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:sourcevpcarn', 'aws:sourceip', 'aws:vpcsourceip', 'aws:calledvia', 'aws:calledviafirst',
  'aws:calledvialast', 'aws:viaawsservice', 'aws:principaltag', 'aws:resourceorgid', 'aws:resourceorgpaths', 'aws:resourceaccount',
  's3:dataaccesspointaccount', 's3:dataaccesspointarn', 'kms:calleraccount', 'kms:viaservice', 'lambda:functionurlauthtype', 'sts:externalid',
  'aws:sourceidentity', 'sns:endpoint', 'sqs:queueurl',
]);

function keyBase(key: string): string {
  const lower = key.toLowerCase();
  const slash = lower.indexOf('/');
  return slash < 0 ? lower : lower.slice(0, slash);
}

/** Whether an operator negates (StringNotEquals, ArnNotLike, NotIpAddress, …). */
export function isNegatedOperator(op: string): boolean {
  const bare = op.slice(op.indexOf(':') + 1).toLowerCase();
  return bare.includes('not') || bare === 'null';
}

/** The clauses of a statement that narrow who or what it applies to (anything but the keys above). */
export function restrictingClauses(s: StatementModel): ConditionClause[] {
  return s.conditions.filter((c) => !NON_RESTRICTING_KEYS.has(c.key.toLowerCase()));
}

/** Whether a statement has a condition that narrows who or what it applies to (an unreadable one counts). */
export function isRestricted(s: StatementModel): boolean {
  return s.conditionUnknown || restrictingClauses(s).length > 0;
}

/**
 * Whether an Allow clause restricts the principal: a principal key tested positively (`StringEquals
 * aws:PrincipalOrgID`, `ArnLike aws:SourceArn`) with values that are not all wildcards. A negated test
 * (`StringNotEquals aws:PrincipalOrgID`) still lets nearly everyone in.
 */
export function restrictsPrincipal(c: ConditionClause): boolean {
  if (!PRINCIPAL_KEYS.has(keyBase(c.key))) return false;
  if (isNegatedOperator(c.operator)) return false;
  if (c.key.toLowerCase() === 'aws:principalisawsservice') return c.values.every((v) => v.toLowerCase() === 'true');
  return c.values.length > 0 && !c.values.every(isUniversal);
}

/** Whether a Deny clause keeps out every principal but the named ones (`StringNotEquals aws:PrincipalOrgID`). */
export function excludesOtherPrincipals(c: ConditionClause): boolean {
  if (!PRINCIPAL_KEYS.has(keyBase(c.key))) return false;
  if (c.key.toLowerCase() === 'aws:principalisawsservice') return /^bool/i.test(c.operator.replace(/^.*:/, '')) && c.values.every((v) => v.toLowerCase() === 'false');
  return isNegatedOperator(c.operator) && c.operator.toLowerCase() !== 'null' && c.values.length > 0 && !c.values.every(isUniversal);
}

/** Whether a set of principals is everyone (`"*"`, `{"AWS": "*"}`). */
export function isEveryone(s: StatementModel): boolean {
  const p = s.principals;
  return p !== undefined && !p.negated && p.entries.some((e) => e.type === '*' || (e.type === 'AWS' && isUniversal(e.value)));
}

/**
 * An Action element indexed for single-action lookups: its literal entries by pattern (first position),
 * and the positions of its wildcard entries. The SEC rules ask hundreds of actions of statements that
 * may list thousands of entries.
 */
const actionIndex = perObject((a: ElementSet) => {
  const literal = new Map<string, number>();
  const wild: number[] = [];
  a.items.forEach((item, k) => {
    if (hasWildcard(item.pattern)) wild.push(k);
    else if (!literal.has(item.pattern)) literal.set(item.pattern, k);
  });
  return { literal, wild };
});

/** The position of the first entry of `a` that matches a lower-cased action, or -1. */
function firstMatch(a: ElementSet, lower: string): number {
  const { literal, wild } = actionIndex(a);
  const exact = literal.get(lower) ?? -1;
  for (const k of wild) {
    if (exact !== -1 && k > exact) break;
    if (wildcardMatch(a.items[k].pattern, lower)) return k;
  }
  return exact;
}

/** The Action entry of a statement that covers an action (undefined when it does not, or for NotAction). */
export function actionEntry(s: StatementModel, action: string): ElementSet['items'][number] | undefined {
  const a = s.actions;
  if (a === undefined || a.negated) return undefined;
  const k = firstMatch(a, action.toLowerCase());
  return k === -1 ? undefined : a.items[k];
}

/** Whether a statement's Action or NotAction covers an action. */
export function coversAction(s: StatementModel, action: string): boolean {
  const a = s.actions;
  if (a === undefined) return false;
  const hit = firstMatch(a, action.toLowerCase()) !== -1;
  return a.negated ? !hit && !a.unknown : hit;
}

/** Whether the statement's resources are every resource (`"*"` or a NotResource). */
export function resourceUnconstrained(s: StatementModel): boolean {
  const r = s.resources;
  return r !== undefined && (r.negated || isStar(r));
}

/** Where a finding about a grant points: the Action entry that covers it, else the NotAction key. */
export function grantNode(s: StatementModel, action: string): { offset: number; length: number } | undefined {
  const entry = actionEntry(s, action);
  if (entry !== undefined) return { offset: entry.node.offset, length: entry.node.length };
  if (s.actions?.negated && coversAction(s, action)) return { offset: s.actions.prop.key.offset, length: s.actions.prop.key.length };
  return undefined;
}

/**
 * The unconditional Deny statements of a policy that apply to everything `allow` names on the resource
 * and principal side: whether one of them removes an action then only depends on its Action element.
 * Memoized per statement model (models are per document version).
 */
const hardDenyCache = new WeakMap<StatementModel, readonly StatementModel[]>();

/**
 * The unconditional Deny statements of a policy, in order. Listed once per statement list: every Allow
 * asks, and a large policy has thousands of statements of which few are such Denies.
 */
const unconditionalDenies = perObject((statements: readonly StatementModel[]): readonly StatementModel[] =>
  statements.filter((d) => d.effect === 'Deny' && d.actions !== undefined && d.conditions.length === 0 && !d.conditionUnknown),
);

function hardDeniesOver(statements: readonly StatementModel[], allow: StatementModel): readonly StatementModel[] {
  let hit = hardDenyCache.get(allow);
  if (hit === undefined) {
    const r = new Reasoner(undefined);
    hit = unconditionalDenies(statements).filter((d) => r.subset(allow.resources, d.resources, 'resource') && principalSubset(allow.principals, d.principals));
    hardDenyCache.set(allow, hit);
  }
  return hit;
}

/**
 * A test for single actions (lower-cased ids): does an unconditional Deny of the policy remove it on every
 * resource `allow` names? Only pattern matching per call, for loops over thousands of actions.
 */
export function deniedActionTest(statements: readonly StatementModel[], allow: StatementModel): (actionLower: string) => boolean {
  const denyList = hardDeniesOver(statements, allow);
  if (denyList.length === 0) return () => false;
  const tests = denyList.map((d) => {
    const patterns = d.actions!.items.map((i) => i.pattern);
    const negated = d.actions!.negated;
    const unknown = d.actions!.unknown;
    return (a: string): boolean => {
      const hit = patterns.some((p) => wildcardMatch(p, a));
      return negated ? !hit && !unknown : hit;
    };
  });
  return (a) => tests.some((t) => t(a));
}

/** Whether an unconditional Deny of the policy removes `action` (an action or a pattern) on every resource `allow` names. */
export function deniedEverywhere(r: Reasoner, statements: readonly StatementModel[], allow: StatementModel, action: string): boolean {
  const denyList = hardDeniesOver(statements, allow);
  if (denyList.length === 0) return false;
  const lower = action.toLowerCase();
  const single: ElementSet = { negated: false, prop: allow.actions?.prop ?? denyList[0].actions!.prop, items: [{ pattern: lower, text: action, node: denyList[0].actions!.prop.key }], unknown: false };
  return denyList.some((d) => r.subset(single, d.actions, 'action'));
}

export interface Grant {
  stmt: StatementModel;
  range: { offset: number; length: number };
}

/**
 * The Allow statements of a policy on every resource without a restricting condition, in order. Listed
 * once per statement list: the SEC rules ask for hundreds of actions, each of which would otherwise test
 * every statement of a large policy again.
 */
const unconstrainedAllows = perObject((statements: readonly StatementModel[]): readonly StatementModel[] =>
  statements.filter((s) => s.effect === 'Allow' && resourceUnconstrained(s) && !isRestricted(s)),
);

/**
 * The first Allow statement that grants `action` on every resource without a restricting condition and
 * without a Deny of the policy taking it back, with where the grant is written.
 */
export function unconstrainedGrant(r: Reasoner, statements: readonly StatementModel[], action: string): Grant | undefined {
  for (const s of unconstrainedAllows(statements)) {
    const range = grantNode(s, action);
    if (range === undefined) continue;
    if (deniedEverywhere(r, statements, s, action)) continue;
    return { stmt: s, range };
  }
  return undefined;
}

/**
 * Patterns naming exactly the actions of a service at the given access levels today, compressed by verb
 * where the catalog allows it (`s3:Get*` when every s3:Get… action is at one of the levels), else named
 * one by one. Sorted. Empty when the service has no such action.
 */
export function accessLevelPatterns(catalog: Catalog, service: string, levels: readonly AccessLevel[]): readonly string[] {
  let cache = levelPatternCache.get(catalog);
  if (cache === undefined) {
    cache = new Map();
    levelPatternCache.set(catalog, cache);
  }
  const key = `${service}\n${levels.join('\n')}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = Object.freeze(computeLevelPatterns(catalog, service, levels));
    if (cache.size >= MAX_CACHED_LEVEL_PATTERNS) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

/**
 * `accessLevelPatterns` per catalog, service and levels: SEC122 asks for every `service:*` entry, and a
 * large policy repeats the same few services. Bounded (a catalog has a few hundred services).
 */
const levelPatternCache = new WeakMap<Catalog, Map<string, readonly string[]>>();
const MAX_CACHED_LEVEL_PATTERNS = 2048;

function computeLevelPatterns(catalog: Catalog, service: string, levels: readonly AccessLevel[]): string[] {
  const all = catalog.actionsOfService(service);
  const chosen = all.filter((a) => levels.includes(a.accessLevel));
  if (chosen.length === 0) return [];
  const verbOf = (name: string): string => /^[A-Z][a-z]+/.exec(name)?.[0] ?? name;
  const out = new Set<string>();
  const verbs = new Map<string, boolean>();
  for (const a of chosen) {
    const verb = verbOf(a.name);
    let whole = verbs.get(verb);
    if (whole === undefined) {
      const lower = verb.toLowerCase();
      whole = all.filter((x) => x.name.toLowerCase().startsWith(lower)).every((x) => levels.includes(x.accessLevel));
      verbs.set(verb, whole);
    }
    out.add(whole ? `${a.service}:${verb}*` : a.id);
  }
  return [...out].sort();
}
