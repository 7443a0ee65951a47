// Hover on an Action/NotAction entry: for an action, its description, access level, resource types with
// their ARN formats, condition keys and dependent actions; for a wildcard, how many actions it matches
// and which, grouped by access level; for an API operation name, the action that grants it; for an
// unknown name, the near names. Everything comes from the catalog, whose date is shown.

import { fact } from '../../data/facts/index';
import { renderFact } from '../../data/facts';
import { readAction } from '../../iam/actions';
import { ACCESS_LEVELS, ActionInfo, Catalog } from '../../iam/catalog';
import type { StringNode } from '../../parse/tree';
import type { HoverProvider } from '../types';
import { catalogNote, catalogOf, hoverTarget } from './place';

const MAX_PER_LEVEL = 20;
const MAX_KEYS = 12;

function code(s: string): string {
  return `\`${s}\``;
}

/** Markdown for one action. */
export function describeAction(catalog: Catalog, a: ActionInfo): string {
  const lines = [`**${a.id}** · ${a.accessLevel}`, '', a.description];
  if (a.resourceTypes.length > 0) {
    lines.push('', '| Resource type | Required | ARN |', '|---|---|---|');
    for (const rt of a.resourceTypes) lines.push(`| ${rt.name} | ${rt.required ? 'yes' : 'no'} | ${rt.resourceType.arnFormats.map(code).join('<br>')} |`);
  } else {
    lines.push('', 'No resource types: only `"Resource": "*"` grants this action.');
  }
  const keys = catalog.supportedConditionKeys(a);
  if (keys.length > 0) {
    const shown = keys.slice(0, MAX_KEYS).map(code).join(', ');
    lines.push('', `**Condition keys** (${keys.length}): ${shown}${keys.length > MAX_KEYS ? ', …' : ''} (and the global keys)`);
  }
  const deps = new Set<string>([...a.dependentActions, ...a.resourceTypes.flatMap((r) => r.dependentActions)]);
  if (deps.size > 0) lines.push('', `**Dependent actions:** ${[...deps].map(code).join(', ')}`);
  lines.push('', catalogNote(catalog));
  return lines.join('\n');
}

/** Markdown for a wildcard pattern: the count and the matched actions by access level. */
export function describePattern(catalog: Catalog, pattern: string, matches: readonly ActionInfo[]): string {
  const lines = [`**${pattern}** matches ${matches.length.toLocaleString('en-US')} action${matches.length === 1 ? '' : 's'}`];
  if (matches.length === 0) {
    lines.push('', 'No action matches: the entry grants (or denies) nothing.');
  } else {
    const services = new Set(matches.map((m) => m.service));
    for (const level of ACCESS_LEVELS) {
      const of = matches.filter((m) => m.accessLevel === level);
      if (of.length === 0) continue;
      const names = of.slice(0, MAX_PER_LEVEL).map((m) => (services.size === 1 ? m.name : m.id));
      lines.push('', `**${level}** (${of.length}): ${names.join(', ')}${of.length > MAX_PER_LEVEL ? ', …' : ''}`);
    }
    if (services.size > 1) lines.push('', `Across ${services.size} services.`);
  }
  lines.push('', catalogNote(catalog));
  return lines.join('\n');
}

export const actionHover: HoverProvider = {
  id: 'iam.action',
  kinds: ['iam-policy'],
  provideHover(ctx) {
    const catalog = catalogOf(ctx);
    const target = hoverTarget(ctx);
    const place = target?.place;
    const node = target?.node;
    if (catalog === undefined || place === undefined || node?.type !== 'string') return undefined;
    if (place.element !== 'Action' && place.element !== 'NotAction') return undefined;
    if (node.parent?.type === 'property' && node.parent.key === node) return undefined;
    const text = (node as StringNode).value;
    const r = readAction(catalog, text);
    let contents: string;
    switch (r.kind) {
      case 'action':
        contents = describeAction(catalog, r.action);
        // Assuming a role: the session duration (the study notes give a figure AWS does not have).
        if (/^sts:AssumeRole/i.test(r.action.id)) contents += `\n\n---\n\n${renderFact(fact('iam.sts.role-session-duration')!)}`;
        break;
      case 'pattern':
        contents = describePattern(catalog, text, catalog.matchActions(r.pattern));
        break;
      case 'operation':
        contents = `**${text}** is an API operation, not an IAM action.\n\nIt is authorized by ${r.actions.map(code).join(' and ')}.\n\n${catalogNote(catalog)}`;
        break;
      case 'unknownService':
        contents = `**${text}**: \`${r.service}\` is not a service prefix in the catalog.${r.suggestions.length > 0 ? `\n\nDid you mean ${r.suggestions.map(code).join(', ')}?` : ''}\n\n${catalogNote(catalog)}`;
        break;
      case 'unknownAction':
        contents = `**${text}** is not an action of the \`${r.service}\` service in the catalog.${r.suggestions.length > 0 ? `\n\nDid you mean ${r.suggestions.map(code).join(', ')}?` : ''}\n\n${catalogNote(catalog)}`;
        break;
      default:
        return undefined;
    }
    return { contents, offset: node.offset, length: node.length };
  },
};
