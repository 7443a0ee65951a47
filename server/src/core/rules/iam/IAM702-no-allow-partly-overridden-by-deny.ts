// IAM702 ALLOW_PARTLY_OVERRIDDEN_BY_DENY: part of an Allow statement is removed by a Deny of the same
// policy (whole action or resource entries, or an overlap), or may be removed when a conditional Deny's
// condition holds.

import { Reasoner, describeConditions } from '../../iam/coverage';
import { statementAnchor, statementModels, statementRelated } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { denyPrecedence, listText } from '../../iam/precedence';
import { flavorOf } from '../fixes';
import { removeItem } from '../shared/edits';
import type { ValueNode } from '../../parse/tree';
import type { RuleContext, TextEdit } from '../types';
import { defineRule } from '../types';

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Removes a statement or an entry from the list holding it (undefined when it is the only entry). */
function removeFrom(ctx: RuleContext, node: ValueNode): TextEdit | undefined {
  const arr = node.parent;
  return arr?.type === 'array' ? removeItem(ctx.doc, arr, node, flavorOf(ctx.doc, ctx.unit)) : undefined;
}

export default defineRule({
  id: 'IAM702',
  name: 'no-allow-partly-overridden-by-deny',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Part of an `Allow` statement is always (or conditionally) denied by a `Deny` statement of the same policy.',
    why: 'An explicit Deny overrides any Allow. When a Deny removes some of the actions or resources an Allow lists, those entries are dead text and readers overestimate what the policy grants; when a conditional Deny overlaps an Allow, the Allow only works while the Deny\'s condition does not hold. Knowing which statement decides makes a policy reviewable.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": ["s3:GetObject", "s3:DeleteObject"], "Resource": "arn:aws:s3:::example-bucket/*" },\n    { "Sid": "NoDeletes", "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*" }\n  ]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": ["s3:GetObject", "s3:DeleteObject"], "Resource": "arn:aws:s3:::example-bucket/*" },\n    { "Sid": "NoDeletesElsewhere", "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "arn:aws:s3:::other-bucket/*" }\n  ]\n}\n' }],
    fixSafety: 'Removing an action or resource entry that a Deny of the same policy always removes is safe: the policy allows exactly the same requests without it. Conditional and partial overlaps have no fix: they need a decision.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html'],
  },
  messages: {
    actionDenied: "'{{item}}' is always denied by statement {{deny}} on this statement's resources: explicit deny wins, so this entry grants nothing.",
    resourceDenied: "Every action of this statement is always denied on '{{item}}' by statement {{deny}}: explicit deny wins, so this entry grants nothing.",
    partly: 'Part of this Allow is always denied by statement {{deny}}: {{actions}} on {{resources}} (explicit deny wins).',
    conditional: 'This Allow may be overridden by statement {{deny}} when {{condition}}: {{actions}} on {{resources}} is then denied.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const r = new Reasoner(ctx.services.catalog);
    for (const o of denyPrecedence(r, statementModels(policy))) {
      if (o.full !== undefined) continue;
      for (const [list, messageId, kind] of [[o.actionItems, 'actionDenied', 'action'], [o.resourceItems, 'resourceDenied', 'resource']] as const) {
        for (const d of list) {
          const edit = removeFrom(ctx, d.item.node);
          ctx.report({
            node: d.item.node,
            messageId,
            data: { item: d.item.text, deny: listText(d.denies.map((x) => x.label)) },
            related: d.denies.map((x) => statementRelated(x, `Deny statement ${x.label} removes this ${kind} (explicit deny wins)`)),
            tags: ['unnecessary'],
            fixes: edit ? [{ title: `Remove '${d.item.text}'`, safety: 'safe', preferred: true, edits: [edit] }] : undefined,
          });
        }
      }
      // One finding per kind and statement (several Deny statements are listed together).
      if (o.partly.length > 0) {
        ctx.report({
          range: statementAnchor(o.allow),
          messageId: 'partly',
          data: { deny: listText(o.partly.map((p) => p.deny.label)), actions: listText(unique(o.partly.flatMap((p) => p.actions)), true), resources: listText(unique(o.partly.flatMap((p) => p.resources)), true) },
          related: o.partly.map((p) => statementRelated(p.deny, `Deny statement ${p.deny.label}`)),
        });
      }
      if (o.conditional.length > 0) {
        // On the Effect key, so it does not share its range with a `partly` finding.
        const key = o.allow.view.effect?.key;
        const first = o.conditional[0];
        ctx.report({
          range: key ? { offset: key.offset, length: key.length } : statementAnchor(o.allow),
          messageId: 'conditional',
          data: {
            deny: listText(o.conditional.map((p) => p.deny.label)),
            condition: o.conditional.length === 1 ? describeConditions(first.deny) : 'their conditions hold',
            actions: listText(unique(o.conditional.flatMap((p) => p.actions)), true),
            resources: listText(unique(o.conditional.flatMap((p) => p.resources)), true),
          },
          related: o.conditional.map((p) => statementRelated(p.deny, `Conditional Deny statement ${p.deny.label}: when ${describeConditions(p.deny)}`)),
          severity: 'hint',
        });
      }
    }
  },
});
