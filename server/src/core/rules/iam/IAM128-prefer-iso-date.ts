// IAM128 INVALID_DATE_VALUE: an epoch number in a Date condition, where an ISO 8601 date is clearer
// and cannot be mistaken for milliseconds.

import { parseDate } from '../../evaluator/conditions';
import { flavorOf, replaceNode, replaceStringContent, valueText } from '../fixes';
import { literalValuesOf } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM128',
  name: 'prefer-iso-date',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Write dates in Date conditions in ISO 8601, not as epoch numbers.',
    why: 'IAM reads a number in a Date condition as epoch seconds; a value in milliseconds (as many languages produce) is a date thousands of years away, so the condition silently never or always matches (Access Analyzer: INVALID_DATE_VALUE). `aws:EpochTime` is meant to be compared with epoch numbers and is not reported.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "DateLessThan": { "aws:CurrentTime": "1798761599" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "DateLessThan": { "aws:CurrentTime": "2026-12-31T23:59:59Z", "aws:EpochTime": "1798761599" } } }]\n}\n' }],
    fixSafety: 'The ISO 8601 form is the same instant, read as epoch seconds, so the rewrite is safe.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date'],
  },
  messages: {
    epoch: "'{{value}}' is an epoch number ({{iso}} if in seconds); write the date in ISO 8601.",
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const v of literalValuesOf(ctx, 'Date')) {
      if (v.entry.key.toLowerCase() === 'aws:epochtime' || !/^-?\d+(\.\d+)?$/.test(v.text.trim())) continue;
      const ms = parseDate(v.text);
      if (Number.isNaN(ms) || Math.abs(ms) > 8.64e15) continue;
      const iso = new Date(ms).toISOString().replace('.000Z', 'Z');
      const edit = v.node.type === 'string' ? replaceStringContent(v.node, iso, flavor) : replaceNode(v.node, valueText(iso, flavor));
      ctx.report({ node: v.node, messageId: 'epoch', data: { value: v.text, iso }, fixes: [{ title: `Write '${iso}'`, safety: 'safe', preferred: true, edits: [edit] }] });
    }
  },
});
