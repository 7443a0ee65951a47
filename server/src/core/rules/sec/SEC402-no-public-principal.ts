// SEC402 PUBLIC_PRINCIPAL: a resource policy allows everyone (`"*"`, `{"AWS": "*"}`) with no condition or
// Deny narrowing who.

import { Reasoner } from '../../iam/coverage';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { listText } from '../../iam/precedence';
import { openToEveryone } from '../shared/trust';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC402',
  name: 'no-public-principal',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'A resource policy that allows `"Principal": "*"` without a condition on who (or a Deny that keeps others out) makes the resource public.',
    why: 'With a wildcard principal, anyone (any AWS account, and for S3 anonymous users too) can call the allowed actions. A condition such as `aws:PrincipalOrgID`, `aws:SourceArn`, `aws:SourceAccount` or `aws:SourceVpce` narrows it back, and so does a Deny with `StringNotEquals aws:PrincipalOrgID`: both clear the finding. Pattern-only checks (the Guard rules) ignore these conditions.',
    invalid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:orders" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:orders", "Condition": { "ArnEquals": { "aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:events" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-resources.html'],
  },
  messages: {
    public: 'Anyone can call {{actions}} on this resource: add a condition on who (aws:PrincipalOrgID, aws:SourceArn, aws:SourceAccount) or name the principals.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const statements = statementModels(policy);
    for (const { statement: s, entries, narrowed } of openToEveryone(new Reasoner(ctx.services.catalog), statements)) {
      if (narrowed !== undefined) continue;
      const actions = s.actions === undefined ? ['every action'] : s.actions.negated ? ['every action except some'] : s.actions.items.map((i) => i.text);
      for (const e of entries) ctx.report({ node: e.node, messageId: 'public', data: { actions: listText(actions) } });
    }
  },
});
