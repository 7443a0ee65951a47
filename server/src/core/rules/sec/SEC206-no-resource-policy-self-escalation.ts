// SEC206 RESOURCE_POLICY_SELF_ESCALATION: a resource policy denies something to a principal but allows
// it to rewrite the policy, so the principal can remove the Deny.

import { Reasoner, principalOverlap } from '../../iam/coverage';
import { statementModels, statementRelated } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { deniedEverywhere, grantNode } from '../../iam/risk';
import { defineRule } from '../types';

/** Actions that replace or edit a resource's own policy. */
const REWRITE_ACTIONS = [
  's3:PutBucketPolicy', 's3:DeleteBucketPolicy', 'sqs:SetQueueAttributes', 'sqs:AddPermission', 'sqs:RemovePermission', 'sns:SetTopicAttributes',
  'sns:AddPermission', 'sns:RemovePermission', 'kms:PutKeyPolicy', 'secretsmanager:PutResourcePolicy', 'secretsmanager:DeleteResourcePolicy',
  'lambda:AddPermission', 'lambda:RemovePermission', 'ecr:SetRepositoryPolicy', 'ecr:DeleteRepositoryPolicy', 'glacier:SetVaultAccessPolicy',
  'logs:PutResourcePolicy', 'logs:DeleteResourcePolicy', 'backup:PutBackupVaultAccessPolicy', 'elasticfilesystem:PutFileSystemPolicy',
  'events:PutPermission', 'events:RemovePermission', 'es:UpdateDomainConfig', 'es:UpdateElasticsearchDomainConfig', 'apigateway:UpdateRestApiPolicy',
];

export default defineRule({
  id: 'SEC206',
  name: 'no-resource-policy-self-escalation',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'A resource policy that denies a principal something but lets it rewrite the policy does not hold: the principal can remove the Deny.',
    why: 'A bucket policy that denies `s3:Delete*` to a role but allows it `s3:*` (which includes `s3:PutBucketPolicy`) protects nothing: the role can replace the policy with one without the Deny, then delete. Deny the policy-editing actions too, or do not grant them. parliament reports this as RESOURCE_POLICY_PRIVILEGE_ESCALATION.',
    invalid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/app" }, "Action": "s3:*", "Resource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"] },\n    { "Sid": "NoDeletes", "Effect": "Deny", "Principal": { "AWS": "arn:aws:iam::111122223333:role/app" }, "Action": "s3:Delete*", "Resource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"] }\n  ]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/app" }, "Action": "s3:*", "Resource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"] },\n    { "Effect": "Deny", "Principal": { "AWS": "arn:aws:iam::111122223333:role/app" }, "Action": ["s3:Delete*", "s3:PutBucketPolicy"], "Resource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"] }\n  ]\n}\n' }],
    references: ['https://github.com/duo-labs/parliament'],
  },
  messages: {
    selfEscalation: '{{action}} lets these principals rewrite this policy, including Deny statement {{deny}} that restricts them.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const statements = statementModels(policy);
    // Only Deny statements that can be read: an unknown Action or Principal says nothing about who is restricted.
    const denyList = statements.filter((s) => s.effect === 'Deny' && s.actions !== undefined && !s.actions.unknown && s.principals?.unknown !== true);
    if (denyList.length === 0) return;
    const r = new Reasoner(ctx.services.catalog);
    for (const s of statements) {
      if (s.effect !== 'Allow') continue;
      const deny = denyList.find((d) => principalOverlap(s.principals, d.principals));
      if (deny === undefined) continue;
      for (const action of REWRITE_ACTIONS) {
        const range = grantNode(s, action);
        if (range === undefined || deniedEverywhere(r, statements, s, action)) continue;
        ctx.report({ range, messageId: 'selfEscalation', data: { action, deny: deny.label }, related: [statementRelated(deny, `Deny statement ${deny.label}`)] });
        break;
      }
    }
  },
});
