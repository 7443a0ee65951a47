// IAM103 INVALID_POLICY_ELEMENT: a key that is not a policy element (`Version`, `Id`, `Statement`) or a
// statement element (`Sid`, `Effect`, `Principal`, ...). Element names are case-sensitive.

import { isIntrinsicKey } from '../../iam/conditions';
import { POLICY_ELEMENTS, STATEMENT_ELEMENTS } from '../../iam/policy';
import { closest } from '../../iam/suggest';
import type { ObjectNode } from '../../parse/tree';
import { flavorOf, replaceStringContent } from '../fixes';
import { policyOf } from '../shared/iam';
import { defineRule, Fix, RuleContext } from '../types';

function checkKeys(ctx: RuleContext, obj: ObjectNode, allowed: readonly string[], where: string): void {
  for (const p of obj.properties) {
    const key = p.key.value;
    if (allowed.includes(key) || isIntrinsicKey(key)) continue;
    const sameCase = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
    const near = sameCase !== undefined ? [sameCase] : closest(key, allowed, 2);
    const fixes: Fix[] = near.map((n, i) => ({
      title: `Rename to '${n}'`,
      safety: sameCase !== undefined ? 'safe' : 'suggestion',
      preferred: sameCase !== undefined && i === 0,
      edits: [replaceStringContent(p.key, n, flavorOf(ctx.doc, ctx.unit))],
    }));
    if (sameCase !== undefined) ctx.report({ node: p.key, messageId: 'wrongCase', data: { key, fixed: sameCase }, fixes });
    else if (near.length > 0) ctx.report({ node: p.key, messageId: 'unknownDidYouMean', data: { key, where, suggestion: near[0] }, fixes });
    else ctx.report({ node: p.key, messageId: 'unknown', data: { key, where } });
  }
}

export default defineRule({
  id: 'IAM103',
  name: 'no-unknown-element',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Only policy elements may appear in a policy and its statements, spelled with the right case.',
    why: 'IAM rejects a policy with an element it does not know, and element names are case-sensitive: `action` or `Actions` is not `Action` (Access Analyzer: INVALID_POLICY_ELEMENT). A misspelt `Condition` would otherwise silently widen the statement if a tool dropped it.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Actions": "s3:GetObject", "Action": "s3:ListBucket", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Id": "ReadOnly",\n  "Statement": [{ "Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}\n' }],
    fixSafety: 'Fixing the capitalisation of a known element is safe (AWS rejects the policy as written). Renaming a misspelt element is a suggestion: check that the element was meant.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html'],
  },
  messages: {
    unknown: "'{{key}}' is not a {{where}} element.",
    unknownDidYouMean: "'{{key}}' is not a {{where}} element; did you mean '{{suggestion}}'?",
    wrongCase: "Element names are case-sensitive: write '{{fixed}}', not '{{key}}'.",
  },
  check(ctx) {
    const policy = policyOf(ctx);
    if (policy === undefined) return;
    checkKeys(ctx, policy.root, POLICY_ELEMENTS, 'policy');
    for (const s of policy.statements) checkKeys(ctx, s.node, STATEMENT_ELEMENTS, 'statement');
  },
});
