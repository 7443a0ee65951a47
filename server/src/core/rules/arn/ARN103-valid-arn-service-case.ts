// ARN103 INVALID_ARN_SERVICE_CASE: the service field of an ARN is not lower case.

import { hasVariable } from '../../iam/arn';
import { fieldRange, resourceEntries, statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { defineRule } from '../types';

export default defineRule({
  id: 'ARN103',
  name: 'valid-arn-service-case',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'The service field of an ARN is lower case (`arn:aws:s3:::bucket`, not `arn:aws:S3:::bucket`).',
    why: 'ARN matching is case-sensitive, and every service writes its name in lower case in its ARNs, so `arn:aws:S3:::bucket` matches nothing. Access Analyzer reports it as INVALID_ARN_SERVICE_CASE.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:S3:::example-bucket" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::example-bucket" }]\n}\n' }],
    fixSafety: 'Lower-casing the service is safe: the ARN as written matches no resource.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html'],
  },
  messages: {
    notLower: "The service '{{service}}' in an ARN is written in lower case: '{{lower}}'.",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const e of resourceEntries(statementModels(policy))) {
      if (e.fields.length < 3 || e.fields[0].text !== 'arn') continue;
      const service = e.fields[2].text;
      if (hasVariable(service) || service === service.toLowerCase()) continue;
      const range = fieldRange(e, 2);
      ctx.report({
        range,
        messageId: 'notLower',
        data: { service, lower: service.toLowerCase() },
        fixes: [{ title: `Write '${service.toLowerCase()}'`, safety: 'safe', preferred: true, edits: [{ ...range, newText: service.toLowerCase() }] }],
      });
    }
  },
});
