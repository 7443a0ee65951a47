// The Action/NotAction entries of a policy read against the catalog, shared by IAM202–IAM204.

import { ActionReading, readAction } from '../../iam/actions';
import type { StringNode } from '../../parse/tree';
import { catalogOf } from './catalog';
import { literalStrings, statementsOf } from './iam';
import type { RuleContext } from '../types';

export interface ActionEntry {
  node: StringNode;
  reading: ActionReading;
}

/** Every literal Action/NotAction entry with its reading; empty without a catalog. */
export function actionEntries(ctx: RuleContext): ActionEntry[] {
  const catalog = catalogOf(ctx);
  if (catalog === undefined) return [];
  const out: ActionEntry[] = [];
  for (const s of statementsOf(ctx)) {
    for (const node of [...literalStrings(ctx, s.action), ...literalStrings(ctx, s.notAction)]) out.push({ node, reading: readAction(catalog, node.value) });
  }
  return out;
}
