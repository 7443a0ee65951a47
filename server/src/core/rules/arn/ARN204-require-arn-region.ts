// ARN204 MISSING_ARN_REGION: the ARN has no Region, but every ARN format its resource part fits has one.

import { arnFormatIndex } from '../../iam/arn-formats';
import { fieldRange } from '../../iam/grants';
import { defineRule } from '../types';
import { arnFieldChecks } from '../shared/arn-fields';

export default defineRule({
  id: 'ARN204',
  name: 'require-arn-region',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'An ARN of a Regional resource names its Region (or `*`): `arn:aws:sqs:us-east-1:123456789012:queue`, not `arn:aws:sqs::123456789012:queue`.',
    why: 'Regional resources always have a Region in their ARN, and an empty Region field only matches an empty Region, so the statement matches nothing. Use `*` to mean every Region. Access Analyzer reports it as an error (MISSING_ARN_REGION); awspolicy warns, because the reference\'s formats do not describe every AWS-owned resource.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs::111122223333:orders" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:*:111122223333:orders" }]\n}\n' }],
    fixSafety: 'Writing `*` for the Region is a suggestion: it makes the statement match the resource in every Region, which the author may not want.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html'],
  },
  messages: {
    missing: '{{service}} ARNs of this kind ({{format}}) have a Region; this one has none, so it matches nothing.',
  },
  check(ctx) {
    const catalog = ctx.services.catalog;
    if (catalog === undefined) return;
    for (const c of arnFieldChecks(ctx, arnFormatIndex(catalog))) {
      if (c.fields[3].text !== '' || !c.candidates.every((f) => f.region !== 'none')) continue;
      const range = fieldRange(c.entry, 3);
      ctx.report({
        range,
        messageId: 'missing',
        data: { service: c.fields[2].text, format: c.candidates[0].format },
        fixes: [{ title: 'Match every Region (*)', safety: 'suggestion', edits: [{ offset: range.offset + 1, length: 0, newText: '*' }] }],
      });
    }
  },
});
