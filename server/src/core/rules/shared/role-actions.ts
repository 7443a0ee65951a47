// The Access Analyzer checks on `iam:PassRole` (SEC101–SEC106) and `iam:CreateServiceLinkedRole`
// (SEC111–SEC116): six ways a statement can grant the action too broadly, each its own code. A
// statement is exempt when its condition names the key that scopes the action (`iam:PassedToService`,
// `iam:AWSServiceName`) or when a Deny of the policy takes the action back.

import { splitArnFields } from '../../iam/arn';
import { Reasoner } from '../../iam/coverage';
import { StatementModel, statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { isUniversal } from '../../iam/patterns';
import { deniedEverywhere } from '../../iam/risk';
import { hasWildcard, wildcardMatch } from '../../iam/wildcard';
import type { RuleContext } from '../types';

/** How the action is named (`Action` literally, through a wildcard, or by a NotAction that spares it) and how broad the resources are. */
export type RoleActionForm =
  | 'literal-star'
  | 'literal-not-resource'
  | 'wildcard-not-resource'
  | 'not-action-not-resource'
  | 'wildcard-star'
  | 'not-action-star';

export interface RoleActionHit {
  stmt: StatementModel;
  range: { offset: number; length: number };
  /** The entry as written (the action pattern, the resource, or the element name). */
  text: string;
}

/** `arn:aws:iam::123456789012:role/*`: every role of an account (no literal role name or path). */
function everyRole(pattern: string): boolean {
  const f = splitArnFields(pattern);
  if (f.length !== 6 || f[0].text !== 'arn' || f[2].text !== 'iam') return false;
  const res = f[5].text;
  if (isUniversal(res)) return true;
  return res.startsWith('role/') && isUniversal(res.slice(5));
}

export function roleActionHits(ctx: RuleContext, action: 'iam:PassRole' | 'iam:CreateServiceLinkedRole', form: RoleActionForm, exemptKey: string): RoleActionHit[] {
  const policy = policyView(ctx.unit.root);
  if (policy === undefined) return [];
  const statements = statementModels(policy);
  const r = new Reasoner(ctx.services.catalog);
  const lower = action.toLowerCase();
  const [how, where] = form.startsWith('not-action') ? ['not-action', form.slice(11)] : [form.slice(0, form.indexOf('-')), form.slice(form.indexOf('-') + 1)];
  const out: RoleActionHit[] = [];
  const exempt = exemptKey.toLowerCase();
  // Twelve rules scan every statement for these two actions: the cheap tests on the action come first,
  // the condition keys (lower-cased one by one) only for the few statements that grant the action.
  for (const s of statements) {
    if (s.effect !== 'Allow' || s.actions === undefined || s.resources === undefined) continue;
    const acts = s.actions;
    const res = s.resources;
    let actionRange: RoleActionHit | undefined;
    if (how === 'not-action') {
      if (!acts.negated || acts.unknown || acts.items.some((i) => wildcardMatch(i.pattern, lower))) continue;
      actionRange = { stmt: s, range: { offset: acts.prop.key.offset, length: acts.prop.key.length }, text: 'NotAction' };
    } else {
      if (acts.negated) continue;
      const item = acts.items.find((i) => (how === 'literal' ? i.pattern === lower : hasWildcard(i.pattern) && wildcardMatch(i.pattern, lower)));
      if (item === undefined) continue;
      actionRange = { stmt: s, range: { offset: item.node.offset, length: item.node.length }, text: item.text };
    }
    if (s.conditionUnknown || s.conditions.some((c) => c.key.toLowerCase() === exempt)) continue;
    let hit: RoleActionHit | undefined;
    if (where === 'not-resource') {
      if (!res.negated) continue;
      hit = how === 'literal' ? { stmt: s, range: { offset: res.prop.key.offset, length: res.prop.key.length }, text: 'NotResource' } : actionRange;
    } else {
      if (res.negated) continue;
      const broad = res.items.find((i) => isUniversal(i.pattern) || (form === 'literal-star' && action === 'iam:PassRole' && everyRole(i.pattern)));
      if (broad === undefined) continue;
      hit = how === 'literal' ? { stmt: s, range: { offset: broad.node.offset, length: broad.node.length }, text: broad.text } : actionRange;
    }
    if (deniedEverywhere(r, statements, s, action)) continue;
    out.push(hit);
  }
  return out;
}
