// IAM204 API_OPERATION_NOT_ACTION: an SDK/CLI operation name written where IAM expects an action.

import { flavorOf, replaceStringContent } from '../fixes';
import { actionEntries } from '../shared/actions';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM204',
  name: 'no-api-operation-as-action',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Use the IAM action that grants an API operation (`s3:ListBucket` for `ListObjectsV2`), not the operation\'s name.',
    why: 'Several API operations are authorized by an action with another name: `HeadObject` by `s3:GetObject`, `ListObjectsV2` by `s3:ListBucket`, multipart uploads by `s3:PutObject`, `lambda:Invoke` by `lambda:InvokeFunction`. The operation name is not an action, so the statement grants nothing; other linters only say "unknown action" (cfn-lint#4108, parliament#186).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListObjectsV2", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket" }]\n}\n' }],
    fixSafety: 'Replacing the operation with the action that grants it is what the author meant, but it changes what the statement grants (from nothing to the action), so it is a suggestion.',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html', 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html'],
  },
  messages: {
    operation: "'{{operation}}' is an API operation, not an IAM action; it is authorized by {{actions}}.",
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const { node, reading } of actionEntries(ctx)) {
      if (reading.kind !== 'operation') continue;
      const fixes = reading.actions.map((a) => ({ title: `Change to '${a}'`, safety: 'suggestion' as const, edits: [replaceStringContent(node, a, flavor)] }));
      ctx.report({ node, messageId: 'operation', data: { operation: node.value, actions: reading.actions.join(' and ') }, fixes });
    }
  },
});
