// SEC125 ALLOW_WITH_NOT_RESOURCE: Allow with NotResource grants the actions on every other resource.

import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC125',
  name: 'no-allow-not-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: '`Allow` with `NotResource` grants the actions on every resource the list does not name, in every account.',
    why: 'NotResource in an Allow grants the actions on everything else, including resources created later and resources in other accounts that trust the principal. It is meant for Deny statements. Name the resources to allow instead.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::secrets/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "NotResource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"] }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html'],
  },
  messages: {
    notResource: 'Allow with NotResource grants these actions on every resource not listed here, in every account; name the resources to allow.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const s of statementModels(policy)) {
      if (s.effect !== 'Allow' || s.resources === undefined || !s.resources.negated) continue;
      ctx.report({ node: s.resources.prop.key, messageId: 'notResource' });
    }
  },
});
