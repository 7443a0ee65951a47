// IAM417 UNTRUSTWORTHY_CONDITION_KEY: access decided by a value the caller chooses.

import { grantsWhenMatching } from '../../iam/conditions';
import { CALLER_SET_KEYS } from '../../iam/knowledge';
import { entriesWithKey } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM417',
  name: 'no-caller-set-condition-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: "Don't grant access on `aws:Referer` or `aws:UserAgent`: the caller sets them.",
    why: 'Any client can send any Referer or User-Agent header, so a condition on them keeps out only honest callers (Access Analyzer: UNTRUSTWORTHY_CONDITION_KEY). Use them for analytics, not access control; scope with principals, `aws:SourceVpce`, `aws:SourceArn` or signed URLs.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*", "Condition": { "StringLike": { "aws:Referer": "https://www.example.com/*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*", "Condition": { "StringEquals": { "aws:SourceVpce": "vpce-1a2b3c4d" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-referer'],
  },
  messages: {
    untrusted: "'{{key}}' is set by the caller, so it does not prove who is calling.",
  },
  check(ctx) {
    for (const e of entriesWithKey(ctx, CALLER_SET_KEYS)) {
      if (e.operator?.base.family === 'Null' || !grantsWhenMatching(e)) continue;
      ctx.report({ node: e.keyProp.key, messageId: 'untrusted', data: { key: e.key } });
    }
  },
});
