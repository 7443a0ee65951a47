// IAM701 ALLOW_OVERRIDDEN_BY_DENY: every grant of an Allow statement is removed by unconditional Deny
// statements of the same policy, so the Allow has no effect.

import { Reasoner } from '../../iam/coverage';
import { statementAnchor, statementModels, statementRelated } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { denyPrecedence, describeGrant, listText } from '../../iam/precedence';
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
  id: 'IAM701',
  name: 'no-allow-overridden-by-deny',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'An `Allow` statement whose every grant is always denied by `Deny` statements of the same policy has no effect.',
    why: 'An explicit Deny overrides any Allow, in this policy and in every other policy that applies to the request. When unconditional Deny statements cover all the actions, resources and principals an Allow names, the Allow never grants anything: either the Allow is dead text or the Deny is broader than intended. Access Analyzer and the free linters do not reason about this.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Sid": "Write", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::example-bucket/*" },\n    { "Sid": "NoWrites", "Effect": "Deny", "Action": "s3:Put*", "Resource": "*" }\n  ]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Sid": "Write", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::example-bucket/*" },\n    { "Sid": "NoPlainText", "Effect": "Deny", "Action": "s3:PutObject", "Resource": "*", "Condition": { "Bool": { "aws:SecureTransport": "false" } } }\n  ]\n}\n' }],
    fixSafety: 'Removing the Allow statement is safe: the Deny statements of the same policy remove everything it grants whatever other policies apply, so the policy allows exactly the same requests without it.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html'],
  },
  messages: {
    overridden: '{{grant}} is always denied by statement {{deny}}: explicit deny wins, so this Allow has no effect.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const r = new Reasoner(ctx.services.catalog);
    for (const o of denyPrecedence(r, statementModels(policy), false)) {
      if (o.full === undefined) continue;
      const edit = removeFrom(ctx, o.allow.view.node);
      ctx.report({
        range: statementAnchor(o.allow),
        messageId: 'overridden',
        data: { grant: describeGrant(o.allow), deny: listText(o.full.map((d) => d.label)) },
        related: o.full.map((d) => statementRelated(d, `Deny statement ${d.label} removes this grant (explicit deny wins)`)),
        tags: ['unnecessary'],
        fixes: edit ? [{ title: `Remove Allow statement ${o.allow.label}`, safety: 'safe', preferred: true, edits: [edit] }] : undefined,
      });
    }
  },
});
