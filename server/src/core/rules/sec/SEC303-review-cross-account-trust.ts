// SEC303 ASSUMABLE_CROSS_ACCOUNT: a trust policy trusts principals of an account named literally.

import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { principalAccount } from '../shared/trust';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC303',
  name: 'review-cross-account-trust',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'info',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'A trust policy names an account by its ID: principals of that account can assume the role.',
    why: 'Cross-account trust is common and often intended (a CI account, a security-tooling vendor), but every trusted account is a way in. Make sure each account ID is one of yours or a known partner; trusting the account root (`arn:aws:iam::ID:root` or the bare ID) delegates the decision to that account\'s IAM administrators. In templates, `${AWS::AccountId}` (the stack\'s own account) is not reported.',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::444455556666:root" }, "Action": "sts:AssumeRole" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_aws-accounts.html', 'https://github.com/fwdcloudsec/known_aws_accounts'],
  },
  messages: {
    crossAccount: 'Principals of account {{account}} can assume this role: make sure it is one of your accounts or a known partner.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const s of statementModels(policy)) {
      if (s.effect !== 'Allow' || s.principals === undefined || s.principals.negated) continue;
      for (const e of s.principals.entries) {
        const account = principalAccount(e);
        if (account !== undefined) ctx.report({ node: e.node, messageId: 'crossAccount', data: { account } });
      }
    }
  },
});
