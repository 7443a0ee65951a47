// IAM413 RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL: network or referer keys used to scope a
// service principal, which they cannot.

import { conditionEntries } from '../../iam/conditions';
import { keyIn } from '../../iam/knowledge';
import { statementsOf } from '../shared/iam';
import { servicePrincipals } from '../shared/service-principals';
import { defineRule } from '../types';

const WEAK_KEYS = ['aws:Referer', 'aws:SourceIp', 'aws:SourceVpc', 'aws:SourceVpce'];

export default defineRule({
  id: 'IAM413',
  name: 'prefer-source-keys-for-service-principal',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Scope service principals with `aws:SourceArn`/`aws:SourceAccount`, not `aws:Referer` or network keys.',
    why: 'A service principal calls from the AWS network on behalf of a resource: `aws:Referer` is caller-supplied and the network keys do not describe the service\'s call. `aws:SourceArn` and `aws:SourceAccount` name the resource it acts for (Access Analyzer: RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "cloudfront.amazonaws.com" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*", "Condition": { "StringLike": { "aws:Referer": "https://example.com/*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "cloudfront.amazonaws.com" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*", "Condition": { "StringEquals": { "aws:SourceArn": "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'],
  },
  messages: {
    weak: "'{{key}}' does not scope a service principal; use aws:SourceArn or aws:SourceAccount.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      if (servicePrincipals(s).length === 0) continue;
      for (const e of conditionEntries(s)) if (keyIn(WEAK_KEYS, e.key)) ctx.report({ node: e.keyProp.key, messageId: 'weak', data: { key: e.key } });
    }
  },
});
