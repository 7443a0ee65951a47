// What the trust-policy and resource-policy exposure rules need to know about a statement's principals
// and conditions: is it open to everyone, and does a condition (or a Deny) narrow it again?

import { Reasoner, denies } from '../../iam/coverage';
import type { PrincipalEntry, StatementModel } from '../../iam/grants';
import { isUniversal } from '../../iam/patterns';
import { excludesOtherPrincipals, restrictsPrincipal } from '../../iam/risk';

/** The principal entries that stand for everyone: `"*"` or `{"AWS": "*"}`. */
export function everyoneEntries(s: StatementModel): PrincipalEntry[] {
  const p = s.principals;
  if (p === undefined || p.negated) return [];
  return p.entries.filter((e) => e.type === '*' || (e.type === 'AWS' && isUniversal(e.value)));
}

/**
 * What narrows an Allow open to everyone: a principal condition of its own (`aws:PrincipalOrgID`,
 * `aws:SourceArn`, …) or a Deny of the policy that covers it and keeps out every principal but the named
 * ones. Undefined when nothing does.
 */
export function narrowedBy(r: Reasoner, statements: readonly StatementModel[], allow: StatementModel): { key: string; deny?: StatementModel } | undefined {
  if (allow.conditionUnknown) return { key: 'its condition' };
  const own = allow.conditions.find(restrictsPrincipal);
  if (own !== undefined) return { key: own.key };
  for (const d of statements) {
    if (d.effect !== 'Deny' || d.conditionUnknown) continue;
    const clause = d.conditions.find(excludesOtherPrincipals);
    if (clause === undefined) continue;
    if (denies(r, d, allow, allow.actions, allow.resources)) return { key: clause.key, deny: d };
  }
  return undefined;
}

/** An Allow statement open to everyone, with what narrows it again (undefined when nothing does). */
export interface OpenGrant {
  statement: StatementModel;
  entries: PrincipalEntry[];
  narrowed: { key: string; deny?: StatementModel } | undefined;
}

const openGrants = new WeakMap<readonly StatementModel[], OpenGrant[]>();

/**
 * The Allow statements of a policy that name everyone as principal, each with `narrowedBy`: computed
 * once per policy for the rules that judge them (SEC301, SEC302, SEC402).
 */
export function openToEveryone(r: Reasoner, statements: readonly StatementModel[]): readonly OpenGrant[] {
  let out = openGrants.get(statements);
  if (out === undefined) {
    out = [];
    for (const s of statements) {
      if (s.effect !== 'Allow') continue;
      const entries = everyoneEntries(s);
      if (entries.length > 0) out.push({ statement: s, entries, narrowed: narrowedBy(r, statements, s) });
    }
    openGrants.set(statements, out);
  }
  return out;
}

const ACCOUNT = /^\d{12}$/;

/** The account an AWS principal entry names literally (`123456789012`, `arn:aws:iam::123456789012:…`). */
export function principalAccount(e: PrincipalEntry): string | undefined {
  if (e.type !== 'AWS') return undefined;
  if (ACCOUNT.test(e.value)) return e.value;
  const m = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(e.value);
  return m?.[1];
}

const POLICY_RESOURCE_SERVICE: Readonly<Record<string, string>> = {
  'AWS::S3::Bucket': 's3',
  'AWS::S3::AccessPoint': 's3',
  'AWS::SQS::Queue': 'sqs',
  'AWS::SNS::Topic': 'sns',
  'AWS::KMS::Key': 'kms',
  'AWS::SecretsManager::Secret': 'secretsmanager',
  'AWS::ECR::Repository': 'ecr',
  'AWS::Logs::ResourcePolicy': 'logs',
  'AWS::OpenSearchService::Domain': 'es',
  'AWS::Backup::BackupVault': 'backup',
  'AWS::EFS::FileSystem': 'elasticfilesystem',
  'AWS::ApiGateway::RestApi': 'execute-api',
};

/**
 * The service whose resource a resource-based policy protects: from the template or attribute file that
 * holds it, else from its statements when they all name one service (resource ARNs, then actions).
 */
export function resourcePolicyService(policyResource: string | undefined, statements: readonly StatementModel[]): string | undefined {
  if (policyResource !== undefined) return POLICY_RESOURCE_SERVICE[policyResource];
  const services = new Set<string>();
  for (const s of statements) {
    for (const i of s.resources?.items ?? []) {
      const m = /^arn:[^:]*:([a-z0-9-]+):/.exec(i.pattern);
      if (m) services.add(m[1]);
    }
  }
  if (services.size === 1) return [...services][0];
  services.clear();
  for (const s of statements) {
    for (const i of s.actions?.items ?? []) {
      const colon = i.pattern.indexOf(':');
      if (colon > 0 && !i.pattern.slice(0, colon).includes('*')) services.add(i.pattern.slice(0, colon));
    }
  }
  return services.size === 1 ? [...services][0] : undefined;
}
