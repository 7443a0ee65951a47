// IAM111 UNSUPPORTED_SID: IAM accepts only ASCII letters and digits in a Sid. Services that validate
// their own resource policies (S3, SQS, SNS, ...) accept more, so there it is a warning.

import { flavorOf, replaceStringContent } from '../fixes';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

const SERVICE_VALIDATED = new Set(['resource', 'endpoint']);

export default defineRule({
  id: 'IAM111',
  name: 'valid-sid',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A `Sid` may contain only ASCII letters and digits.',
    why: 'IAM and AWS Organizations reject a Sid with spaces, hyphens, underscores or other characters (Access Analyzer: UNSUPPORTED_SID). Services that store their own resource policies (S3, SQS, SNS) accept more characters, so in resource policies this is a warning: the policy would fail if it were ever reused as an identity policy.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Sid": "Read-only access", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Sid": "ReadOnlyAccess2", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}\n' }],
    fixSafety: 'Removing the other characters is safe: the Sid has no effect on what the policy allows. Check that nothing refers to the old Sid.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html'],
  },
  messages: {
    invalid: "Sid '{{sid}}' contains characters other than A-Z, a-z and 0-9.",
  },
  check(ctx) {
    const lenient = ctx.unit.policyType !== undefined && SERVICE_VALIDATED.has(ctx.unit.policyType);
    for (const s of statementsOf(ctx)) {
      const v = s.sid?.value;
      if (v?.type !== 'string' || ctx.isPlaceholder(v) || /^[A-Za-z0-9]*$/.test(v.value)) continue;
      const fixed = v.value.replace(/[^A-Za-z0-9]/g, '');
      ctx.report({
        node: v,
        messageId: 'invalid',
        data: { sid: v.value },
        severity: lenient ? 'warning' : undefined,
        fixes: fixed === '' ? undefined : [{ title: `Change the Sid to '${fixed}'`, safety: 'safe', preferred: true, edits: [replaceStringContent(v, fixed, flavorOf(ctx.doc, ctx.unit))] }],
      });
    }
  },
});
