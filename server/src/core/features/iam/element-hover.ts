// Hover on policy element names (Version, Statement, Effect, Principal, ...): what the element does,
// what the study notes say, and AWS's rule today.

import { fact } from '../../data/facts/index';
import { renderFact } from '../../data/facts';
import { POLICY_ELEMENTS, STATEMENT_ELEMENTS } from '../../iam/policy';
import type { PropertyNode } from '../../parse/tree';
import type { HoverProvider } from '../types';
import { hoverTarget, isKey } from './place';

const TOP = new Set<string>(POLICY_ELEMENTS);
const STMT = new Set<string>(STATEMENT_ELEMENTS);

export const policyElementHover: HoverProvider = {
  id: 'iam.element',
  kinds: ['iam-policy'],
  provideHover(ctx) {
    const target = hoverTarget(ctx);
    if (target === undefined || !isKey(target.node)) return undefined;
    const prop = target.node.parent as PropertyNode;
    const key = prop.key.value;
    // The path ends with the key itself: [key] at the top, ['Statement', i?, key] in a statement.
    const path = target.place.path;
    const depth = path.length;
    const inStatement = depth >= 2 && path[0] === 'Statement';
    const known = (depth === 1 && TOP.has(key)) || (inStatement && STMT.has(key) && (depth === 2 || depth === 3));
    if (!known) return undefined;
    const f = fact(`iam.element.${key}`);
    if (f === undefined) return undefined;
    // The Statement hover also carries the size quotas, the limit users meet first.
    const quota = key === 'Statement' && depth === 1 ? fact('iam.quota.policy-size') : undefined;
    const contents = quota !== undefined ? `${renderFact(f)}\n\n---\n\n${renderFact(quota)}` : renderFact(f);
    return { contents, offset: prop.key.offset, length: prop.key.length };
  },
};
