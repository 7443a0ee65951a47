// Principals written as unique IDs (`AROA…` roles, `AIDA…` users), shared by IAM116 and IAM117.

import { principalKind, principalValues } from '../../iam/principals';
import { statementsOf } from './iam';
import type { RuleContext } from '../types';

export function reportUniqueIds(ctx: RuleContext, kind: 'role-id' | 'user-id'): void {
  for (const s of statementsOf(ctx)) {
    for (const p of [...principalValues(s.principal), ...principalValues(s.notPrincipal)]) {
      if (p.key !== 'AWS' || principalKind(p.key, p.value) !== kind) continue;
      ctx.report({ node: p.node, messageId: 'uniqueId', data: { value: p.value } });
    }
  }
}
