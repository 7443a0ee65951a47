// IAM704 DENY_SHADOWED_BY_DENY: a Deny statement denies nothing that another Deny of the same policy
// does not already deny under the same or weaker conditions.

import { Reasoner } from '../../iam/coverage';
import { statementAnchor, statementModels, statementRelated } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { shadowedStatements } from '../../iam/shadowing';
import { flavorOf } from '../fixes';
import { removeItem } from '../shared/edits';
import type { ValueNode } from '../../parse/tree';
import type { RuleContext, TextEdit } from '../types';
import { defineRule } from '../types';

/** Removes a statement or an entry from the list holding it (undefined when it is the only entry). */
function removeFrom(ctx: RuleContext, node: ValueNode): TextEdit | undefined {
  const arr = node.parent;
  return arr?.type === 'array' ? removeItem(ctx.doc, arr, node, flavorOf(ctx.doc, ctx.unit)) : undefined;
}

export default defineRule({
  id: 'IAM704',
  name: 'no-deny-shadowed-by-deny',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'hint',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A `Deny` statement that denies a subset of another `Deny` statement (with the same or weaker conditions) is redundant.',
    why: 'When another Deny of the same policy already denies every action, resource and principal a Deny names, whenever this one\'s conditions hold, the statement has no effect of its own. Removing it keeps the policy\'s meaning and frees room under the size quota (SCPs are limited to 5,120 characters). Word-for-word repeats are IAM622\'s.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Deny", "Action": "iam:*", "Resource": "*" },\n    { "Effect": "Deny", "Action": "iam:DeleteRole", "Resource": "arn:aws:iam::*:role/admin" }\n  ]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Deny", "Action": "iam:*", "Resource": "*", "Condition": { "StringNotEquals": { "aws:PrincipalTag/team": "admins" } } },\n    { "Effect": "Deny", "Action": "iam:DeleteRole", "Resource": "arn:aws:iam::*:role/admin" }\n  ]\n}\n' }],
    fixSafety: 'Removing the redundant Deny is safe: the other statement denies everything it denies whenever its conditions hold.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html'],
  },
  messages: {
    shadowed: 'Everything this Deny denies is already denied by statement {{by}}; the statement is redundant.',
    duplicate: 'This Deny denies exactly what statement {{by}} denies; the statement is a duplicate.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const r = new Reasoner(ctx.services.catalog);
    for (const sh of shadowedStatements(r, statementModels(policy), 'Deny')) {
      const edit = removeFrom(ctx, sh.stmt.view.node);
      ctx.report({
        range: statementAnchor(sh.stmt),
        messageId: sh.duplicate ? 'duplicate' : 'shadowed',
        data: { by: sh.by.label },
        related: [statementRelated(sh.by, `Statement ${sh.by.label} denies all of it`)],
        tags: ['unnecessary'],
        fixes: edit ? [{ title: `Remove redundant statement ${sh.stmt.label}`, safety: 'safe', preferred: true, edits: [edit] }] : undefined,
      });
    }
  },
});
