// IAM132 UNSUPPORTED_SPACE_IN_VARIABLE: spaces inside a variable's name.

import { flavorOf } from '../fixes';
import { variableUses } from '../shared/variables';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM132',
  name: 'no-space-in-variable',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A policy variable name contains no spaces: `${aws:username}`, not `${ aws:username }`.',
    why: 'IAM rejects spaces inside a variable name (Access Analyzer: UNSUPPORTED_SPACE_IN_VARIABLE). Only the default value, after the comma, may be separated by a space.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/${ aws:username }/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*" }]\n}\n' }],
    fixSafety: 'Removing the spaces is safe: variable names never contain spaces.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html'],
  },
  messages: {
    space: "The policy variable '{{text}}' has spaces in its name.",
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const u of variableUses(ctx)) {
      const v = u.variable;
      if (v.problem !== 'space') continue;
      const name = v.name.replace(/\s+/g, '');
      const fixed = v.defaultValue !== undefined ? `\${${name}, ${v.defaultValue}}` : `\${${name}}`;
      const text = flavor === 'json' ? JSON.stringify(fixed).slice(1, -1) : fixed;
      ctx.report({ range: u.range, messageId: 'space', data: { text: v.text }, fixes: [{ title: `Write ${fixed}`, safety: 'safe', preferred: true, edits: [{ offset: u.range.offset, length: u.range.length, newText: text }] }] });
    }
  },
});
