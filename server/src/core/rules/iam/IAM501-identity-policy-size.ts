// IAM501 POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA: identity policies, boundaries and session policies
// over their character quota.

import { checkQuota, Quota } from '../shared/size';
import { getValue } from '../../parse/tree';
import { defineRule } from '../types';

/** IAM quotas (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html). */
const MANAGED: Quota = { limit: 6144, unit: 'characters', what: 'managed policy' };
const ROLE_INLINE: Quota = { limit: 10240, unit: 'characters', what: "role's inline policies (all together)" };
const USER_INLINE: Quota = { limit: 2048, unit: 'characters', what: "user's inline policies (all together)" };
const GROUP_INLINE: Quota = { limit: 5120, unit: 'characters', what: "group's inline policies (all together)" };
const SESSION: Quota = { limit: 2048, unit: 'characters', what: 'session policy' };

export default defineRule({
  id: 'IAM501',
  name: 'identity-policy-size',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'boundary', 'session'],
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Identity policies must fit IAM\'s size quotas: managed 6,144 characters; inline 10,240 (role), 5,120 (group), 2,048 (user); session policies 2,048.',
    why: 'IAM rejects a policy over its quota (whitespace is not counted) at deploy time (Access Analyzer: POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA). Inline quotas are per principal, for all its inline policies together, so a policy under the limit can still fail next to others. Split the policy, or use wildcards and managed policies.',
    invalid: [{ format: 'json', kind: 'iam-session-policy', code: `{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": [${Array.from({ length: 60 }, (_, i) => `"arn:aws:s3:::amzn-s3-demo-bucket/reports/${String(i).padStart(2, '0')}/*"`).join(', ')}] }]\n}\n` }],
    valid: [{ format: 'json', kind: 'iam-session-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/reports/*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length'],
  },
  messages: {
    tooLarge: 'This policy is {{size}} {{unit}} without whitespace; the {{what}} quota is {{limit}}.',
  },
  check(ctx) {
    if (ctx.unit.policyType === 'session') return checkQuota(ctx, SESSION);
    switch (ctx.unit.context.resourceType) {
      case 'AWS::IAM::Role':
      case 'AWS::IAM::RolePolicy':
      case 'AWS::Serverless::Function':
      case 'AWS::Serverless::StateMachine':
        return checkQuota(ctx, ROLE_INLINE);
      case 'AWS::IAM::User':
      case 'AWS::IAM::UserPolicy':
        return checkQuota(ctx, USER_INLINE);
      case 'AWS::IAM::Group':
      case 'AWS::IAM::GroupPolicy':
        return checkQuota(ctx, GROUP_INLINE);
      case 'AWS::IAM::Policy': {
        const props = ctx.unit.resource?.properties;
        return checkQuota(ctx, getValue(props, 'Users') !== undefined ? USER_INLINE : getValue(props, 'Groups') !== undefined ? GROUP_INLINE : ROLE_INLINE);
      }
      case 'AWS::SSO::PermissionSet':
        return;
      default:
        return checkQuota(ctx, MANAGED);
    }
  },
});
