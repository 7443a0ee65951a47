// IAM622 REDUNDANT_STATEMENT: two statements that grant (or deny) exactly the same thing.

import type { StatementView } from '../../iam/policy';
import { anchorOf, statementLabel } from '../../iam/policy';
import { isArray, toValue } from '../../parse/tree';
import type { PropertyNode } from '../../parse/tree';
import { flavorOf } from '../fixes';
import { removeItem } from '../shared/edits';
import { policyOf } from '../shared/iam';
import { defineRule } from '../types';

/** A canonical text of a value: object keys sorted, lists as sorted sets of canonical items. */
function canonical(v: unknown, lowerStrings = false): string {
  if (Array.isArray(v)) return `[${[...new Set(v.map((x) => canonical(x, lowerStrings)))].sort().join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k], lowerStrings)}`).join(',')}}`;
  }
  if (typeof v === 'string') return JSON.stringify(lowerStrings ? v.toLowerCase() : v);
  return JSON.stringify(v);
}

/** Scalars and one-item lists mean the same in policy elements. */
function asSet(v: unknown): unknown {
  return Array.isArray(v) ? v : v === undefined ? undefined : [v];
}

function signature(s: StatementView): string {
  const part = (p: StatementView['action'], lower = false) => (p === undefined ? '-' : canonical(asSet(toValue(p.value)), lower));
  const principal = (p: StatementView['principal']) => {
    if (p === undefined) return '-';
    const v = toValue(p.value);
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return canonical(Object.fromEntries(Object.keys(o).map((k) => [k, asSet(o[k])])));
    }
    return canonical(v);
  };
  const cond = s.condition === undefined ? '-' : canonical(toValue(s.condition.value));
  return [toValue(s.effect?.value), part(s.action, true), part(s.notAction, true), part(s.resource), part(s.notResource), principal(s.principal), principal(s.notPrincipal), cond].map((x) => String(x)).join('|');
}

/**
 * The least string entry of an element (lower-cased for actions), `?` when an entry is not a string:
 * statements with equal signatures have equal ones, and it costs far less than the signature.
 */
function leastEntry(p: StatementView['action'], lower: boolean): string {
  if (p === undefined) return '-';
  const v = p.value;
  if (v?.type === 'string') return lower ? v.value.toLowerCase() : v.value;
  if (v?.type !== 'array') return '?';
  let least: string | undefined;
  for (const item of v.items) {
    if (item.type !== 'string') return '?';
    const t = lower ? item.value.toLowerCase() : item.value;
    if (least === undefined || t < least) least = t;
  }
  return least ?? '[]';
}

/** A cheap key that equal signatures share: only statements whose keys repeat can be duplicates. */
function roughKey(s: StatementView): string {
  const present = (p: PropertyNode | undefined) => (p === undefined ? '-' : '+');
  return `${String(toValue(s.effect?.value))}|${leastEntry(s.action, true)}|${leastEntry(s.notAction, true)}|${leastEntry(s.resource, false)}|${leastEntry(s.notResource, false)}|${present(s.principal)}${present(s.notPrincipal)}${present(s.condition)}`;
}

export default defineRule({
  id: 'IAM622',
  name: 'no-duplicate-statement',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Remove a statement that repeats another one (same effect, actions, resources, principals and conditions).',
    why: 'A repeated statement adds nothing, counts against the size quota and hides real differences when someone edits one copy (Access Analyzer: REDUNDANT_STATEMENT). Statements that merely overlap are IAM703/IAM704.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Sid": "Read", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": "*" },\n    { "Sid": "ReadAgain", "Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetObject"], "Resource": "*" }\n  ]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" },\n    { "Sid": "Write", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*" }\n  ]\n}\n' }],
    fixSafety: 'Removing an exact repeat does not change what the policy allows, so the fix is safe (the repeat\'s Sid disappears with it).',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
  },
  messages: {
    duplicate: 'This statement repeats statement {{first}}.',
  },
  check(ctx) {
    const policy = policyOf(ctx);
    if (policy === undefined) return;
    const seen = new Map<string, StatementView>();
    const arr = policy.statement?.value;
    const flavor = flavorOf(ctx.doc, ctx.unit);
    // Signatures are dear (every value canonicalised): compute them only where rough keys repeat.
    const rough = policy.statements.map(roughKey);
    const roughCount = new Map<string, number>();
    for (const k of rough) roughCount.set(k, (roughCount.get(k) ?? 0) + 1);
    for (let i = 0; i < policy.statements.length; i++) {
      if (roughCount.get(rough[i])! < 2) continue;
      const s = policy.statements[i];
      const sig = signature(s);
      const first = seen.get(sig);
      if (first === undefined) {
        seen.set(sig, s);
        continue;
      }
      const edit = isArray(arr) ? removeItem(ctx.doc, arr, s.node, flavor) : undefined;
      const at = anchorOf(first.node);
      ctx.report({
        range: anchorOf(s.node),
        messageId: 'duplicate',
        data: { first: statementLabel(first) },
        related: [{ message: `Statement ${statementLabel(first)}`, offset: at.offset, length: at.length }],
        fixes: edit ? [{ title: 'Remove this statement', safety: 'safe', preferred: true, edits: [edit] }] : undefined,
      });
    }
  },
});
