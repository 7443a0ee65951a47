// ARN102 MISSING_ARN_FIELD: an ARN with fewer than the six fields arn:partition:service:region:account:resource.

import { resourceEntries, statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { defineRule } from '../types';

export default defineRule({
  id: 'ARN102',
  name: 'require-arn-fields',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'An ARN has six colon-separated fields: `arn:partition:service:region:account:resource` (Region and account may be empty).',
    why: 'IAM compares ARNs field by field, and a wildcard never spans the colon between two fields, so an ARN with a field missing (`arn:aws:s3:bucket`, `arn:aws:iam:123456789012:role/x`) matches no resource. Empty Region or account fields still need their colons (`arn:aws:s3:::bucket`). Access Analyzer reports it as MISSING_ARN_FIELD.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:GetRole", "Resource": "arn:aws:iam:111122223333:role/app" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:GetRole", "Resource": "arn:aws:iam::111122223333:role/app" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html'],
  },
  messages: {
    missing: "'{{value}}' has {{count}} of the 6 ARN fields arn:partition:service:region:account:resource (empty fields keep their colons).",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const e of resourceEntries(statementModels(policy))) {
      const text = e.arn.text;
      if (e.fields.length >= 6 || e.fields[0].text !== 'arn') continue;
      // A `*` or a template placeholder may stand for several fields (colons included).
      if (text.includes('*') || text.includes('${')) continue;
      ctx.report({ range: e.arn.range(0, text.length), messageId: 'missing', data: { value: text, count: e.fields.length } });
    }
  },
});
