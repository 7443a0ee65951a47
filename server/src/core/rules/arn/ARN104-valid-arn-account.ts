// ARN104 INVALID_ARN_ACCOUNT: the account field of an ARN is not a 12-digit account ID.

import { isDocPlaceholder, plausibleAccount } from '../../iam/arn';
import { fieldRange, resourceEntries, statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { defineRule } from '../types';

export default defineRule({
  id: 'ARN104',
  name: 'valid-arn-account',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'The account field of an ARN is empty, a 12-digit account ID, `aws` (AWS-owned resources) or a wildcard.',
    why: 'An account ID has exactly 12 digits (leading zeros included). An alias, an account name or an ID with a digit missing matches no resource, so the statement silently does nothing. Access Analyzer reports it as INVALID_ARN_ACCOUNT.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:production:orders" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:orders" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html', 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html'],
  },
  messages: {
    invalid: "'{{account}}' is not an account ID: the account field of an ARN is 12 digits.",
    placeholder: "'{{account}}' looks like a placeholder from an example: replace it with a 12-digit account ID.",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const e of resourceEntries(statementModels(policy))) {
      if (e.fields.length < 6 || e.fields[0].text !== 'arn') continue;
      const account = e.fields[4].text;
      if (account === '' || plausibleAccount(account)) continue;
      if (isDocPlaceholder(account, 'account')) ctx.report({ range: fieldRange(e, 4), messageId: 'placeholder', data: { account }, severity: 'info' });
      else ctx.report({ range: fieldRange(e, 4), messageId: 'invalid', data: { account } });
    }
  },
});
