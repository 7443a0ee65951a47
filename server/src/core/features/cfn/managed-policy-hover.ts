// Hover on an AWS managed policy named in a template (`ManagedPolicyArns`, `PermissionsBoundary`, SAM
// `Policies` names, IAM Identity Center `ManagedPolicies`): its path, version and what it allows.

import { describeManagedPolicy, parseManagedPolicyArn } from '../../iam/managed-policies';
import type { ManagedPolicyInfo } from '../../iam/managed-policies';
import { Node, isString, nodeAt } from '../../parse/tree';
import type { HoverProvider } from '../types';

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
