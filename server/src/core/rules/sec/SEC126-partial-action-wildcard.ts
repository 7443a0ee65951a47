// SEC126 PARTIAL_ACTION_WILDCARD: a partial wildcard (`s3:Get*`) shown with what it expands to today.

import { ACCESS_LEVELS } from '../../iam/catalog';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { isPartialWildcard } from '../shared/sec';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC126',
  name: 'partial-action-wildcard',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'hint',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'A partial action wildcard (`s3:Get*`, `ec2:Describe*`) is shown with how many actions it matches today, by access level.',
    why: 'Partial wildcards are a reasonable way to grant a family of actions, but they grow when AWS adds actions (`s3:Get*` gained object-lock, legal-hold and intelligent-tiering reads over the years). Seeing the expansion helps decide whether the wildcard still means what its author intended. This is a hint, not a problem.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sqs:Get*", "Resource": "arn:aws:sqs:us-east-1:111122223333:orders" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sqs:GetQueueUrl", "Resource": "arn:aws:sqs:us-east-1:111122223333:orders" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html'],
  },
  messages: {
    expansion: "'{{entry}}' matches {{count}} actions today ({{levels}}).",
  },
  check(ctx) {
    const catalog = ctx.services.catalog;
    const policy = policyView(ctx.unit.root);
    if (catalog === undefined || policy === undefined) return;
    for (const s of statementModels(policy)) {
      if (s.effect !== 'Allow' || s.actions === undefined || s.actions.negated) continue;
      for (const item of s.actions.items) {
        if (!isPartialWildcard(item.pattern)) continue;
        const actions = catalog.matchActions(item.pattern);
        if (actions.length === 0) continue;
        const levels = ACCESS_LEVELS.map((l) => [l, actions.filter((a) => a.accessLevel === l).length] as const).filter(([, n]) => n > 0).map(([l, n]) => `${n} ${l}`);
        ctx.report({ node: item.node, messageId: 'expansion', data: { entry: item.text, count: actions.length, levels: levels.join(', ') } });
      }
    }
  },
});
