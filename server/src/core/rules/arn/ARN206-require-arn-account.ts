// ARN206 MISSING_ARN_ACCOUNT: the ARN has no account, but every ARN format its resource part fits has one.

import { arnFormatIndex } from '../../iam/arn-formats';
import { fieldRange } from '../../iam/grants';
import { defineRule } from '../types';
import { arnFieldChecks } from '../shared/arn-fields';

/**
 * Whether a resource part may name AWS-owned resources, whose ARNs have no account: a name starting with
 * `AWS`/`aws`/`Amazon` (`document/AWS-RunShellScript`, `parameter/aws/service/...`) or with a wildcard.
 */
function mayBeAwsOwned(resource: string): boolean {
  const name = resource.replace(/^[A-Za-z-]+[/:]/, '');
  return /^([*?]|aws|amazon)/i.test(name);
}

export default defineRule({
  id: 'ARN206',
  name: 'require-arn-account',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'An ARN of a resource that belongs to an account names the account (or `*`): `arn:aws:iam::123456789012:role/app`, not `arn:aws:iam:::role/app`.',
    why: 'Most resources carry their account ID in their ARN, and an empty account field only matches an empty account, so the statement matches nothing. Use `*` to mean any account. AWS-owned resources are the exception: public SSM documents and parameters, AMIs and service-owned views have an empty account field, and the reference\'s formats do not say so; resource names that start with `AWS`, `aws`, `Amazon` or a wildcard are therefore not reported, and the rule warns where Access Analyzer reports an error (MISSING_ARN_ACCOUNT).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam:::role/app" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/app" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html'],
  },
  messages: {
    missing: '{{service}} ARNs of this kind ({{format}}) have an account ID; this one has none, so it matches nothing.',
  },
  check(ctx) {
    const catalog = ctx.services.catalog;
    if (catalog === undefined) return;
    for (const c of arnFieldChecks(ctx, arnFormatIndex(catalog))) {
      if (c.fields[4].text !== '' || !c.candidates.every((f) => f.account !== 'none')) continue;
      if (mayBeAwsOwned(c.fields[5].text)) continue;
      ctx.report({ range: fieldRange(c.entry, 4), messageId: 'missing', data: { service: c.fields[2].text, format: c.candidates[0].format } });
    }
  },
});
