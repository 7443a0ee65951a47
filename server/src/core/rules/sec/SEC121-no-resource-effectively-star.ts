// SEC121 RESOURCE_EFFECTIVELY_STAR: a Resource entry that matches every resource of a type in every
// Region and account (`arn:aws:s3:::*`, `arn:aws:sqs:*:*:*`), which is `"*"` in disguise.

import { ArnFormat, arnFormatIndex } from '../../iam/arn-formats';
import type { ResourceTypeInfo } from '../../iam/catalog';
import { Reasoner } from '../../iam/coverage';
import { ArnField, splitArnFields } from '../../iam/arn';
import { SetItem, statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { isUniversal, patternCovers } from '../../iam/patterns';
import { isRestricted } from '../../iam/risk';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC121',
  name: 'no-resource-effectively-star',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'info',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'A `Resource` list whose ARNs match every resource the statement\'s actions can act on, in every Region and account (`arn:aws:sqs:*:*:*`), is `"*"` in disguise.',
    why: 'An ARN whose Region, account and name are all wildcards grants the actions on every such resource, including resources of other accounts that trust the principal. It reads as scoped but is not; name the account and the resources. parliament reports it as RESOURCE_EFFECTIVELY_STAR.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:*:*:*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:*:111122223333:*" }]\n}\n' }],
    references: ['https://github.com/duo-labs/parliament'],
  },
  messages: {
    effectivelyStar: "'{{arn}}' matches every resource these actions can act on, in every Region and account: this Resource is effectively \"*\".",
  },
  check(ctx) {
    const catalog = ctx.services.catalog;
    const policy = policyView(ctx.unit.root);
    if (catalog === undefined || policy === undefined) return;
    const index = arnFormatIndex(catalog);
    const r = new Reasoner(catalog);
    for (const s of statementModels(policy)) {
      if (s.effect !== 'Allow' || s.actions === undefined || s.actions.negated || s.resources === undefined || s.resources.negated || s.resources.unknown || isRestricted(s)) continue;
      const items = s.resources.items;
      if (items.length === 0 || items.some((i) => isUniversal(i.pattern))) continue;
      // Which entries cover every ARN of a resource type (all Regions, all accounts, all names)? Asked
      // once per type: a statement's actions share a few types, and a `service:*` expands to hundreds.
      const fields = items.map((i) => splitArnFields(i.pattern));
      const byType = new Map<ResourceTypeInfo, SetItem | undefined>();
      const coveredBy = (t: ResourceTypeInfo): SetItem | undefined => {
        if (byType.has(t)) return byType.get(t);
        const formats = index.byResourceType.get(t) ?? [];
        const hit = items.find((_, k) => formats.some((fm) => coversFormat(fields[k], fm)));
        byType.set(t, hit);
        return hit;
      };
      const used = new Set<SetItem>();
      let scopable = 0;
      let all = true;
      for (const a of s.actions.items) {
        for (const id of r.expand(a.pattern) ?? []) {
          const info = catalog.action(id);
          if (info === undefined || info.resourceTypes.length === 0) continue;
          scopable++;
          const required = info.resourceTypes.filter((x) => x.required).map((x) => x.resourceType);
          const hits = (required.length > 0 ? required : info.resourceTypes.map((x) => x.resourceType)).map(coveredBy);
          const ok = required.length > 0 ? hits.every((h) => h !== undefined) : hits.some((h) => h !== undefined);
          if (!ok) {
            all = false;
            break;
          }
          for (const h of hits) if (h !== undefined) used.add(h);
        }
        if (!all) break;
      }
      if (!all || scopable === 0) continue;
      const first = items.find((i) => used.has(i))!;
      ctx.report({ node: first.node, messageId: 'effectivelyStar', data: { arn: first.text } });
    }
  },
});

/** Whether an ARN pattern matches every ARN of a format: every Region and account it can have, every name. */
function coversFormat(f: readonly ArnField[], fm: ArnFormat): boolean {
  if (f.length !== 6 || f[0].text !== 'arn' || f[2].text !== fm.arnService) return false;
  const open = (text: string, kind: 'none' | 'any' | 'fixed'): boolean => isUniversal(text) || (kind === 'none' && text === '');
  return open(f[3].text, fm.region) && open(f[4].text, fm.account) && patternCovers(f[5].text, fm.resourcePattern);
}
