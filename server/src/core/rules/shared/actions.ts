// The Action/NotAction entries of a policy read against the catalog, shared by IAM202–IAM204.

import { ActionReading, readAction } from '../../iam/actions';
import type { StringNode } from '../../parse/tree';
import { catalogOf } from './catalog';
import { literalStrings, statementsOf } from './iam';
import type { RuleContext } from '../types';
import type { Catalog } from '../../iam/catalog';
import type { AnalysisUnit } from '../../model/units';

export interface ActionEntry {
  node: StringNode;
  reading: ActionReading;
}

/**
 * Every literal Action/NotAction entry with its reading; empty without a catalog. Read once per unit
 * (and catalog) and shared by IAM202–IAM204. INVARIANT: callers only read the result.
 */
export function actionEntries(ctx: RuleContext): readonly ActionEntry[] {
  const catalog = catalogOf(ctx);
  if (catalog === undefined) return [];
  const hit = memo.get(ctx.unit);
  if (hit !== undefined && hit.catalog === catalog) return hit.entries;
  const entries: ActionEntry[] = [];
  for (const s of statementsOf(ctx)) {
    for (const node of [...literalStrings(ctx, s.action), ...literalStrings(ctx, s.notAction)]) entries.push({ node, reading: readAction(catalog, node.value) });
  }
  memo.set(ctx.unit, { catalog, entries });
  return entries;
}

const memo = new WeakMap<AnalysisUnit, { catalog: Catalog; entries: readonly ActionEntry[] }>();
