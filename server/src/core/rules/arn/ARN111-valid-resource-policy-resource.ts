// ARN111 RESOURCE_POLICY_RESOURCE_NOT_ARN: in a resource-based policy, Resource is an ARN or `*`; in an
// S3 bucket policy it is an ARN (S3 rejects `*`).

import { isDocPlaceholder, mayBeArn } from '../../iam/arn';
import { resourceEntries, statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { isUniversal } from '../../iam/patterns';
import { defineRule } from '../types';
import { reportRefsNotArn } from '../shared/ref-not-arn';

export default defineRule({
  id: 'ARN111',
  name: 'valid-resource-policy-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'In a resource-based policy, `Resource` is an ARN or `*`; in an S3 bucket policy it is the bucket\'s ARN (or an ARN below it).',
    why: 'Services read the Resource of their resource-based policies as ARNs: a queue URL, a bucket name or a topic name is rejected or matches nothing. In templates, `!Ref` of a bucket or a queue returns its name or URL, not its ARN. S3 additionally rejects `"Resource": "*"` in a bucket policy ("Policy has invalid resource"): it must name the bucket and its objects. cfn-lint reports these as E3514.',
    invalid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Principal": { "AWS": "arn:aws:iam::111122223333:root" },\n    "Action": "sqs:SendMessage",\n    "Resource": "https://sqs.us-east-1.amazonaws.com/444455556666/orders"\n  }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Principal": { "AWS": "arn:aws:iam::111122223333:root" },\n    "Action": "sqs:SendMessage",\n    "Resource": "arn:aws:sqs:us-east-1:444455556666:orders"\n  }]\n}\n' }],
    fixSafety: 'Replacing `!Ref X` by `!GetAtt X.Arn`, where `Ref` returns a name or URL, is safe: the value as written matches no resource.',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html'],
  },
  messages: {
    notArn: "'{{value}}' is not an ARN: a resource-based policy's Resource is an ARN or \"*\".",
    refNotArn: "Ref of {{type}} '{{resource}}' returns its {{returns}}, not its ARN, so this Resource matches nothing; use !GetAtt {{resource}}.Arn.",
    placeholder: "'{{value}}' looks like a placeholder from an example: replace it with the resource's ARN.",
    starInBucketPolicy: 'An S3 bucket policy cannot use "Resource": "*": name the bucket (arn:aws:s3:::bucket) and its objects (arn:aws:s3:::bucket/*).',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const bucketPolicy = ctx.unit.context.policyResource === 'AWS::S3::Bucket';
    reportRefsNotArn(ctx);
    for (const e of resourceEntries(statementModels(policy))) {
      const text = e.arn.text;
      if (isUniversal(text)) {
        if (bucketPolicy) ctx.report({ range: e.arn.range(0, text.length), messageId: 'starInBucketPolicy' });
        continue;
      }
      if (mayBeArn(text)) continue;
      // API Gateway resource policies may write `execute-api:/stage/METHOD/path`; API Gateway expands
      // it to the API's ARN (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-resource-policies-examples.html).
      if (text.startsWith('execute-api:/')) continue;
      if (isDocPlaceholder(text)) {
        ctx.report({ range: e.arn.range(0, text.length), messageId: 'placeholder', data: { value: text }, severity: 'info' });
        continue;
      }
      ctx.report({ range: e.arn.range(0, text.length), messageId: 'notArn', data: { value: text } });
    }
  },
});
