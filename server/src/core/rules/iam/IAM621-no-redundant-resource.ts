// IAM621 REDUNDANT_RESOURCE: a resource already matched by another entry of the same list.

import { reportRedundantItems } from '../shared/redundant-items';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM621',
  name: 'no-redundant-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Remove resources that another entry of the same list already matches (`bucket/logs/*` next to `bucket/*`).',
    why: 'A covered ARN adds nothing and makes the policy longer and harder to review (Access Analyzer: REDUNDANT_RESOURCE). ARNs are compared case-sensitively, as IAM does.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": ["arn:aws:s3:::amzn-s3-demo-bucket/*", "arn:aws:s3:::amzn-s3-demo-bucket/logs/*"] }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": ["arn:aws:s3:::amzn-s3-demo-bucket/logs/*", "arn:aws:s3:::amzn-s3-demo-bucket/reports/*"] }]\n}\n' }],
    fixSafety: 'Removing a resource another entry already matches does not change what the statement covers, so the fix is safe.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html'],
  },
  messages: {
    covered: "'{{item}}' is already matched by '{{by}}'.",
    duplicate: "'{{item}}' is listed twice.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      reportRedundantItems(ctx, s.resource, false);
      reportRedundantItems(ctx, s.notResource, false);
    }
  },
});
