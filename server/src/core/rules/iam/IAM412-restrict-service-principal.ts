// IAM412 RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL: a resource policy grants a service principal without
// naming the resource or account it acts for (the confused-deputy problem).

import { conditionEntries, effectOf } from '../../iam/conditions';
import { SOURCE_KEYS, keyIn } from '../../iam/knowledge';
import { statementsOf } from '../shared/iam';
import { servicePrincipals } from '../shared/service-principals';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM412',
  name: 'restrict-service-principal',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource'],
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: 'Grants to a service principal in a resource policy should be scoped with `aws:SourceArn`, `aws:SourceAccount`, `aws:SourceOrgID` or `aws:SourceOrgPaths`.',
    why: 'A service principal such as `sns.amazonaws.com` acts for every customer of the service. Without a source condition, another account can make the service use your resource (the confused-deputy problem) (Access Analyzer: RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "sns.amazonaws.com" }, "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:queue" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "sns.amazonaws.com" }, "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:queue", "Condition": { "ArnEquals": { "aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:topic" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'],
  },
  messages: {
    unrestricted: "'{{service}}' is granted access without an aws:SourceArn, aws:SourceAccount, aws:SourceOrgID or aws:SourceOrgPaths condition.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      if (effectOf(s) !== 'Allow') continue;
      const services = servicePrincipals(s);
      if (services.length === 0) continue;
      if (conditionEntries(s).some((e) => keyIn(SOURCE_KEYS, e.key))) continue;
      for (const p of services) ctx.report({ node: p.node, messageId: 'unrestricted', data: { service: p.value } });
    }
  },
});
