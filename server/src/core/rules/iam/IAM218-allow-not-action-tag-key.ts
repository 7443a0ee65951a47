// IAM218 ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: a tag condition key in an Allow statement with NotAction.

import { listServices, tagKeyUses } from '../shared/tag-keys';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM218',
  name: 'allow-not-action-tag-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An Allow with NotAction and a tag key grants only the actions of services that support the key.',
    why: 'NotAction reaches the actions of every service; for those that do not support `aws:ResourceTag`, `aws:RequestTag` or `aws:TagKeys` the condition never matches, so the Allow grants less than it seems (Access Analyzer: ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "NotAction": "iam:*", "Resource": "*", "Condition": { "StringEquals": { "aws:ResourceTag/team": "ops" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "NotAction": "iam:*", "Resource": "*", "Condition": { "StringEquals": { "aws:PrincipalTag/team": "ops" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html'],
  },
  messages: {
    unsupported: "NotAction also covers services that do not support '{{key}}'; this Allow grants only the actions of services that do.",
  },
  check(ctx) {
    for (const u of tagKeyUses(ctx, 'Allow', true)) ctx.report({ node: u.entry.keyProp.key, messageId: 'unsupported', data: { key: u.entry.key, services: listServices(u.unsupported) } });
  },
});
