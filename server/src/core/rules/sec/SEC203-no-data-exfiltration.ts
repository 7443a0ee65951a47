// SEC203 DATA_EXFILTRATION: reads that move data out (objects, parameters, secrets, snapshots), allowed on every resource.

import { Reasoner } from '../../iam/coverage';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { listText } from '../../iam/precedence';
import { EXFILTRATION_ACTIONS } from '../../iam/risk';
import { unconstrainedGrantsOf } from '../shared/sec';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC203',
  name: 'no-data-exfiltration',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'info',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: '`s3:GetObject`, `ssm:GetParameter*`, `secretsmanager:GetSecretValue` or RDS snapshot copies are allowed on every resource without a restricting condition.',
    why: 'These reads return the data itself (objects, parameters, secrets, database copies). On `"*"` they reach every bucket, parameter and secret the account holds, and those shared with it. Name the buckets, parameter paths and secrets the workload reads.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": "arn:aws:secretsmanager:us-east-1:111122223333:secret:app/*" }]\n}\n' }],
    references: ['https://cloudsplaining.readthedocs.io/en/latest/glossary/data-exfiltration/'],
  },
  messages: {
    exfiltration: "Allows {{actions}} on every resource without a restricting condition: {{they}} data out.",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const r = new Reasoner(ctx.services.catalog);
    for (const g of unconstrainedGrantsOf(r, statementModels(policy), EXFILTRATION_ACTIONS)) {
      ctx.report({ range: g.range, messageId: 'exfiltration', data: { entry: g.entry, actions: listText(g.actions), they: g.actions.length === 1 ? 'it reads' : 'they read' } });
    }
  },
});
