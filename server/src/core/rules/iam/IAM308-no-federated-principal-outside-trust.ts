// IAM308 FEDERATED_PRINCIPAL_NOT_SUPPORTED: federated principals (SAML, OIDC, web identity) only
// assume roles; other resource policies cannot name them.

import { principalValues } from '../../iam/principals';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM308',
  name: 'no-federated-principal-outside-trust',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource', 'rcp', 'endpoint'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`Federated` principals belong in role trust policies only.',
    why: 'A SAML or OIDC identity reaches AWS by assuming a role; it never calls a bucket or queue as itself, so a resource policy naming it is rejected (Access Analyzer: FEDERATED_PRINCIPAL_NOT_SUPPORTED). Grant the role the identity assumes instead.',
    invalid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "arn:aws:iam::111122223333:saml-provider/Corp" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/CorpSaml" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-federated-users'],
  },
  messages: {
    federated: "A federated principal ('{{value}}') is not supported in this policy; grant the role it assumes.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      for (const p of [...principalValues(s.principal), ...principalValues(s.notPrincipal)]) {
        if (p.key === 'Federated') ctx.report({ node: p.node, messageId: 'federated', data: { value: p.value } });
      }
    }
  },
});
