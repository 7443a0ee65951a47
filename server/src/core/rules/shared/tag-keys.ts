// Tag condition keys against the services of a statement's actions, shared by IAM215–IAM218: services
// that do not support `aws:ResourceTag`, `aws:RequestTag` or `aws:TagKeys` never see them, so the
// condition never matches their requests.

import { coveredActions } from '../../iam/actions';
import { ConditionEntry, conditionEntries, effectOf } from '../../iam/conditions';
import type { StatementView } from '../../iam/policy';
import { hasWildcard } from '../../iam/wildcard';
import { catalogOf } from './catalog';
import { hasUnknownParts, literalStrings, statementsOf } from './iam';
import type { RuleContext } from '../types';

const TAG_KEYS = new Set(['aws:resourcetag/${tagkey}', 'aws:requesttag/${tagkey}', 'aws:tagkeys']);

export interface TagKeyUse {
  statement: StatementView;
  entry: ConditionEntry;
  /** The key's catalog name (`aws:ResourceTag/${TagKey}`). */
  template: string;
  /** Services of the statement's actions that do not support the key (for NotAction: none listed). */
  unsupported: string[];
}

/** Tag-key uses in statements of the given effect, with Action (`notAction` false) or NotAction (true). */
export function tagKeyUses(ctx: RuleContext, effect: 'Allow' | 'Deny', notAction: boolean): TagKeyUse[] {
  const catalog = catalogOf(ctx);
  if (catalog === undefined) return [];
  const out: TagKeyUse[] = [];
  for (const s of statementsOf(ctx)) {
    if (effectOf(s) !== effect) continue;
    const element = notAction ? s.notAction : s.action;
    if (element === undefined || hasUnknownParts(ctx, element)) continue;
    const entries = conditionEntries(s).flatMap((e) => {
      const info = catalog.conditionKey(e.key);
      return info !== undefined && TAG_KEYS.has(info.name.toLowerCase()) ? [{ e, template: info.name }] : [];
    });
    if (entries.length === 0) continue;
    if (notAction) {
      for (const { e, template } of entries) out.push({ statement: s, entry: e, template, unsupported: [] });
      continue;
    }
    const texts = literalStrings(ctx, element).map((a) => a.value);
    const services = new Set<string>();
    if (texts.every((t) => t.indexOf(':') > 0 && !hasWildcard(t.slice(0, t.indexOf(':'))))) {
      for (const t of texts) if (catalog.service(t.slice(0, t.indexOf(':'))) !== undefined) services.add(catalog.service(t.slice(0, t.indexOf(':')))!.prefix);
    } else {
      for (const a of coveredActions(catalog, texts) ?? []) services.add(a.service);
    }
    for (const { e, template } of entries) {
      const lower = template.toLowerCase();
      const unsupported = [...services].filter((sv) => !catalog.conditionKeysOfService(sv).some((k) => k.name.toLowerCase() === lower)).sort();
      if (unsupported.length > 0) out.push({ statement: s, entry: e, template, unsupported });
    }
  }
  return out;
}

/** `a, b, c and 4 more`. */
export function listServices(services: readonly string[]): string {
  if (services.length <= 3) return services.join(', ');
  return `${services.slice(0, 3).join(', ')} and ${services.length - 3} more`;
}
