// SEC205 INFRASTRUCTURE_MODIFICATION: Write, Permissions management or Tagging actions allowed on every resource without a restricting condition.

import { Reasoner } from '../../iam/coverage';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { listText } from '../../iam/precedence';
import { levelGrants } from '../shared/sec';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC205',
  name: 'no-infrastructure-modification',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'info',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'Actions that modify resources (Write, Permissions management, Tagging access levels) are allowed on every resource without a restricting condition.',
    why: 'A principal that may modify every resource of a service can disrupt workloads it has nothing to do with. Scope write access to the resources the workload owns, or condition it (for example on a resource tag). Statements with a restricting condition are not reported.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "dynamodb:DeleteTable", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "dynamodb:DeleteTable", "Resource": "*", "Condition": { "StringEquals": { "aws:ResourceTag/team": "web" } } }]\n}\n' }],
    references: ['https://cloudsplaining.readthedocs.io/en/latest/glossary/infrastructure-modification/'],
  },
  messages: {
    modification: "'{{entry}}' allows {{count}} action{{s}} modifying resources, on every resource and without a restricting condition ({{examples}}).",
  },
  check(ctx) {
    const catalog = ctx.services.catalog;
    const policy = policyView(ctx.unit.root);
    if (catalog === undefined || policy === undefined) return;
    const r = new Reasoner(catalog);
    for (const g of levelGrants(r, catalog, statementModels(policy), ['Write', 'Permissions management', 'Tagging'])) {
      const n = g.actions.length;
      ctx.report({ range: g.range, messageId: 'modification', data: { entry: g.entry, count: n, s: n === 1 ? '' : 's', examples: listText(g.actions) } });
    }
  },
});
