// ARN205 ARN_REGION_NOT_ALLOWED: the ARN has a Region, but none of the ARN formats its resource part fits has one.

import { isOpenField } from '../../iam/arn';
import { arnFormatIndex } from '../../iam/arn-formats';
import { fieldRange } from '../../iam/grants';
import { defineRule } from '../types';
import { arnFieldChecks } from '../shared/arn-fields';

export default defineRule({
  id: 'ARN205',
  name: 'no-arn-region',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'ARNs of global resources (IAM roles, S3 buckets, Route 53 zones) have an empty Region field.',
    why: 'Global resources have no Region in their ARN: `arn:aws:iam::123456789012:role/app`, `arn:aws:s3:::bucket`. An ARN that names a Region for them matches no resource, so the statement silently does nothing. Access Analyzer reports it as ARN_REGION_NOT_ALLOWED.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:GetRole", "Resource": "arn:aws:iam:us-east-1:111122223333:role/app" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:GetRole", "Resource": "arn:aws:iam::111122223333:role/app" }]\n}\n' }],
    fixSafety: 'Removing the Region is a suggestion: it changes which resources the ARN matches (from none to the intended one).',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html'],
  },
  messages: {
    notAllowed: "{{service}} ARNs of this kind ({{format}}) have no Region; with '{{region}}' this one matches nothing.",
  },
  check(ctx) {
    const catalog = ctx.services.catalog;
    if (catalog === undefined) return;
    for (const c of arnFieldChecks(ctx, arnFormatIndex(catalog))) {
      const region = c.fields[3].text;
      // `${AWS::Region}` in a template always fills the field.
      if (region === '' || (isOpenField(region) && region !== '${AWS::Region}') || !c.candidates.every((f) => f.region === 'none')) continue;
      const range = fieldRange(c.entry, 3);
      ctx.report({
        range,
        messageId: 'notAllowed',
        data: { service: c.fields[2].text, format: c.candidates[0].format, region },
        fixes: [{ title: 'Remove the Region', safety: 'suggestion', edits: [{ ...range, newText: '' }] }],
      });
    }
  },
});
