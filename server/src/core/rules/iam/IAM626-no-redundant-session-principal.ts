// IAM626 REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY: a role session listed next to its role.

import { principalKind, principalValues } from '../../iam/principals';
import { isArray } from '../../parse/tree';
import { flavorOf } from '../fixes';
import { removeItem } from '../shared/edits';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM626',
  name: 'no-redundant-session-principal',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An assumed-role session principal is redundant next to its role.',
    why: 'Naming the role already covers every session of it; the `arn:aws:sts::…:assumed-role/Role/session` entry adds nothing (Access Analyzer: REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY).',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": ["arn:aws:iam::111122223333:role/Deployer", "arn:aws:sts::111122223333:assumed-role/Deployer/ci"] }, "Action": "sts:AssumeRole" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": ["arn:aws:iam::111122223333:role/Deployer", "arn:aws:sts::111122223333:assumed-role/Auditor/ci"] }, "Action": "sts:AssumeRole" }]\n}\n' }],
    fixSafety: 'Removing the session principal does not change who may assume the role, so the fix is safe.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-role-session'],
  },
  messages: {
    redundant: "'{{session}}' is a session of '{{role}}', which is already a principal.",
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const s of statementsOf(ctx)) {
      const values = principalValues(s.principal).filter((p) => p.key === 'AWS');
      const roles = new Map<string, (typeof values)[number]>();
      for (const p of values) {
        if (principalKind(p.key, p.value) !== 'role') continue;
        const m = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(p.value);
        if (m !== null) roles.set(`${m[1]}:${m[2]}:${m[3]}`, p);
      }
      for (const p of values) {
        const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(p.value);
        const role = m !== null ? roles.get(`${m[1]}:${m[2]}:${m[3]}`) : undefined;
        if (role === undefined) continue;
        const arr = p.keyProp?.value;
        const edit = isArray(arr) ? removeItem(ctx.doc, arr, p.node, flavor) : undefined;
        ctx.report({ node: p.node, messageId: 'redundant', data: { session: p.value, role: role.value }, related: [{ message: 'The role', offset: role.node.offset, length: role.node.length }], tags: ['unnecessary'], fixes: edit ? [{ title: 'Remove the session principal', safety: 'safe', preferred: true, edits: [edit] }] : undefined });
      }
    }
  },
});
