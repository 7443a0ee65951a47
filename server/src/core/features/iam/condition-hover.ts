// Hover inside a Condition: on an operator, its semantics and what happens when the key is missing; on
// a condition key, its type, description, whether it is multivalued, and which actions support it
// (all of them for global keys; for service keys, the statement's actions that do and do not).

import { coveredActions } from '../../iam/actions';
import type { Catalog, ConditionKeyInfo } from '../../iam/catalog';
import { describeOperator, parseOperator } from '../../iam/conditions';
import type { StatementView } from '../../iam/policy';
import type { HoverProvider } from '../types';
import { catalogNote, catalogOf, literalStringsOf, hoverTarget } from './place';

const MAX_ACTIONS = 12;

/** Markdown for a condition key, with the statement's actions that support it when known. */
export function describeKey(catalog: Catalog, written: string, info: ConditionKeyInfo, statement: StatementView | undefined): string {
  const lines = [`**${written}** · ${info.type}${info.global ? ' · global condition key' : ''}${info.category ? ` (${info.category})` : ''}`, ''];
  if (info.template && info.name.toLowerCase() !== written.toLowerCase()) lines.push(`Key \`${info.name}\`.`, '');
  lines.push(info.description);
  lines.push('', info.multivalued ? 'Multivalued: compare it with `ForAnyValue:` or `ForAllValues:`.' : 'Single-valued.');
  if (info.global) {
    lines.push('', 'Available with every action (whether a request carries it depends on the request).');
  } else {
    const serviceActions = catalog.actionsOfService(info.prefix).filter((a) => catalog.supportedConditionKeys(a).some((k) => k.toLowerCase() === info.name.toLowerCase()));
    if (serviceActions.length > 0) {
      lines.push('', `**Supported by** ${serviceActions.length} ${info.prefix} action${serviceActions.length === 1 ? '' : 's'}: ${serviceActions.slice(0, MAX_ACTIONS).map((a) => a.name).join(', ')}${serviceActions.length > MAX_ACTIONS ? ', …' : ''}`);
    }
    const texts = statement?.action !== undefined ? literalStringsOf(statement.action.value) : [];
    const actions = texts.length > 0 && !texts.includes('*') ? coveredActions(catalog, texts) : undefined;
    if (actions !== undefined && actions.length > 0) {
      const yes = actions.filter((a) => catalog.supportedConditionKeys(a).some((k) => k.toLowerCase() === info.name.toLowerCase()));
      lines.push('', yes.length === 0 ? "**None of this statement's actions supports it**: the key is never present for them." : `In this statement: supported by ${yes.length} of ${actions.length} action${actions.length === 1 ? '' : 's'}.`);
    }
  }
  lines.push('', catalogNote(catalog));
  return lines.join('\n');
}

export const conditionHover: HoverProvider = {
  id: 'iam.condition',
  kinds: ['iam-policy'],
  provideHover(ctx) {
    const target = hoverTarget(ctx);
    const place = target?.place;
    const node = target?.node;
    if (place?.element !== 'Condition' || node?.type !== 'string') return undefined;
    const isKey = node.parent?.type === 'property' && node.parent.key === node;
    if (!isKey) return undefined;
    if (place.rest.length === 1) {
      const op = parseOperator(node.value);
      if (op === undefined) return undefined;
      return { contents: describeOperator(op), offset: node.offset, length: node.length };
    }
    if (place.rest.length === 2) {
      const catalog = catalogOf(ctx);
      const info = catalog?.conditionKey(node.value);
      if (catalog === undefined || info === undefined) return undefined;
      return { contents: describeKey(catalog, node.value, info, place.statement), offset: node.offset, length: node.length };
    }
    return undefined;
  },
};
