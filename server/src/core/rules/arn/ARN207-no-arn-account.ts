// ARN207 ARN_ACCOUNT_NOT_ALLOWED: the ARN has an account, but none of the ARN formats its resource part fits has one.

import { isOpenField } from '../../iam/arn';
import { arnFormatIndex } from '../../iam/arn-formats';
import { fieldRange } from '../../iam/grants';
import { defineRule } from '../types';
import { arnFieldChecks } from '../shared/arn-fields';

export default defineRule({
  id: 'ARN207',
  name: 'no-arn-account',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'ARNs of resources without an account field (S3 buckets and objects, for example) leave it empty: `arn:aws:s3:::bucket`.',
    why: 'S3 bucket and object ARNs have neither Region nor account (`arn:aws:s3:::bucket/key`), because bucket names are global. An ARN that puts an account ID there matches no resource, so the statement silently does nothing; to restrict by account use the `aws:ResourceAccount` condition key. Access Analyzer reports it as ARN_ACCOUNT_NOT_ALLOWED.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3::111122223333:example-bucket/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-bucket/*" }]\n}\n' }],
    fixSafety: 'Removing the account is a suggestion: it changes which resources the ARN matches (from none to the intended one); add an `aws:ResourceAccount` condition to keep the account restriction.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-arn-format.html'],
  },
  messages: {
    notAllowed: "{{service}} ARNs of this kind ({{format}}) have no account ID; with '{{account}}' this one matches nothing.",
  },
  check(ctx) {
    const catalog = ctx.services.catalog;
    if (catalog === undefined) return;
    for (const c of arnFieldChecks(ctx, arnFormatIndex(catalog))) {
      const account = c.fields[4].text;
      // `${AWS::AccountId}` in a template always fills the field.
      if (account === '' || (isOpenField(account) && account !== '${AWS::AccountId}') || !c.candidates.every((f) => f.account === 'none')) continue;
      const range = fieldRange(c.entry, 4);
      ctx.report({
        range,
        messageId: 'notAllowed',
        data: { service: c.fields[2].text, format: c.candidates[0].format, account },
        fixes: [{ title: 'Remove the account ID', safety: 'suggestion', edits: [{ ...range, newText: '' }] }],
      });
    }
  },
});
