// SEC120 RESOURCE_STAR: `"Resource": "*"` for actions that support resource-level permissions.

import { arnFormatIndex, arnTemplate, targetResourceTypes } from '../../iam/arn-formats';
import { Reasoner } from '../../iam/coverage';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { isUniversal } from '../../iam/patterns';
import { listText } from '../../iam/precedence';
import { deniedEverywhere, isRestricted } from '../../iam/risk';
import { flavorOf } from '../fixes';
import { replaceEntryWithMany } from '../shared/list-edits';
import { isServiceWide, scopingOf } from '../shared/sec';
import { defineRule } from '../types';

/** At most this many ARN templates replace `"*"`; beyond that the statement should be split by hand. */
const MAX_TEMPLATES = 6;

export default defineRule({
  id: 'SEC120',
  name: 'no-resource-star',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: '`"Resource": "*"` grants actions that could be scoped to specific resources on every resource.',
    why: 'Least privilege means naming the buckets, tables, queues and roles a principal needs. Actions without resource types (`ec2:DescribeInstances`, `ecr:GetAuthorizationToken`, `xray:PutTraceSegments`) can only be granted on `"*"` and are not reported; wildcard actions (`s3:*`, `*`) are SEC122/SEC123. A condition that narrows the resources (a resource tag, an account) or a Deny that takes the actions back clears the finding.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:Query"], "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:Query"], "Resource": "arn:aws:dynamodb:us-east-1:111122223333:table/orders" },\n    { "Effect": "Allow", "Action": "ecr:GetAuthorizationToken", "Resource": "*" }\n  ]\n}\n' }],
    fixSafety: 'Replacing `"*"` by the ARN templates of the actions\' resource types is a suggestion: the templates still use `*` for names, Regions and accounts, which the author must fill in, and they change what the statement allows.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege', 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html'],
  },
  messages: {
    star: 'Resource "*" grants {{actions}} on every resource, though {{they}} can be scoped to {{types}}.',
  },
  check(ctx) {
    const catalog = ctx.services.catalog;
    const policy = policyView(ctx.unit.root);
    if (catalog === undefined || policy === undefined) return;
    const statements = statementModels(policy);
    const r = new Reasoner(catalog);
    const index = arnFormatIndex(catalog);
    for (const s of statements) {
      if (s.effect !== 'Allow' || s.actions === undefined || s.actions.negated || s.resources === undefined || s.resources.negated) continue;
      const star = s.resources.items.find((i) => isUniversal(i.pattern));
      if (star === undefined || isRestricted(s)) continue;
      const scoped = new Map<string, readonly string[]>();
      let unscopable = false;
      for (const item of s.actions.items) {
        if (isUniversal(item.pattern) || isServiceWide(item.pattern)) {
          unscopable = true;
          continue;
        }
        const actions = r.expand(item.pattern);
        if (actions === undefined) {
          unscopable = true;
          continue;
        }
        if (deniedEverywhere(r, statements, s, item.pattern)) continue;
        const scoping = scopingOf(catalog, actions);
        if (scoping.unscopable) unscopable = true;
        for (const [id, types] of scoping.scoped) scoped.set(id, types);
      }
      if (scoped.size === 0) continue;
      const ids = [...scoped.keys()];
      const typeNames = [...new Set([...scoped.values()].flat())];
      // The fix needs the templates only when it can be offered; stop counting past the limit.
      const templates = new Set<string>();
      if (!unscopable && s.resources.items.length === 1) {
        for (const id of ids) {
          for (const t of targetResourceTypes(catalog.action(id)!)) for (const f of index.byResourceType.get(t) ?? []) templates.add(arnTemplate(f.format, 'aws'));
          if (templates.size > MAX_TEMPLATES) break;
        }
      }
      const fixes = templates.size > 0 && templates.size <= MAX_TEMPLATES
        ? [{ title: `Replace "*" with ${listText([...templates])} (then narrow the names)`, safety: 'suggestion' as const, edits: [replaceEntryWithMany(ctx.doc, star.node, [...templates], flavorOf(ctx.doc, ctx.unit))] }]
        : undefined;
      ctx.report({
        node: star.node,
        messageId: 'star',
        data: { actions: listText(ids), they: ids.length === 1 ? 'it' : 'they', types: listText(typeNames.map((t) => `${t} ARNs`)).replace(/ and /g, ' or ') },
        fixes,
      });
    }
  },
});
