// A combinatorial audit of the evaluator against the AWS documentation's evaluation tables. An
// independent, table-driven oracle (written from the pages, not from engine.ts) computes the decision for
// every combination of principal kind, identity-based policy, resource-based policy, permissions
// boundary, session policy, SCPs and RCPs, same account or across accounts, and `evaluate` must agree.
//
// Each rule of the oracle quotes the sentence it implements. Where the pages are silent or contradict
// each other for a combination, the oracle computes the decision under each reading (see `Reading`) and
// leaves the combination out unless the readings agree.
//
// Pages (cited as P.x below):
//   P.logic    https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
//   P.basics   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html
//   P.cross    https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
//   P.boundary https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
//   P.session  https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
//   P.gft      https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html
//   P.scp      https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
//   P.scps     https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html
//   P.rcp      https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_evaluation.html
//   P.rcps     https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
//   P.principal https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
//   P.kms      https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
//   P.trust    https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_compare-resource-policies.html

import * as assert from 'assert';
import { evaluate, SimulationInput } from '../../../server/src/core/evaluator';

type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

const RES_ACCT = '111122223333';
const OTHER_ACCT = '444455556666';

// ---------------------------------------------------------------------------------------------------
// The dimensions.

type Kind = 'user' | 'session' | 'federated' | 'root';
type Ident = 'none' | 'allow' | 'deny';
/** What the resource-based policy names: the principal itself (user, session or federated user ARN), its
 * "parent" (the role ARN of a role session, the ARN of the IAM user who federated; parentPath: the role ARN
 * with a path, which a session ARN does not show), its account (root ARN, or the bare account ID), `*`,
 * another IAM user of the account, a sibling (another session of the same role, another federated user),
 * or a Deny for everyone. */
type Rbp = 'absent' | 'self' | 'parent' | 'parentPath' | 'account' | 'accountId' | 'star' | 'other' | 'sibling' | 'deny';
type Limit = 'absent' | 'allow' | 'noAllow' | 'deny';
type Scp = 'absent' | 'allowAll' | 'flatAllow' | 'noAllowRoot' | 'noAllowOu' | 'noAllowAccount' | 'denyOu';
type Rcp = 'absent' | 'fullAccess' | 'denyOu';

/** The requested resource: an SQS queue (account in the ARN), an S3 object (no account in the ARN; the
 * request's resourceAccount gives it), a Lambda function (a service that does not support RCPs). */
type Target = 'sqs' | 's3' | 'lambda';

interface Combo {
  target: Target;
  kind: Kind;
  cross: boolean;
  identity: Ident;
  rbp: Rbp;
  boundary: Limit;
  session: Limit;
  scp: Scp;
  rcp: Rcp;
}

const TARGETS: Record<Target, { action: string; resource: string; resourceAccount?: string; rcpApplies: boolean }> = {
  sqs: { action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-1:${RES_ACCT}:orders`, rcpApplies: true },
  s3: { action: 's3:GetObject', resource: 'arn:aws:s3:::orders-bucket/report.csv', resourceAccount: RES_ACCT, rcpApplies: true },
  lambda: { action: 'lambda:InvokeFunction', resource: `arn:aws:lambda:us-east-1:${RES_ACCT}:function:orders`, rcpApplies: false },
};
const ACTION = TARGETS.sqs.action;
const RESOURCE = TARGETS.sqs.resource;

function principalArn(kind: Kind, acct: string): string {
  switch (kind) {
    case 'user': return `arn:aws:iam::${acct}:user/alice`;
    case 'session': return `arn:aws:sts::${acct}:assumed-role/Dev/alice-session`;
    case 'federated': return `arn:aws:sts::${acct}:federated-user/bob`;
    case 'root': return `arn:aws:iam::${acct}:root`;
  }
}

function parentArn(kind: Kind, acct: string): string | undefined {
  if (kind === 'session') return `arn:aws:iam::${acct}:role/Dev`;
  if (kind === 'federated') return `arn:aws:iam::${acct}:user/bob`;
  return undefined;
}

const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const allowAll = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
const TARGET_ACTIONS = Object.values(TARGETS).map((t) => t.action);
/** Allows the three requested actions. */
const allowTargets = doc({ Effect: 'Allow', Action: ['sqs:*', 's3:GetObject', 'lambda:InvokeFunction'], Resource: '*' });
/** Allows none of them. */
const allowOtherService = doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' });
const allowAllDenyTargets = doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: TARGET_ACTIONS, Resource: '*' });
const denyTargets = doc({ Effect: 'Deny', Action: TARGET_ACTIONS, Resource: '*' });
const rcpFull = doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' });
const rcpDenyTargets = doc({ Effect: 'Deny', Principal: '*', Action: TARGET_ACTIONS, Resource: '*' });

const IDENTITY: Record<Ident, object[]> = { none: [], allow: [allowTargets], deny: [allowAllDenyTargets] };
const LIMIT: Record<Limit, object | null> = { absent: null, allow: allowTargets, noAllow: allowOtherService, deny: allowAllDenyTargets };
const SCPS: Record<Scp, object[] | object[][] | undefined> = {
  absent: undefined,
  allowAll: [[allowAll], [allowAll], [allowAll]],
  flatAllow: [allowAll],
  noAllowRoot: [[allowOtherService], [allowAll], [allowAll]],
  noAllowOu: [[allowAll], [allowOtherService], [allowAll]],
  noAllowAccount: [[allowAll], [allowAll], [allowOtherService]],
  denyOu: [[allowAll], [allowAll, denyTargets], [allowAll]],
};
const RCPS: Record<Rcp, object[][] | undefined> = {
  absent: undefined,
  fullAccess: [[rcpFull], [rcpFull], [rcpFull]],
  denyOu: [[rcpFull], [rcpFull, rcpDenyTargets], [rcpFull]],
};

function resourcePolicy(c: Combo, acct: string): object | null {
  const t = TARGETS[c.target];
  const grant = (aws: string) => doc({ Effect: 'Allow', Principal: aws === '*' ? '*' : { AWS: aws }, Action: t.action, Resource: t.resource });
  const rbpDeny = doc({ Effect: 'Deny', Principal: '*', Action: t.action, Resource: t.resource });
  switch (c.rbp) {
    case 'absent': return null;
    case 'self': return grant(principalArn(c.kind, acct));
    case 'parent': return grant(parentArn(c.kind, acct)!);
    case 'parentPath': return grant(`arn:aws:iam::${acct}:role/team/Dev`);
    case 'account': return grant(`arn:aws:iam::${acct}:root`);
    case 'accountId': return grant(acct);
    case 'sibling': return grant(c.kind === 'session' ? `arn:aws:sts::${acct}:assumed-role/Dev/other-session` : `arn:aws:sts::${acct}:federated-user/carol`);
    case 'star': return grant('*');
    case 'other': return grant(`arn:aws:iam::${acct}:user/mallory`);
    case 'deny': return rbpDeny;
  }
}

function inputOf(c: Combo): SimulationInput {
  const acct = c.cross ? OTHER_ACCT : RES_ACCT;
  const policies: Record<string, unknown> = {
    identity: IDENTITY[c.identity],
    resource: resourcePolicy(c, acct),
    permissionsBoundary: LIMIT[c.boundary],
    session: LIMIT[c.session],
  };
  if (SCPS[c.scp] !== undefined) policies.scps = SCPS[c.scp];
  if (RCPS[c.rcp] !== undefined) policies.rcps = RCPS[c.rcp];
  const t = TARGETS[c.target];
  const request: Record<string, unknown> = { principal: principalArn(c.kind, acct), action: t.action, resource: t.resource };
  if (t.resourceAccount !== undefined) request.resourceAccount = t.resourceAccount;
  return { policies, request } as unknown as SimulationInput;
}

// ---------------------------------------------------------------------------------------------------
// The oracle.

/**
 * The points where the pages are silent or contradict each other. The oracle is computed under both
 * values of each; a combination is kept only when every reading gives the same decision.
 */
interface Reading {
  /**
   * A federated user session with no session policy. P.gft: "if you do not pass any session policies, then
   * the resulting federated user session has no permissions" (and P.logic, under Session policies: "If the
   * principal is a role session, then the request is Allowed. Otherwise, the request is implicitly
   * denied"); but P.logic also says "If you didn't pass a session policy, a default session policy is
   * created and the enforcement code returns a final decision of Allow."
   */
  federatedWithoutSessionPolicyHasPermissions: boolean;
  /**
   * The root user of another account. P.logic: "all requests are implicitly denied with the exception of
   * the AWS account root user, which has full access"; but P.cross: "the requester in the trusted AccountA
   * must have an identity-based policy", which the root user cannot have.
   */
  crossAccountRootHasIdentitySide: boolean;
  /**
   * Across accounts, whether a resource-based policy naming the IAM user who federated covers the federated
   * user session. P.logic states it only "Within the same account"; P.cross does not say.
   */
  crossAccountUserArnCoversFederatedSession: boolean;
}

const READINGS: Reading[] = [];
for (const a of [false, true]) for (const b of [false, true]) for (const c of [false, true]) {
  READINGS.push({ federatedWithoutSessionPolicyHasPermissions: a, crossAccountRootHasIdentitySide: b, crossAccountUserArnCoversFederatedSession: c });
}

/** Why a combination is outside the oracle, when it is. */
function inapplicable(c: Combo): string | undefined {
  // P.boundary: permissions boundaries are for "IAM entities (users or roles)"; the root user has no
  // identity-based policies, boundary or session policy of its own.
  if (c.kind === 'root' && (c.identity !== 'none' || c.boundary !== 'absent' || c.session !== 'absent')) return 'root user with policies it cannot have';
  // P.session: "Session policies are advanced policies that you pass as a parameter when you
  // programmatically create a temporary session for a role or federated user."
  if (c.kind === 'user' && c.session !== 'absent') return 'IAM user with a session policy';
  // Only role sessions and federated users have a parent ARN.
  if (c.rbp === 'parent' && (c.kind === 'user' || c.kind === 'root')) return 'no parent ARN';
  if (c.rbp === 'parentPath' && c.kind !== 'session') return 'no parent ARN';
  if (c.rbp === 'sibling' && c.kind !== 'session' && c.kind !== 'federated') return 'no sibling';
  return undefined;
}

function oracleUnder(c: Combo, r: Reading): Decision {
  const isSession = c.kind === 'session' || c.kind === 'federated';
  const hasEntity = c.kind !== 'root';

  // 1. P.logic: "In all those policies, the enforcement code looks for a Deny statement that applies to
  //    the request. ... If the enforcement code finds even one explicit deny that applies, the
  //    enforcement code returns a final decision of Deny."
  if (hasEntity && c.identity === 'deny') return 'ExplicitDeny';
  if (c.rbp === 'deny') return 'ExplicitDeny';
  if (hasEntity && c.boundary === 'deny') return 'ExplicitDeny';
  if (isSession && c.session === 'deny') return 'ExplicitDeny';
  // P.scp: "For a permission to be denied for a specific account, any SCP from the root through each OU
  //    in the direct path to the account (including the target account itself) can deny that permission."
  //    P.principal / P.scps: the SCP maximum "applies to principals in member accounts, including each AWS
  //    account root user" (the SCPs given are those of the principal's account).
  if (c.scp === 'denyOu') return 'ExplicitDeny';
  // P.rcp: "For a permission to be denied for a resource in a specific account, any RCP from the root
  //    through each OU in the direct path to the account (including the target account itself) can deny
  //    that permission." P.rcps: "RCPs apply to the following AWS services' actions" (S3 and SQS are in the
  //    list, Lambda is not).
  if (c.rcp === 'denyOu' && TARGETS[c.target].rcpApplies) return 'ExplicitDeny';

  // 2. RCPs otherwise: P.logic: "RCPFullAWSAccess can't be detached, so there will always be an Allow
  //    statement." P.rcp: "This AWS managed policy does not grant access." So an RCP without a Deny has no effect.

  // 3. P.scp: "For a permission to be allowed for a specific account, there must be an explicit Allow
  //    statement at every level from the root through each OU in the direct path to the account
  //    (including the target account itself)." P.logic: "If the enforcement code does not find any
  //    applicable Allow statements in the SCPs, the enforcement code returns a final decision of Deny."
  if (c.scp === 'noAllowRoot' || c.scp === 'noAllowOu' || c.scp === 'noAllowAccount') return 'ImplicitDeny';

  // The principal's own side: identity-based policies limited by the boundary and the session policy.
  //   P.boundary: "The effective permissions are the intersection of both policy types" (identity and
  //   boundary); "The entity's identity-based policy permissions are limited by the session policy and the
  //   permissions boundary. The effective permissions for this set of policy types are the intersection of
  //   all three policy types."
  const boundaryOk = c.boundary === 'absent' || c.boundary === 'allow';
  const sessionOk = !isSession
    ? true
    : c.session === 'allow'
      ? true
      : c.session === 'noAllow'
        ? false
        // No session policy: a role session keeps its role's permissions (P.logic: "If the principal is a
        // role session, then the request is Allowed"); a federated user: see Reading.
        : c.kind === 'session' || r.federatedWithoutSessionPolicyHasPermissions;
  const identitySide = c.kind === 'root'
    ? true // P.logic: "with the exception of the AWS account root user, which has full access"
    : c.identity === 'allow' && boundaryOk && sessionOk;

  if (c.cross) {
    // 4. Cross-account. P.cross: "For cross-account requests, the requester in the trusted AccountA must
    //    have an identity-based policy. That policy must allow them to make a request to the resource in
    //    the trusting AccountB. Additionally, the resource-based policy in AccountB must allow the requester
    //    in AccountA to access the resource." "The request is allowed only if both evaluations return a
    //    decision of Allow." The resource-based policy may name "the entire account or its IAM users,
    //    federated users, IAM roles, or assumed-role sessions".
    const named = c.rbp === 'self' || c.rbp === 'account' || c.rbp === 'accountId' || c.rbp === 'star' || c.rbp === 'parentPath'
      || (c.rbp === 'parent' && (c.kind === 'session' || r.crossAccountUserArnCoversFederatedSession));
    if (!named) return 'ImplicitDeny';
    const trusted = c.kind === 'root' ? r.crossAccountRootHasIdentitySide : identitySide;
    return trusted ? 'Allow' : 'ImplicitDeny';
  }

  // 5. Same account.
  // P.logic: "all requests are implicitly denied with the exception of the AWS account root user, which
  //    has full access."
  if (c.kind === 'root') return 'Allow';
  // P.logic: "If a resource-based policy grants permission directly to the IAM user or the session
  //    principal that is making the request, then an implicit deny in an identity-based policy, a
  //    permissions boundary, or a session policy does not impact the final decision." (IAM user: "are not
  //    limited by an implicit deny in an identity-based policy or permissions boundary"; role session:
  //    "Permissions granted directly to a session are not limited by an implicit deny in an identity-based
  //    policy, a permissions boundary, or session policy"; federated user: "resource-based policies that
  //    grant permissions to a federated user ARN grant permissions directly to the session".)
  //    P.session: "The resource-based policy permissions are not limited by the session policy."
  if (c.rbp === 'self') return 'Allow';
  // `*` names every principal, the requester itself included (P.principal); P.logic: "Permissions
  //    boundaries and session policies do not limit permissions granted using the aws:PrincipalArn
  //    condition key with a wildcard(*) in the Principal element, unless the identity-based policies
  //    contain an explicit deny." P.logic: "For most resources, you only need an explicit Allow for the
  //    principal in either an identity-based policy or a resource-based policy to grant access."
  if (c.rbp === 'star') return 'Allow';
  // P.logic: "IAM role – Resource-based policies that grant permissions to an IAM role ARN are limited by
  //    an implicit deny in a permissions boundary or session policy." Federated user: "if a resource-based
  //    policy grants permission to the ARN of the IAM user who federated, then requests made by the
  //    federated user during the session are limited by an implicit deny in a permission boundary or
  //    session policy." P.session: "The resulting session's permissions are the intersection of the
  //    session policies and either the resource-based policy or the identity-based policy."
  //    (parentPath: a session ARN has the role's name but not its path, https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html
  //    "arn:aws:sts::123456789012:assumed-role/Accounting-Role/Mary": so the role ARN with its path names
  //    the same role. Not a quoted rule: the form of the ARN.)
  if ((c.rbp === 'parent' || c.rbp === 'parentPath') && boundaryOk && sessionOk) return 'Allow';
  // Otherwise (no resource-based policy, one naming another principal, or the account: P.principal "When
  //    you use an AWS account identifier as the principal in a policy, you delegate authority to the
  //    account ... identities inside the account can access the resource if they have the appropriate IAM
  //    permissions attached"; an account ID is the same as its root ARN there), or another session of the
  //    same role (P.principal: a role session principal names that session only), the identity-based
  //    policies decide, within the boundary and session policy.
  return identitySide ? 'Allow' : 'ImplicitDeny';
}

/** The documented decision, or why the combination is left out. */
function oracle(c: Combo): { decision: Decision } | { leftOut: string } {
  const why = inapplicable(c);
  if (why !== undefined) return { leftOut: why };
  const decisions = new Set(READINGS.map((r) => oracleUnder(c, r)));
  if (decisions.size > 1) return { leftOut: 'the pages disagree' };
  return { decision: [...decisions][0] };
}

function* combos(): Generator<Combo> {
  const kinds: Kind[] = ['user', 'session', 'federated', 'root'];
  const idents: Ident[] = ['none', 'allow', 'deny'];
  const rbps: Rbp[] = ['absent', 'self', 'parent', 'parentPath', 'account', 'accountId', 'star', 'other', 'sibling', 'deny'];
  const limits: Limit[] = ['absent', 'allow', 'noAllow', 'deny'];
  const scps: Scp[] = ['absent', 'allowAll', 'flatAllow', 'noAllowRoot', 'noAllowOu', 'noAllowAccount', 'denyOu'];
  const rcps: Rcp[] = ['absent', 'fullAccess', 'denyOu'];
  for (const target of ['sqs', 's3', 'lambda'] as Target[]) for (const kind of kinds) for (const cross of [false, true]) for (const identity of idents) for (const rbp of rbps)
    for (const boundary of limits) for (const session of limits) for (const scp of scps) for (const rcp of rcps) {
      yield { target, kind, cross, identity, rbp, boundary, session, scp, rcp };
    }
}

const describeCombo = (c: Combo): string =>
  `${c.target}: ${c.cross ? 'cross-account ' : ''}${c.kind} identity=${c.identity} rbp=${c.rbp} boundary=${c.boundary} session=${c.session} scp=${c.scp} rcp=${c.rcp}`;

describe('evaluator: the documentation tables (combinatorial oracle)', function () {
  this.timeout(120000);

  it('agrees with the oracle on every combination the pages decide', () => {
    let checked = 0;
    const leftOut = new Map<string, number>();
    const disagreements: string[] = [];
    for (const c of combos()) {
      const o = oracle(c);
      if ('leftOut' in o) {
        leftOut.set(o.leftOut, (leftOut.get(o.leftOut) ?? 0) + 1);
        continue;
      }
      checked++;
      const r = evaluate(inputOf(c));
      if (r.decision !== o.decision) disagreements.push(`${describeCombo(c)}: oracle ${o.decision}, evaluate ${r.decision} (${r.reasonCode})`);
    }
    if (process.env.TABLES_VERBOSE) console.log(`checked ${checked}; left out ${JSON.stringify([...leftOut])}`);
    assert.ok(checked > 10000, `only ${checked} combinations checked`);
    assert.deepStrictEqual(disagreements.slice(0, 40), [], `${disagreements.length} disagreements`);
  });
});

// ---------------------------------------------------------------------------------------------------
// Resource-based policies that must allow by themselves: KMS key policies and role trust policies.
//   P.logic: "IAM role trust policies and KMS key policies are exceptions to this logic, because they must
//   explicitly allow access for principals."

type KeyGrant = 'absent' | 'self' | 'parent' | 'account' | 'other';

interface GuardCombo {
  target: 'kms' | 'trust';
  kind: 'user' | 'session';
  cross: boolean;
  identity: 'none' | 'allow';
  grant: KeyGrant;
  boundary: 'absent' | 'allow' | 'noAllow';
  session: 'absent' | 'allow' | 'noAllow';
}

const GUARDED = {
  kms: { action: 'kms:Decrypt', resource: `arn:aws:kms:us-east-1:${RES_ACCT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`, allow: doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }) },
  trust: { action: 'sts:AssumeRole', resource: `arn:aws:iam::${RES_ACCT}:role/Target`, allow: doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }) },
};
const allowOther = doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' });

function guardedInput(c: GuardCombo): SimulationInput {
  const acct = c.cross ? OTHER_ACCT : RES_ACCT;
  const g = GUARDED[c.target];
  const name = c.grant === 'self' ? principalArn(c.kind, acct) : c.grant === 'parent' ? parentArn(c.kind, acct) : c.grant === 'account' ? `arn:aws:iam::${acct}:root` : `arn:aws:iam::${acct}:user/mallory`;
  const lim = (l: GuardCombo['boundary']) => (l === 'absent' ? null : l === 'allow' ? g.allow : allowOther);
  return {
    policies: {
      identity: c.identity === 'allow' ? [g.allow] : [],
      resource: c.grant === 'absent' ? null : doc({ Effect: 'Allow', Principal: { AWS: name }, Action: g.action, Resource: '*' }),
      permissionsBoundary: lim(c.boundary),
      session: c.kind === 'session' ? lim(c.session) : null,
    },
    request: { principal: principalArn(c.kind, acct), action: g.action, resource: g.resource },
  } as SimulationInput;
}

function guardedOracle(c: GuardCombo): Decision | undefined {
  if (c.kind === 'user' && (c.grant === 'parent' || c.session !== 'absent')) return undefined;
  const boundaryOk = c.boundary !== 'noAllow';
  const sessionOk = c.session !== 'noAllow';
  const identitySide = c.identity === 'allow' && boundaryOk && sessionOk;
  // P.kms: "Unless the key policy explicitly allows it, you cannot use IAM policies to allow access to a KMS
  //   key. Without permission from the key policy, IAM policies that allow permissions have no effect."
  //   P.trust: "the trust policy ... specifies who can assume the role"; P.logic (above).
  if (c.grant === 'absent' || c.grant === 'other') return 'ImplicitDeny';
  if (c.cross) {
    // P.cross: "The request is allowed only if both evaluations return a decision of Allow." P.kms (key
    //   policy, cross-account): the key policy must allow the external account or principal, and "IAM
    //   policies in the external account must delegate the key policy permissions to its users and roles".
    return identitySide ? 'Allow' : 'ImplicitDeny';
  }
  // The account (root ARN) in the key policy "enables IAM policies": the identity side decides.
  if (c.grant === 'account') return identitySide ? 'Allow' : 'ImplicitDeny';
  // Direct grants and role ARN grants: as for other resource-based policies (P.logic, quoted above).
  if (c.grant === 'self') return 'Allow';
  return boundaryOk && sessionOk ? 'Allow' : 'ImplicitDeny';
}

describe('evaluator: key policies and trust policies (combinatorial oracle)', () => {
  it('agrees with the oracle on every combination', () => {
    const disagreements: string[] = [];
    let checked = 0;
    for (const target of ['kms', 'trust'] as const) for (const kind of ['user', 'session'] as const) for (const cross of [false, true])
      for (const identity of ['none', 'allow'] as const) for (const grant of ['absent', 'self', 'parent', 'account', 'other'] as const)
        for (const boundary of ['absent', 'allow', 'noAllow'] as const) for (const session of ['absent', 'allow', 'noAllow'] as const) {
          const c: GuardCombo = { target, kind, cross, identity, grant, boundary, session };
          const o = guardedOracle(c);
          if (o === undefined) continue;
          checked++;
          const r = evaluate(guardedInput(c));
          if (r.decision !== o) disagreements.push(`${JSON.stringify(c)}: oracle ${o}, evaluate ${r.decision} (${r.reasonCode})`);
        }
    assert.ok(checked > 300, `only ${checked}`);
    assert.deepStrictEqual(disagreements.slice(0, 40), [], `${disagreements.length} disagreements`);
  });
});

// ---------------------------------------------------------------------------------------------------
// Service-linked roles. P.scps: "SCPs do not affect any service-linked role." P.rcps (Resources and
// entities not restricted by RCPs): RCPs do not restrict "Actions performed by service-linked roles".
// ("You cannot apply a permissions boundary to a service-linked role", so no boundary here.)

describe('evaluator: service-linked roles (combinatorial oracle)', () => {
  it('SCPs and RCPs do not limit a service-linked role session', () => {
    const disagreements: string[] = [];
    const principal = `arn:aws:sts::${RES_ACCT}:assumed-role/AWSServiceRoleForExample/session`;
    for (const identity of ['none', 'allow', 'deny'] as const) for (const scp of Object.keys(SCPS) as Scp[]) for (const rcp of Object.keys(RCPS) as Rcp[]) {
      // P.logic: an explicit deny in an identity-based policy still decides; SCPs and RCPs do not apply.
      const expected: Decision = identity === 'deny' ? 'ExplicitDeny' : identity === 'allow' ? 'Allow' : 'ImplicitDeny';
      const policies: Record<string, unknown> = { identity: IDENTITY[identity] };
      if (SCPS[scp] !== undefined) policies.scps = SCPS[scp];
      if (RCPS[rcp] !== undefined) policies.rcps = RCPS[rcp];
      const r = evaluate({ policies, request: { principal, action: ACTION, resource: RESOURCE } } as SimulationInput);
      if (r.decision !== expected) disagreements.push(`identity=${identity} scp=${scp} rcp=${rcp}: oracle ${expected}, evaluate ${r.decision} (${r.reasonCode})`);
    }
    assert.deepStrictEqual(disagreements, []);
  });
});

// ---------------------------------------------------------------------------------------------------
// Federated user sessions and the IAM and STS APIs. P.gft: "You can use the temporary credentials created
// by GetFederationToken in any AWS service with the following exceptions: You cannot call any IAM
// operations using the AWS CLI or the AWS API. ... You cannot call any STS operations except
// GetCallerIdentity."

describe('evaluator: federated user sessions and IAM/STS (combinatorial oracle)', () => {
  it('no policy lets a federated user session call IAM or STS (but GetCallerIdentity); other principals are unaffected', () => {
    const disagreements: string[] = [];
    const requests = [
      { action: 'iam:ListUsers', resource: '*' },
      { action: 'iam:CreateUser', resource: `arn:aws:iam::${RES_ACCT}:user/new` },
      { action: 'sts:AssumeRole', resource: `arn:aws:iam::${RES_ACCT}:role/Target` },
      { action: 'sts:GetFederationToken', resource: '*' },
      { action: 'sts:GetCallerIdentity', resource: '*' },
    ];
    for (const kind of ['federated', 'user', 'session'] as const) for (const req of requests) for (const identity of ['allow', 'deny'] as const)
      for (const rbp of ['absent', 'self', 'star'] as const) {
        const principal = principalArn(kind, RES_ACCT);
        const allow = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
        const policies = {
          identity: [identity === 'allow' ? allow : doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: req.action, Resource: '*' })],
          session: kind === 'user' ? null : allow,
          resource: rbp === 'absent' ? null : doc({ Effect: 'Allow', Principal: rbp === 'star' ? '*' : { AWS: principal }, Action: req.action, Resource: req.resource }),
        };
        // sts:GetCallerIdentity needs no permission, an explicit deny included (STS API Reference).
        const expected: Decision = req.action === 'sts:GetCallerIdentity' ? 'Allow'
          : identity === 'deny' ? 'ExplicitDeny'
          : kind === 'federated' ? 'ImplicitDeny'
          // P.logic: role trust policies "must explicitly allow access for principals".
          : req.action === 'sts:AssumeRole' && rbp === 'absent' ? 'ImplicitDeny'
          : 'Allow';
        const r = evaluate({ policies, request: { principal, ...req } } as unknown as SimulationInput);
        if (r.decision !== expected) disagreements.push(`${kind} ${req.action} identity=${identity} rbp=${rbp}: oracle ${expected}, evaluate ${r.decision} (${r.reasonCode})`);
      }
    assert.deepStrictEqual(disagreements, []);
  });
});

describe('evaluator: the root user and KMS key policies (oracle)', () => {
  it('the root user of the key account needs the key policy too', () => {
    const key = GUARDED.kms;
    const root = principalArn('root', RES_ACCT);
    const rows: [string, object | null, Decision][] = [
      // P.kms: "No AWS principal, including the account root user or key creator, has any permissions to a KMS
      //   key unless they are explicitly allowed, and never denied, in a key policy, IAM policy, or grant."
      ['no key policy', null, 'ImplicitDeny'],
      ['a key policy naming another user', doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${RES_ACCT}:user/mallory` }, Action: 'kms:*', Resource: '*' }), 'ImplicitDeny'],
      // The default key policy's statement "Allows access to the AWS account and enables IAM policies".
      ['a key policy naming the account', doc({ Effect: 'Allow', Principal: { AWS: root }, Action: 'kms:*', Resource: '*' }), 'Allow'],
      ['a key policy naming the account with a Deny', doc({ Effect: 'Allow', Principal: { AWS: root }, Action: 'kms:*', Resource: '*' }, { Effect: 'Deny', Principal: '*', Action: key.action, Resource: '*' }), 'ExplicitDeny'],
    ];
    const disagreements: string[] = [];
    for (const [name, resource, expected] of rows) {
      const r = evaluate({ policies: { resource }, request: { principal: root, action: key.action, resource: key.resource } } as unknown as SimulationInput);
      if (r.decision !== expected) disagreements.push(`${name}: oracle ${expected}, evaluate ${r.decision} (${r.reasonCode})`);
    }
    assert.deepStrictEqual(disagreements, []);
  });
});
