// IAM131 MISSING_QUOTE_IN_VARIABLE: a variable's default value must be in single quotes.

import { stringRange } from '../../parse/tree';
import { flavorOf } from '../fixes';
import { variableUses } from '../shared/variables';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM131',
  name: 'valid-variable-default',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: "A policy variable's default value is written in single quotes: `${aws:PrincipalTag/team, 'none'}`.",
    why: 'IAM rejects a default value without single quotes (Access Analyzer: MISSING_QUOTE_IN_VARIABLE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/${aws:PrincipalTag/team, none}/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/${aws:PrincipalTag/team, \'none\'}/*" }]\n}\n' }],
    fixSafety: 'Quoting the default value is safe: it is what the author wrote, in the syntax IAM accepts.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-default-values'],
  },
  messages: {
    unquoted: "The default value in '{{text}}' must be in single quotes: '{{fixed}}'.",
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const u of variableUses(ctx)) {
      const v = u.variable;
      if (v.problem !== 'missingQuote' || v.defaultValue === undefined) continue;
      const bare = v.defaultValue.replace(/^'|'$/g, '');
      const fixed = `\${${v.name}, '${bare}'}`;
      const r = stringRange(u.node, v.start, v.length);
      const text = flavor === 'json' ? JSON.stringify(fixed).slice(1, -1) : fixed;
      ctx.report({ range: u.range, messageId: 'unquoted', data: { text: v.text, fixed }, fixes: [{ title: `Write ${fixed}`, safety: 'safe', preferred: true, edits: [{ offset: r.offset, length: r.length, newText: text }] }] });
    }
  },
});
