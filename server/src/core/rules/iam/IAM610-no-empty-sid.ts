// IAM610 EMPTY_SID_VALUE: `"Sid": ""`.

import { flavorOf, removeProperty } from '../fixes';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM610',
  name: 'no-empty-sid',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An empty `Sid` says nothing; give it a name or remove it.',
    why: 'The Sid is optional; an empty one identifies nothing and is often a template left unfinished (Access Analyzer: EMPTY_SID_VALUE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Sid": "", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Sid": "ReadObjects", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}\n' }],
    fixSafety: 'Removing an empty Sid is safe: it has no effect.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html'],
  },
  messages: {
    empty: 'The Sid is empty.',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      const v = s.sid?.value;
      if (v?.type !== 'string' || v.value !== '') continue;
      ctx.report({ node: v, messageId: 'empty', fixes: [{ title: 'Remove the empty Sid', safety: 'safe', preferred: true, edits: [removeProperty(ctx.doc, s.sid!, flavorOf(ctx.doc, ctx.unit))] }] });
    }
  },
});
