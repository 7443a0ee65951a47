// SEC204 RESOURCE_EXPOSURE: permissions-management actions allowed on every resource without a restricting condition.

import { Reasoner } from '../../iam/coverage';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { listText } from '../../iam/precedence';
import { levelGrants } from '../shared/sec';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC204',
  name: 'no-resource-exposure',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'Actions at the Permissions management access level (bucket policies, key policies, IAM) are allowed on every resource without a restricting condition.',
    why: 'Permissions-management actions change who can access a resource: `s3:PutBucketPolicy` can make a bucket public, `kms:PutKeyPolicy` can hand a key to another account, `iam:AttachRolePolicy` can grant administrator access. The access levels come from the bundled Service Authorization Reference, so the list is complete for today\'s actions.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:PutBucketPolicy", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:PutBucketPolicy", "Resource": "arn:aws:s3:::team-bucket" }]\n}\n' }],
    references: ['https://cloudsplaining.readthedocs.io/en/latest/glossary/resource-exposure/', 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_understand-policy-summary-access-level-summaries.html'],
  },
  messages: {
    exposure: "'{{entry}}' allows {{count}} permissions-management action{{s}} on every resource without a restricting condition ({{examples}}): {{they}} who can access resources.",
  },
  check(ctx) {
    const catalog = ctx.services.catalog;
    const policy = policyView(ctx.unit.root);
    if (catalog === undefined || policy === undefined) return;
    const r = new Reasoner(catalog);
    for (const g of levelGrants(r, catalog, statementModels(policy), ['Permissions management'])) {
      const n = g.actions.length;
      ctx.report({ range: g.range, messageId: 'exposure', data: { entry: g.entry, count: n, s: n === 1 ? '' : 's', examples: listText(g.actions), they: n === 1 ? 'it changes' : 'they change' } });
    }
  },
});
