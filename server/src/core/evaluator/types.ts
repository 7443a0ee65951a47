// The evaluator's public data shapes: what a simulation takes (the CLI contract's input object, plus
// optional source locations) and what it returns (a decision, a reason and a trace of every statement).
// Everything here is plain data so the CLI, the language server and tests can serialise it as is.

/** A policy document as a plain JavaScript value (`{ Version, Statement }`), as parsed from JSON or YAML. */
export type PolicyDocument = unknown;

/** The policies that apply to one request (the `policies` object of the CLI contract). */
export interface SimulationPolicies {
  identity?: PolicyDocument[];
  resource?: PolicyDocument | null;
  permissionsBoundary?: PolicyDocument | null;
  /** A flat list is one level (the account's); a list of lists is the levels from root to account. */
  scps?: PolicyDocument[] | PolicyDocument[][];
  /** Same shapes as `scps`. */
  rcps?: PolicyDocument[] | PolicyDocument[][];
  session?: PolicyDocument | null;
}

export type ContextValue = string | string[];

/** The request (the `request` object of the CLI contract). Nothing is derived from it but the accounts. */
export interface SimulationRequest {
  principal: string;
  action: string;
  resource: string;
  /** Twelve digits; defaults to the resource ARN's account, or the principal's when the ARN has none. */
  resourceAccount?: string;
  context?: Record<string, ContextValue>;
}

export interface SimulationInput {
  policies: SimulationPolicies;
  request: SimulationRequest;
}

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** The policy kinds of a simulation, as they appear in the trace. */
export type SimPolicyType = 'identity' | 'resource' | 'permissionsBoundary' | 'session' | 'scp' | 'rcp';

/** Names one policy of the input: its type, its index within the type and, for SCPs and RCPs, its level. */
export interface PolicyRef {
  type: SimPolicyType;
  /** Index within its type (within its level for SCPs and RCPs). */
  index: number;
  /** For SCPs and RCPs: the level, 0 being the organization root. */
  level?: number;
}

/** A range in a source text: UTF-16 offsets, plus 1-based line and column when the host computed them. */
export interface SourceRange {
  offset: number;
  length: number;
  line?: number;
  column?: number;
}

/** Where a policy came from, when it was read from a document (for file/line references and highlights). */
export interface PolicySource {
  /** A file path or URI, as the host wants it shown. */
  file?: string;
  /** The range of the whole policy document. */
  range?: SourceRange;
  /** The range of each statement, by statement index. */
  statements?: (SourceRange | undefined)[];
}

export interface EvaluateOptions {
  /** Gives the source of a policy, if it has one. Called once per policy. */
  sourceOf?: (ref: PolicyRef) => PolicySource | undefined;
  /**
   * Whether the policy document objects may be evaluated again (default true): their prepared form is
   * then kept for the next evaluation. Pass false for objects used once (a batch line just parsed).
   */
  reusePolicies?: boolean;
}

/** Why a statement did not apply. */
export type MismatchKind =
  | 'effect'
  | 'action'
  | 'resource'
  | 'principal'
  | 'condition'
  | 'not-applicable';

export interface ConditionFailure {
  /** The operator as written (`ForAnyValue:StringLikeIfExists`). */
  operator: string;
  /** The condition key as written. */
  key: string;
  /** `missing`: the key is not in the request context; `mismatch`: the values do not satisfy the operator. */
  why: 'missing' | 'mismatch' | 'unknown-operator' | 'invalid';
  /** The request's values for the key, when present. */
  values?: string[];
}

/** How a resource-based policy statement's Principal matched the request's principal. */
export type PrincipalMatch = 'direct' | 'role' | 'account' | 'wildcard' | 'not-principal';

export interface StatementTrace {
  policy: PolicyRef;
  /** Index of the statement within its policy. */
  statement: number;
  sid?: string;
  effect: string;
  /** Whether the statement matched the request (action, resource, principal and conditions). */
  applies: boolean;
  /** Set when `applies` is false: the first element that did not match. */
  mismatch?: MismatchKind;
  /** A plain-words explanation of the mismatch, or of how the statement matched. */
  detail: string;
  /** For failed conditions. */
  condition?: ConditionFailure;
  /** For resource-based policy statements that matched: how the principal matched. */
  principalMatch?: PrincipalMatch;
  /** Whether this statement decided (or helped decide) the outcome. */
  deciding: boolean;
  file?: string;
  range?: SourceRange;
}

/** Stable, machine-readable codes for the reasons a decision was reached. */
export type ReasonCode =
  | 'explicit-deny'
  | 'root-user'
  | 'identity-allow'
  | 'resource-allow'
  | 'resource-allow-role'
  | 'cross-account-allow'
  | 'no-allow'
  | 'scp-no-allow'
  | 'boundary-no-allow'
  | 'session-no-allow'
  | 'federated-no-session-policy'
  | 'resource-policy-required'
  | 'root-cannot-assume-role'
  | 'federated-user-operation-not-allowed'
  | 'no-permission-required'
  | 'long-term-credentials-required'
  | 'cross-account-no-resource-allow'
  | 'cross-account-no-identity-allow'
  | 'service-principal-no-allow'
  | 'anonymous-no-allow';

export type PrincipalKind =
  | 'user'
  | 'role'
  | 'role-session'
  | 'federated-user'
  | 'root'
  | 'service'
  | 'identity-provider'
  | 'anonymous'
  | 'canonical-user'
  | 'cloudfront-oai'
  | 'unknown';

export interface EvaluationResult {
  decision: Decision;
  /** One sentence in plain words. */
  reason: string;
  reasonCode: ReasonCode;
  principalType: PrincipalKind;
  principalAccount?: string;
  resourceAccount?: string;
  crossAccount: boolean;
  /** Every statement of every policy, in input order (identity, resource, boundary, session, SCPs, RCPs). */
  statements: StatementTrace[];
  /** Things the caller may want to know (an unsupported element, a policy that is not an object). */
  warnings: string[];
}
