// SEC122 SERVICE_WILDCARD: `service:*` (or `*` on named resources) in an Allow without a restricting condition.

import { ACCESS_LEVELS, AccessLevel } from '../../iam/catalog';
import { Reasoner } from '../../iam/coverage';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { isUniversal } from '../../iam/patterns';
import { accessLevelPatterns, deniedEverywhere, isRestricted, resourceUnconstrained } from '../../iam/risk';
import { flavorOf } from '../fixes';
import { replaceEntryWithMany } from '../shared/list-edits';
import { isServiceWide } from '../shared/sec';
import type { Fix } from '../types';
import { defineRule } from '../types';

const NARROWINGS: { label: string; levels: readonly AccessLevel[] }[] = [
  { label: 'List and Read', levels: ['List', 'Read'] },
  { label: 'List, Read and Write', levels: ['List', 'Read', 'Write'] },
];

export default defineRule({
  id: 'SEC122',
  name: 'no-service-wildcard',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: '`service:*` grants every action of a service, today\'s and future ones, including its permissions-management actions.',
    why: '`s3:*` includes deleting buckets and rewriting bucket policies; `iam:*` includes granting oneself administrator access. A wildcard also grants actions the service adds later. Name the actions, or at least the access levels needed. A restricting condition clears the finding; `*` on every resource is SEC123.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::example-bucket/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::example-bucket/*" }]\n}\n' }],
    fixSafety: 'Narrowing `service:*` to the actions of some access levels is only a suggestion: it changes what the policy allows, and only the author knows which actions the workload needs.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege', 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_understand-policy-summary-access-level-summaries.html'],
  },
  messages: {
    serviceWildcard: "'{{entry}}' grants every {{service}} action, including permissions management and future actions; name the actions needed.",
    everyAction: "'{{entry}}' grants every action of every service on these resources; name the actions needed.",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const catalog = ctx.services.catalog;
    const statements = statementModels(policy);
    const r = new Reasoner(catalog);
    for (const s of statements) {
      if (s.effect !== 'Allow' || s.actions === undefined || s.actions.negated || isRestricted(s)) continue;
      for (const item of s.actions.items) {
        const all = isUniversal(item.pattern);
        if (!all && !isServiceWide(item.pattern)) continue;
        // `*` on every resource is full administrator access (SEC123).
        if (all && resourceUnconstrained(s)) continue;
        if (deniedEverywhere(r, statements, s, item.pattern)) continue;
        if (all) {
          ctx.report({ node: item.node, messageId: 'everyAction', data: { entry: item.text } });
          continue;
        }
        const service = item.text.slice(0, item.text.indexOf(':'));
        const fixes: Fix[] = [];
        if (catalog !== undefined && catalog.service(service) !== undefined) {
          const flavor = flavorOf(ctx.doc, ctx.unit);
          for (const n of NARROWINGS) {
            const patterns = accessLevelPatterns(catalog, service, n.levels);
            const missing = ACCESS_LEVELS.filter((l) => !n.levels.includes(l));
            if (patterns.length === 0 || patterns.length > 40) continue;
            fixes.push({ title: `Narrow to ${service} ${n.label} actions (no ${missing.join(', ')})`, safety: 'suggestion', edits: [replaceEntryWithMany(ctx.doc, item.node, patterns, flavor)] });
          }
        }
        ctx.report({ node: item.node, messageId: 'serviceWildcard', data: { entry: item.text, service }, fixes });
      }
    }
  },
});
