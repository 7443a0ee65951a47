// IAM217 ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: a tag condition key in an Allow statement with actions of services that do not support it.

import { listServices, tagKeyUses } from '../shared/tag-keys';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM217',
  name: 'allow-tag-key-supported-services',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An Allow conditioned on a tag key grants nothing for services that do not support that key.',
    why: 'Services that do not support `aws:ResourceTag`, `aws:RequestTag` or `aws:TagKeys` never include them in requests, so the Allow never applies to their actions (Access Analyzer: ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE). Move those actions to a statement without the tag condition.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": ["ec2:StartInstances", "cloudshell:CreateSession"], "Resource": "*", "Condition": { "StringEquals": { "aws:ResourceTag/team": "ops" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:StartInstances", "Resource": "*", "Condition": { "StringEquals": { "aws:ResourceTag/team": "ops" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html'],
  },
  messages: {
    unsupported: "'{{key}}' is not supported by {{services}}: this Allow grants none of their actions.",
  },
  check(ctx) {
    for (const u of tagKeyUses(ctx, 'Allow', false)) ctx.report({ node: u.entry.keyProp.key, messageId: 'unsupported', data: { key: u.entry.key, services: listServices(u.unsupported) } });
  },
});
