// AWS managed policies in templates (`ManagedPolicyArns`, `PermissionsBoundary`, SAM `Policies`, IAM
// Identity Center `ManagedPolicies`): a hover with a policy's path, version and what it allows, and
// completion of the policies' ARNs (SAM `Policies`: names) with the same summary.

import { MANAGED_POLICY_PROPERTIES } from '../../cfn/managed-policy-properties';
import { describeManagedPolicy, parseManagedPolicyArn } from '../../iam/managed-policies';
import type { ManagedPolicyInfo } from '../../iam/managed-policies';
import { Node, isString, nodeAt } from '../../parse/tree';
import type { CompletionItem, CompletionProvider, FeatureContext, HoverProvider } from '../types';

/** Whether a bare name at `node` is an item (or the value) of a SAM `Policies` property. */
function inSamPolicies(node: Node): boolean {
  let p = node.parent;
  if (p?.type === 'array') p = p.parent;
  return p?.type === 'property' && p.key.value === 'Policies';
}

function render(p: ManagedPolicyInfo): string {
  const lines = [`**AWS managed policy \`${p.name}\`**`, '', `\`${p.arn}\` (path \`${p.path}\`, default version ${p.version}, updated ${p.updated})`, '', `It ${describeManagedPolicy(p)}.`];
  if (p.serviceLinkedOnly) lines.push('', 'For service-linked roles only: IAM does not attach it to roles, users or groups that you create.');
  return lines.join('\n');
}

export const managedPolicyHover: HoverProvider = {
  id: 'cfn.managed-policy',
  kinds: ['cfn-template'],
  provideHover(ctx) {
    const mp = ctx.services.managedPolicies;
    if (mp === undefined || ctx.doc.template === undefined) return undefined;
    const node = nodeAt(ctx.unit?.root, ctx.offset, false);
    if (node === undefined || !isString(node)) return undefined;
    let info: ManagedPolicyInfo | undefined;
    if (node.value.startsWith('arn:')) {
      // In `!Sub` templates the partition is usually `${AWS::Partition}`.
      const arn = parseManagedPolicyArn(node.value.replace('${AWS::Partition}', '\u0000'));
      if (arn === undefined || (arn.partition !== undefined && arn.partition !== 'aws')) return undefined;
      const p = mp.get(arn.name) ?? mp.getIgnoringCase(arn.name);
      info = p !== undefined && p.path === arn.path ? p : undefined;
    } else if (inSamPolicies(node)) {
      info = mp.get(node.value);
    }
    return info === undefined ? undefined : { contents: render(info), offset: node.offset, length: node.length };
  },
};

/** Completion lists up to this long carry each policy's summary. */
const DOCUMENTED_ITEMS = 100;

/** How the value at the cursor is read, when it is a managed policy property of a template resource. */
function placeAt(ctx: FeatureContext): 'arn' | 'sam' | undefined {
  const loc = ctx.location;
  const t = ctx.doc.template;
  if (loc.position !== 'value' || loc.property === undefined || t === undefined) return undefined;
  const [resources, name, properties, prop] = ctx.path;
  if (resources !== 'Resources' || properties !== 'Properties' || typeof name !== 'string' || prop !== loc.property.key.value) return undefined;
  const how = MANAGED_POLICY_PROPERTIES[t.resources.get(name)?.type ?? '']?.[prop];
  // `Policies` and the lists take items; `PermissionsBoundary` one value.
  if (how === undefined || (prop === 'PermissionsBoundary') === (loc.array !== undefined)) return undefined;
  return how;
}

export const managedPolicyCompletion: CompletionProvider = {
  id: 'cfn.managed-policy',
  kinds: ['cfn-template'],
  provideCompletions(ctx) {
    const mp = ctx.services.managedPolicies;
    const how = placeAt(ctx);
    if (mp === undefined || how === undefined) return [];
    const loc = ctx.location;
    // SAM takes names; a name or an ARN being typed is matched on the name part.
    const byName = how === 'sam' && !loc.prefix.startsWith('arn:');
    const needle = loc.prefix.slice(loc.prefix.lastIndexOf('/') + 1).toLowerCase();
    const quote = ctx.doc.format === 'json' && !loc.inString;
    const out: CompletionItem[] = [];
    const matching = [...mp.all()].filter((p) => !p.serviceLinkedOnly && (needle === '' || p.name.toLowerCase().includes(needle)));
    for (const p of matching) {
      const text = byName ? p.name : p.arn;
      out.push({
        label: p.name,
        kind: 'reference',
        detail: p.path === '/' ? 'AWS managed policy' : `AWS managed policy under ${p.path}`,
        // The summaries of all ~1,200 policies would make a 0.8 MB answer: only for a narrowed list.
        documentation: matching.length <= DOCUMENTED_ITEMS ? render(p) : undefined,
        insertText: quote ? JSON.stringify(text) : text,
        filterText: text,
        sortText: p.name,
      });
    }
    return out;
  },
};
