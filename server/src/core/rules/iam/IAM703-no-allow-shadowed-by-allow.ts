// IAM703 ALLOW_SHADOWED_BY_ALLOW: an Allow statement grants nothing that another Allow of the same
// policy does not already grant under the same or weaker conditions.

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
  id: 'IAM703',
  name: 'no-allow-shadowed-by-allow',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'hint',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'An `Allow` statement that grants a subset of another `Allow` statement (with the same or weaker conditions) is redundant.',
    why: 'A statement whose actions, resources and principals are all covered by another Allow of the same policy, whose conditions are the same or fewer, adds nothing: removing it leaves the policy\'s meaning unchanged and the policy shorter (policies have size quotas). Often it is a leftover of an earlier, narrower version. Access Analyzer\'s REDUNDANT_STATEMENT reports only identical statements; word-for-word repeats are IAM622\'s, and equivalent statements written differently are reported here once, on the later.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "s3:Get*", "Resource": "arn:aws:s3:::example-bucket/*" },\n    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-bucket/reports/*" }\n  ]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "s3:Get*", "Resource": "arn:aws:s3:::example-bucket/*", "Condition": { "Bool": { "aws:SecureTransport": "true" } } },\n    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-bucket/reports/*" }\n  ]\n}\n' }],
    fixSafety: 'Removing the redundant statement is safe: the other statement grants everything it grants whenever its conditions hold.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-statement'],
  },
  messages: {
    shadowed: 'Everything this Allow grants is already granted by statement {{by}}; the statement is redundant.',
    duplicate: 'This Allow grants exactly what statement {{by}} grants; the statement is a duplicate.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const r = new Reasoner(ctx.services.catalog);
    for (const sh of shadowedStatements(r, statementModels(policy), 'Allow')) {
      const edit = removeFrom(ctx, sh.stmt.view.node);
      ctx.report({
        range: statementAnchor(sh.stmt),
        messageId: sh.duplicate ? 'duplicate' : 'shadowed',
        data: { by: sh.by.label },
        related: [statementRelated(sh.by, `Statement ${sh.by.label} grants all of it`)],
        tags: ['unnecessary'],
        fixes: edit ? [{ title: `Remove redundant statement ${sh.stmt.label}`, safety: 'safe', preferred: true, edits: [edit] }] : undefined,
      });
    }
  },
});
