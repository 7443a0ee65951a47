// SEC201 PRIVILEGE_ESCALATION: the policy allows every action of a known privilege-escalation method
// on every resource, without a restricting condition and without a Deny taking one of them back.

import { Reasoner } from '../../iam/coverage';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { listText } from '../../iam/precedence';
import { ESCALATION_METHODS, Grant, unconstrainedGrant } from '../../iam/risk';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC201',
  name: 'no-privilege-escalation',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'The policy allows every action of a known privilege-escalation method (59 methods, from Rhino Security Labs and pathfinding.cloud) on every resource.',
    why: 'Some combinations of actions let a principal give itself more permissions than the policy grants: `iam:CreatePolicyVersion` rewrites a policy it is attached to; `iam:PassRole` with `lambda:CreateFunction` and `lambda:InvokeFunction` runs code as a more privileged role. Each method is reported when all its actions are allowed on `"*"` without a condition that narrows who or what, and no Deny of the policy takes one of them back; the finding names the method and points at every statement involved.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:CreatePolicyVersion", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:CreatePolicyVersion", "Resource": "arn:aws:iam::111122223333:policy/team/*" }]\n}\n' }],
    references: ['https://pathfinding.cloud/', 'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/', 'https://cloudsplaining.readthedocs.io/en/latest/glossary/privilege-escalation/'],
  },
  messages: {
    escalation: 'Allows privilege escalation through {{methods}}: {{actions}} on every resource, without a restricting condition.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const statements = statementModels(policy);
    const r = new Reasoner(ctx.services.catalog);
    const cache = new Map<string, Grant | undefined>();
    const grantOf = (a: string): Grant | undefined => {
      if (!cache.has(a)) cache.set(a, unconstrainedGrant(r, statements, a));
      return cache.get(a);
    };
    const byAnchor = new Map<string, { range: { offset: number; length: number }; methods: string[]; actions: Set<string>; related: Map<string, { message: string; offset: number; length: number }> }>();
    for (const m of ESCALATION_METHODS) {
      const grants = m.actions.map(grantOf);
      if (grants.some((g) => g === undefined)) continue;
      // Anchor on the method's most distinctive action (PassRole is shared by many methods).
      const i = m.actions.length > 1 && m.actions[0] === 'iam:PassRole' ? 1 : 0;
      const anchor = grants[i]!;
      const key = `${anchor.range.offset}:${anchor.range.length}`;
      let group = byAnchor.get(key);
      if (group === undefined) {
        group = { range: anchor.range, methods: [], actions: new Set(), related: new Map() };
        byAnchor.set(key, group);
      }
      group.methods.push(m.path ? `${m.name} (pathfinding.cloud ${m.path})` : m.name);
      m.actions.forEach((a, j) => {
        group!.actions.add(a);
        const g = grants[j]!;
        const rk = `${g.range.offset}:${g.range.length}`;
        if (rk !== key && !group!.related.has(rk)) group!.related.set(rk, { message: `${a} is allowed here (statement ${g.stmt.label})`, offset: g.range.offset, length: g.range.length });
      });
    }
    for (const g of byAnchor.values()) {
      ctx.report({ range: g.range, messageId: 'escalation', data: { methods: listText(g.methods), actions: listText([...g.actions], false, 4) }, related: [...g.related.values()] });
    }
  },
});
