// IAM801 INVALID_SIMULATION_REQUEST: a `*.request.json` document that `awspolicy simulate` cannot evaluate.

import { ValueNode, getProperty, isArray, isObject } from '../../parse/tree';
import { defineRule } from '../types';

const POLICY_KINDS = new Set(['identity', 'resource', 'permissionsBoundary', 'scps', 'rcps', 'session']);
const REQUEST_KEYS = new Set(['principal', 'action', 'resource', 'resourceAccount', 'context']);

export default defineRule({
  id: 'IAM801',
  name: 'valid-simulation-request',
  appliesTo: ['simulation-request'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A simulation request file must follow the `awspolicy simulate` input contract.',
    why: 'A request file holds `{"policies": {...}, "request": {...}}`: policy documents by kind (identity list, resource, permissionsBoundary, session, scps and rcps as lists or levels) and a request with principal, action (`service:Action`), resource, an optional 12-digit resourceAccount and a context of strings or lists of strings. Anything else cannot be evaluated.',
    invalid: [{ format: 'json', code: '{\n  "policies": { "identity": [] },\n  "request": { "principal": "arn:aws:iam::111122223333:user/alice", "action": "GetObject", "resource": "*" }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "policies": { "identity": [] },\n  "request": { "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject", "resource": "*" }\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html'],
  },
  messages: {
    notObject: '"{{name}}" must be an object.',
    unknownKind: 'Unknown policy kind "{{name}}" (expected identity, resource, permissionsBoundary, scps, rcps or session).',
    notList: '"{{name}}" must be a list.',
    notPolicy: 'This is not a policy document (a JSON object).',
    missing: 'The request has no "{{name}}".',
    badAction: 'The action must have the form "service:Action".',
    badAccount: 'resourceAccount must be 12 digits.',
    badContext: 'A context value must be a string or a list of strings.',
    unknownRequestKey: 'Unknown request key "{{name}}" (expected principal, action, resource, resourceAccount, context).',
  },
  check(ctx) {
    const root = ctx.unit.root;
    if (!isObject(root)) return;
    const policies = getProperty(root, 'policies');
    const request = getProperty(root, 'request');
    const docOk = (n: ValueNode | undefined): void => {
      if (n !== undefined && n.type !== 'object' && n.type !== 'string') ctx.report({ node: n, messageId: 'notPolicy' });
    };
    if (policies?.value !== undefined) {
      if (!isObject(policies.value)) ctx.report({ node: policies.value, messageId: 'notObject', data: { name: 'policies' } });
      else {
        for (const p of policies.value.properties) {
          const name = p.key.value;
          const v = p.value;
          if (!POLICY_KINDS.has(name)) {
            ctx.report({ node: p.key, messageId: 'unknownKind', data: { name } });
            continue;
          }
          if (v === undefined || v.type === 'null') continue;
          if (name === 'identity' || name === 'scps' || name === 'rcps') {
            if (!isArray(v)) {
              ctx.report({ node: v, messageId: 'notList', data: { name } });
              continue;
            }
            for (const item of v.items) {
              if (isArray(item) && name !== 'identity') item.items.forEach(docOk);
              else docOk(item);
            }
          } else docOk(v);
        }
      }
    }
    if (request?.value === undefined) return;
    if (!isObject(request.value)) {
      ctx.report({ node: request.value, messageId: 'notObject', data: { name: 'request' } });
      return;
    }
    const req = request.value;
    for (const p of req.properties) if (!REQUEST_KEYS.has(p.key.value)) ctx.report({ node: p.key, messageId: 'unknownRequestKey', data: { name: p.key.value } });
    for (const name of ['principal', 'action', 'resource']) {
      const p = getProperty(req, name);
      if (p === undefined) ctx.report({ node: request.key, messageId: 'missing', data: { name } });
      else if (p.value?.type !== 'string' || p.value.value === '') ctx.report({ node: p.value ?? p.key, messageId: 'missing', data: { name } });
    }
    const action = getProperty(req, 'action')?.value;
    if (action?.type === 'string' && action.value !== '' && !/^[^:\s]+:[^:\s]+$/.test(action.value)) ctx.report({ node: action, messageId: 'badAction' });
    const account = getProperty(req, 'resourceAccount')?.value;
    if (account !== undefined && account.type !== 'null' && (account.type !== 'string' || !/^\d{12}$/.test(account.value))) ctx.report({ node: account, messageId: 'badAccount' });
    const context = getProperty(req, 'context')?.value;
    if (context !== undefined && context.type !== 'null') {
      if (!isObject(context)) ctx.report({ node: context, messageId: 'notObject', data: { name: 'context' } });
      else {
        for (const p of context.properties) {
          const v = p.value;
          const scalar = (n: ValueNode): boolean => n.type === 'string' || n.type === 'number' || n.type === 'boolean';
          if (v === undefined || !(scalar(v) || (isArray(v) && v.items.every(scalar)))) ctx.report({ node: v ?? p.key, messageId: 'badContext' });
        }
      }
    }
  },
});
