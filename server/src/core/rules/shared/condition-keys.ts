// Unknown condition keys, shared by IAM205 (global `aws:` keys) and IAM206 (service keys): keys the
// catalog does not know, except tag keys without a tag name (IAM208), `aws:ARN` (IAM219/IAM220) and
// identity-provider keys (which the catalog does not list).

import { flavorOf, replaceStringContent } from '../fixes';
import { catalogOf, isProviderKey, keyPrefix, missingTagKeyTemplate, typoCandidates } from './catalog';
import { entriesOf, isDocPlaceholder } from './condition-values';
import type { RuleContext } from '../types';

export function reportUnknownKeys(ctx: RuleContext, global: boolean): void {
  const catalog = catalogOf(ctx);
  if (catalog === undefined) return;
  const flavor = flavorOf(ctx.doc, ctx.unit);
  for (const e of entriesOf(ctx)) {
    const key = e.key;
    if (key.indexOf(':') <= 0 || isProviderKey(key) || ctx.isPlaceholder(e.keyProp.key) || key.indexOf('${') !== -1 || isDocPlaceholder(key)) continue;
    const prefix = keyPrefix(key);
    if ((prefix === 'aws') !== global) continue;
    if (!global && !catalog.isConditionKeyPrefix(prefix)) continue; // IAM201.
    if (global && key.toLowerCase() === 'aws:arn') continue; // IAM219/IAM220.
    if (catalog.conditionKey(key) !== undefined || missingTagKeyTemplate(catalog, key) !== undefined) continue;
    const suggestions = catalog.suggest(key, 'conditionKey', 3).filter((n) => n.indexOf('${') === -1 && n.indexOf('<') === -1);
    const near = typoCandidates(key, suggestions);
    const fixes = suggestions.map((n) => ({ title: `Change to '${n}'`, safety: 'suggestion' as const, edits: [replaceStringContent(e.keyProp.key, n, flavor)] }));
    if (near.length > 0) ctx.report({ node: e.keyProp.key, messageId: 'unknownDidYouMean', data: { key, suggestion: near[0], date: catalog.date }, fixes });
    else ctx.report({ node: e.keyProp.key, messageId: 'unknown', data: { key, date: catalog.date }, severity: 'info', fixes });
  }
}
