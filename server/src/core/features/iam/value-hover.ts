// Hover on policy values: a policy variable (`${aws:username}`) under the cursor, and ARNs decomposed
// into partition, service, Region, account and resource, with the resource type the catalog knows
// for them.

import { splitArnFields } from '../../iam/arn';
import { arnFormatIndex, candidateFormats } from '../../iam/arn-formats';
import { KNOWN_VARIABLES, SPECIAL_VARIABLES, findVariables } from '../../iam/variables';
import { StringNode, stringRange } from '../../parse/tree';
import type { FeatureContext, HoverProvider, HoverResult } from '../types';
import { catalogNote, catalogOf, hoverTarget } from './place';

function variableHover(ctx: FeatureContext, node: StringNode, element: string | undefined): HoverResult | undefined {
  for (const v of findVariables(node.value)) {
    const r = stringRange(node, v.start, v.length);
    if (ctx.offset < r.offset || ctx.offset > r.offset + r.length) continue;
    const lines: string[] = [`**${v.text}** (policy variable)`, ''];
    const special = SPECIAL_VARIABLES.find((s) => s.name === v.name && v.special);
    const known = KNOWN_VARIABLES.find((k) => k.name.toLowerCase() === v.name.toLowerCase() || (k.name.includes('${') && v.name.toLowerCase().startsWith(k.name.slice(0, k.name.indexOf('${')).toLowerCase())));
    const info = catalogOf(ctx)?.conditionKey(v.name);
    if (special) lines.push(special.description);
    else if (known) lines.push(known.description);
    else if (info) lines.push(info.description);
    else lines.push('Replaced by the value of this request context key when the policy is evaluated.');
    if (v.defaultValue !== undefined) lines.push('', `Default when the key is absent: ${v.defaultValue}.`);
    else if (!v.special) lines.push('', 'When the key is absent from the request, the statement does not match (add a default: `${key, \'default\'}`).');
    lines.push('', 'Substituted only with `"Version": "2012-10-17"`, and only in `Resource`, `NotResource` and String/ARN condition values.');
    if (element !== undefined && element !== 'Resource' && element !== 'NotResource' && element !== 'Condition') lines.push('', `**Not substituted in ${element}.**`);
    lines.push('', '[AWS documentation](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html)');
    return { contents: lines.join('\n'), offset: r.offset, length: r.length };
  }
  return undefined;
}

/**
 * Inside an `Fn::Sub` template, `${X}` is a CloudFormation substitution, not a policy variable (a policy
 * variable there is written `${!aws:username}`); the template hovers answer for it.
 */
function isSubTemplate(ctx: FeatureContext, node: StringNode): boolean {
  if (ctx.unit !== undefined && ctx.unit.embedding === 'string' && ctx.unit.embedded?.via === 'Fn::Sub') return true;
  const p = node.parent;
  if (p?.type === 'property' && p.key.value === 'Fn::Sub') return true;
  const owner = p?.type === 'array' && p.items[0] === node ? p.parent : undefined;
  return owner?.type === 'property' && owner.key.value === 'Fn::Sub';
}

const FIELD_NAMES = ['Prefix', 'Partition', 'Service', 'Region', 'Account', 'Resource'];

function arnHover(ctx: FeatureContext, node: StringNode): HoverResult | undefined {
  const text = node.value;
  if (!text.startsWith('arn:')) return undefined;
  const fields = splitArnFields(text);
  if (fields.length < 6) return undefined;
  const lines = [`**ARN**`, '', '| Field | Value |', '|---|---|'];
  fields.forEach((f, i) => {
    if (i === 0) return;
    const value = f.text === '' ? '_(empty)_' : `\`${f.text}\``;
    lines.push(`| ${FIELD_NAMES[i]} | ${value} |`);
  });
  const catalog = catalogOf(ctx);
  if (catalog !== undefined) {
    const formats = candidateFormats(arnFormatIndex(catalog), fields[2].text, fields[5].text);
    if (formats !== undefined && formats.length > 0) {
      lines.push('', `**Resource type${formats.length === 1 ? '' : 's'}:** ${formats.slice(0, 4).map((f) => `${f.resourceType.service} ${f.resourceType.name} (\`${f.format}\`)`).join('; ')}${formats.length > 4 ? '; …' : ''}`);
    }
    lines.push('', catalogNote(catalog));
  }
  return { contents: lines.join('\n'), offset: node.offset, length: node.length };
}

export const valueHover: HoverProvider = {
  id: 'iam.value',
  kinds: ['iam-policy'],
  provideHover(ctx) {
    const target = hoverTarget(ctx);
    const place = target?.place;
    const node = target?.node;
    if (place === undefined || node?.type !== 'string') return undefined;
    if (node.value.indexOf('${') !== -1 && !isSubTemplate(ctx, node)) {
      const v = variableHover(ctx, node, place.element);
      if (v !== undefined) return v;
    }
    if (node.parent?.type === 'property' && node.parent.key === node) return undefined;
    return arnHover(ctx, node);
  },
};
