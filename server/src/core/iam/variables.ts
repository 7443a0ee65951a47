// Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'none'}`, `${*}`) as written in policy
// strings: where each one sits, its name and default value, and what is wrong with its syntax. Also the
// variables AWS documents, for hovers and completion. Template placeholders (`${AWS::Region}` inside an
// `Fn::Sub`) look the same; callers skip those that overlap the unit's placeholders.

import { StringNode, stringRange } from '../parse/tree';

export type VariableProblem = 'unclosed' | 'empty' | 'space' | 'missingQuote';

export interface PolicyVariable {
  /** Offset of `${` in the decoded string. */
  start: number;
  /** Length up to and including `}` (to the end of the string when unclosed). */
  length: number;
  /** The whole text (`${aws:username, 'x'}`). */
  text: string;
  /** The name as written, trimmed (`aws:username`); `*`, `?` or `$` for the special characters. */
  name: string;
  /** The default value as written (after the comma, trimmed), if any. */
  defaultValue?: string;
  /** `${*}`, `${?}` and `${$}` stand for the literal characters. */
  special: boolean;
  problem?: VariableProblem;
}

/** Finds every `${...}` in a string. Never throws; an unclosed `${` runs to the end of the string. */
export function findVariables(s: string): PolicyVariable[] {
  const out: PolicyVariable[] = [];
  let i = s.indexOf('${');
  while (i !== -1) {
    const close = s.indexOf('}', i + 2);
    if (close === -1) {
      out.push({ start: i, length: s.length - i, text: s.slice(i), name: s.slice(i + 2).trim(), special: false, problem: 'unclosed' });
      break;
    }
    const inner = s.slice(i + 2, close);
    const v: PolicyVariable = { start: i, length: close + 1 - i, text: s.slice(i, close + 1), name: inner.trim(), special: false };
    if (inner === '*' || inner === '?' || inner === '$') v.special = true;
    else if (inner.trim() === '') v.problem = 'empty';
    else {
      const comma = inner.indexOf(',');
      const namePart = comma === -1 ? inner : inner.slice(0, comma);
      v.name = namePart.trim();
      if (/\s/.test(namePart)) v.problem = 'space';
      if (comma !== -1) {
        const def = inner.slice(comma + 1).trim();
        v.defaultValue = def;
        if (v.problem === undefined && !/^'[^']*'$/.test(def)) v.problem = 'missingQuote';
      }
    }
    out.push(v);
    i = s.indexOf('${', close + 1);
  }
  return out;
}

/** Host range of a variable inside a string node. */
export function variableRange(node: StringNode, v: PolicyVariable): { offset: number; length: number } {
  return stringRange(node, v.start, v.length);
}

export interface KnownVariable {
  name: string;
  description: string;
}

/** Request values AWS documents as usable in policy variables (IAM User Guide, "Policy variables"). */
export const KNOWN_VARIABLES: readonly KnownVariable[] = [
  { name: 'aws:username', description: 'The friendly name of the IAM user making the request (absent for roles and federated users).' },
  { name: 'aws:userid', description: 'The unique ID of the caller: `AIDA…` for a user, `AROA…:session-name` for a role session.' },
  { name: 'aws:PrincipalTag/${TagKey}', description: 'The value of a tag attached to the calling principal (user or role), or a session tag.' },
  { name: 'aws:PrincipalAccount', description: 'The account ID of the calling principal.' },
  { name: 'aws:PrincipalOrgID', description: 'The AWS Organizations ID of the calling principal\'s account.' },
  { name: 'aws:PrincipalType', description: 'The type of principal: `Account`, `User`, `FederatedUser`, `AssumedRole` or `Anonymous`.' },
  { name: 'aws:SourceIdentity', description: 'The source identity set when the role was assumed.' },
  { name: 'aws:FederatedProvider', description: 'The identity provider that issued the caller\'s credentials.' },
  { name: 'aws:CurrentTime', description: 'The date and time of the request (ISO 8601).' },
  { name: 'aws:EpochTime', description: 'The date and time of the request in epoch seconds.' },
  { name: 'aws:TokenIssueTime', description: 'When the temporary credentials were issued.' },
  { name: 'aws:SecureTransport', description: 'Whether the request used TLS (`true`/`false`).' },
  { name: 'aws:SourceIp', description: 'The requester\'s IP address.' },
  { name: 'aws:UserAgent', description: 'The caller\'s client application (set by the caller; not a security control).' },
  { name: 'aws:ResourceTag/${TagKey}', description: 'The value of a tag on the requested resource.' },
  { name: 'aws:RequestTag/${TagKey}', description: 'The value of a tag passed in the request.' },
  { name: 'ec2:SourceInstanceARN', description: 'The ARN of the EC2 instance whose role credentials made the request.' },
  { name: 'saml:sub', description: 'SAML federation: the subject of the assertion.' },
  { name: 'cognito-identity.amazonaws.com:sub', description: 'Amazon Cognito: the identity ID of the user.' },
  { name: 'www.amazon.com:user_id', description: 'Login with Amazon: the user ID.' },
  { name: 'graph.facebook.com:id', description: 'Facebook: the user ID.' },
  { name: 'accounts.google.com:sub', description: 'Google: the user ID.' },
];

/** The special variables that stand for characters IAM would otherwise read as wildcards or syntax. */
export const SPECIAL_VARIABLES: readonly KnownVariable[] = [
  { name: '*', description: 'A literal `*` (not a wildcard).' },
  { name: '?', description: 'A literal `?` (not a wildcard).' },
  { name: '$', description: 'A literal `$`.' },
];
