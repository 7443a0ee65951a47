// IAM216 DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: a tag condition key in a Deny statement with NotAction.

import { listServices, tagKeyUses } from '../shared/tag-keys';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM216',
  name: 'deny-not-action-tag-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: 'A Deny with NotAction and a tag key leaves every service that does not support the key undenied.',
    why: 'NotAction reaches the actions of every service, many of which do not support `aws:ResourceTag`, `aws:RequestTag` or `aws:TagKeys`: for them the condition never matches, so the Deny does not apply (Access Analyzer: DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "NotAction": "iam:*", "Resource": "*", "Condition": { "StringNotEquals": { "aws:ResourceTag/team": "ops" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "NotAction": "iam:*", "Resource": "*", "Condition": { "StringNotEquals": { "aws:PrincipalTag/team": "ops" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html'],
  },
  messages: {
    unsupported: "NotAction also covers services that do not support '{{key}}'; this Deny never applies to their actions.",
  },
  check(ctx) {
    for (const u of tagKeyUses(ctx, 'Deny', true)) ctx.report({ node: u.entry.keyProp.key, messageId: 'unsupported', data: { key: u.entry.key, services: listServices(u.unsupported) } });
  },
});
