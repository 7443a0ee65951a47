// IAM215 DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: a tag condition key in a Deny statement with actions of services that do not support it.

import { listServices, tagKeyUses } from '../shared/tag-keys';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM215',
  name: 'deny-tag-key-supported-services',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: 'A Deny conditioned on a tag key does not apply to services that do not support that key.',
    why: 'Services that do not support `aws:ResourceTag`, `aws:RequestTag` or `aws:TagKeys` never include them in requests, so a Deny such as "deny unless tagged" silently lets their actions through (Access Analyzer: DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE). Deny those actions in a statement without the tag condition, or check the service pages.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": ["ec2:TerminateInstances", "cloudshell:DeleteEnvironment"], "Resource": "*", "Condition": { "StringNotEquals": { "aws:ResourceTag/team": "ops" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "ec2:TerminateInstances", "Resource": "*", "Condition": { "StringNotEquals": { "aws:ResourceTag/team": "ops" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html'],
  },
  messages: {
    unsupported: "'{{key}}' is not supported by {{services}}: this Deny never applies to their actions.",
  },
  check(ctx) {
    for (const u of tagKeyUses(ctx, 'Deny', false)) ctx.report({ node: u.entry.keyProp.key, messageId: 'unsupported', data: { key: u.entry.key, services: listServices(u.unsupported) } });
  },
});
