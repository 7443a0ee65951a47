// IAM410 INVALID_SERVICE_PRINCIPAL_FORMAT: keys that take a service principal name, and
// `kms:ViaService`, which takes `service.region.amazonaws.com`.

import { SERVICE_PRINCIPAL_KEYS, isRegionalServiceName, isServicePrincipalName } from '../../iam/knowledge';
import { literalKeyValues } from '../shared/value-format';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM410',
  name: 'valid-service-principal-value',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Service-principal keys take names such as `lambda.amazonaws.com`; `kms:ViaService` takes `service.region.amazonaws.com`.',
    why: 'A bare service name (`lambda`), an ARN or a URL never matches these keys (Access Analyzer: INVALID_SERVICE_PRINCIPAL_FORMAT). `kms:ViaService` includes the Region: `s3.us-east-1.amazonaws.com`.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*", "Condition": { "StringEquals": { "kms:ViaService": "s3.amazonaws.com" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": ["kms:Decrypt", "iam:PassRole"], "Resource": "*", "Condition": { "StringEquals": { "kms:ViaService": "s3.us-east-1.amazonaws.com", "iam:PassedToService": "lambda.amazonaws.com" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalservicename'],
  },
  messages: {
    service: "'{{value}}' is not a service principal name (such as lambda.amazonaws.com).",
    viaService: "'{{value}}': kms:ViaService takes service.region.amazonaws.com (such as s3.us-east-1.amazonaws.com).",
  },
  check(ctx) {
    for (const v of literalKeyValues(ctx, SERVICE_PRINCIPAL_KEYS)) {
      if (!isServicePrincipalName(v.text)) ctx.report({ node: v.node, messageId: 'service', data: { value: v.text } });
    }
    for (const v of literalKeyValues(ctx, ['kms:ViaService'])) {
      if (!isRegionalServiceName(v.text)) ctx.report({ node: v.node, messageId: 'viaService', data: { value: v.text } });
    }
  },
});
