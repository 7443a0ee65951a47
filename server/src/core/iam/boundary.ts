// Permissions boundaries defined in the same template: which principals an identity policy applies to
// (the role or user that holds it inline, or those a standalone policy is attached to), and the
// boundary policy each of them has when its `PermissionsBoundary` names a managed policy of the template.

import { directRef } from '../cfn/resolve';
import type { AnalysisUnit } from '../model/units';
import type { TemplateModel, TemplateResource } from '../model/template';
import { asList, getValue, isObject } from '../parse/tree';
import { StatementModel, statementModels } from './grants';
import { policyView } from './policy';

const INLINE_HOLDERS = new Set(['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);

export interface Boundary {
  principal: TemplateResource;
  policy: TemplateResource;
  statements: readonly StatementModel[];
}

/** The template resources an identity policy unit applies to. */
export function principalsOf(t: TemplateModel, unit: AnalysisUnit): TemplateResource[] {
  const r = unit.resource;
  if (r === undefined) return [];
  if (INLINE_HOLDERS.has(r.type)) return [r];
  const out: TemplateResource[] = [];
  if (r.type === 'AWS::IAM::Policy' || r.type === 'AWS::IAM::ManagedPolicy') {
    for (const key of ['Roles', 'Users']) {
      for (const n of asList(getValue(r.properties, key))) {
        const ref = directRef(n);
        const p = ref !== undefined && ref.attribute === 'Ref' ? t.resources.get(ref.name) : undefined;
        if (p !== undefined && !out.includes(p)) out.push(p);
      }
    }
  }
  if (r.type === 'AWS::IAM::ManagedPolicy') {
    for (const p of t.resources.values()) {
      if (out.includes(p) || !INLINE_HOLDERS.has(p.type)) continue;
      const list = asList(getValue(p.properties, p.type.startsWith('AWS::Serverless') ? 'Policies' : 'ManagedPolicyArns'));
      if (list.some((n) => directRef(n)?.name === r.name)) out.push(p);
    }
  }
  return out;
}

/** The boundaries (defined in the template) of the principals an identity policy unit applies to. */
export function boundariesFor(t: TemplateModel | undefined, unit: AnalysisUnit): Boundary[] {
  if (t === undefined) return [];
  const out: Boundary[] = [];
  for (const principal of principalsOf(t, unit)) {
    const ref = directRef(getValue(principal.properties, 'PermissionsBoundary'));
    const policy = ref !== undefined && ref.attribute === 'Ref' ? t.resources.get(ref.name) : undefined;
    if (policy === undefined || policy.type !== 'AWS::IAM::ManagedPolicy') continue;
    const doc = getValue(policy.properties, 'PolicyDocument');
    const view = isObject(doc) ? policyView(doc) : undefined;
    if (view === undefined) continue;
    out.push({ principal, policy, statements: statementModels(view) });
  }
  return out;
}

/** Identity policy units by the principals they apply to, per document version (its unit list). */
const policiesByPrincipal = new WeakMap<readonly AnalysisUnit[], { t: TemplateModel; index: Map<TemplateResource, AnalysisUnit[]> }>();

/**
 * The identity policy units of a document that apply to a principal (a role, user or SAM function), in
 * unit order. Indexed once per document: asked per role, a scan of every unit (and, for managed policies,
 * of every resource) made a 1 MB template's analysis quadratic.
 */
export function policiesOf(t: TemplateModel, units: readonly AnalysisUnit[], principal: TemplateResource): readonly AnalysisUnit[] {
  let entry = policiesByPrincipal.get(units);
  if (entry === undefined || entry.t !== t) {
    const index = new Map<TemplateResource, AnalysisUnit[]>();
    for (const u of units) {
      if (u.kind !== 'iam-policy' || u.policyType !== 'identity') continue;
      for (const p of principalsOf(t, u)) {
        const list = index.get(p);
        if (list === undefined) index.set(p, [u]);
        else list.push(u);
      }
    }
    entry = { t, index };
    policiesByPrincipal.set(units, entry);
  }
  return entry.index.get(principal) ?? [];
}
