// IAM102 DATA_TYPE_MISMATCH: an element's value has the wrong JSON type (a number where IAM wants a
// string, an object inside an action list, ...). Version and Effect are IAM106's and IAM108's.

import { isIntrinsic, isIntrinsicKey } from '../../iam/conditions';
import type { StatementView } from '../../iam/policy';
import { ValueNode, asList } from '../../parse/tree';
import { policyOf } from '../shared/iam';
import { defineRule } from '../types';

const LIST_ELEMENTS: (keyof StatementView)[] = ['action', 'notAction', 'resource', 'notResource'];

function typeName(v: ValueNode): string {
  return v.type === 'null' ? 'null' : v.type;
}

export default defineRule({
  id: 'IAM102',
  name: 'valid-element-type',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Policy elements must have the JSON type IAM expects (strings, lists of strings, objects).',
    why: 'IAM rejects a policy whose values have the wrong JSON type: a number as a Sid, an object inside an Action list, a Condition that is a list, a statement that is a string (Access Analyzer: DATA_TYPE_MISMATCH). Condition values may be strings, numbers or booleans, alone or in a list.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": ["s3:GetObject", 42], "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Sid": "Read", "Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*", "Condition": { "NumericLessThan": { "s3:max-keys": 10 } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html'],
  },
  messages: {
    expected: '{{element}} must be {{expected}}, not {{actual}}.',
  },
  check(ctx) {
    const policy = policyOf(ctx);
    if (policy === undefined) return;
    const bad = (v: ValueNode, element: string, expected: string): void => {
      if (ctx.isPlaceholder(v) || isIntrinsic(v)) return;
      ctx.report({ node: v, messageId: 'expected', data: { element, expected, actual: typeName(v) } });
    };
    const id = policy.id?.value;
    if (id !== undefined && id.type !== 'string') bad(id, 'Id', 'a string');
    const st = policy.statement?.value;
    if (st !== undefined && st.type !== 'object' && st.type !== 'array') bad(st, 'Statement', 'an object or a list of objects');
    if (st?.type === 'array') for (const item of st.items) if (item.type !== 'object') bad(item, 'A statement', 'an object');
    for (const s of policy.statements) checkStatement(s, bad);
  },
});

function checkStatement(s: StatementView, bad: (v: ValueNode, element: string, expected: string) => void): void {
  const sid = s.sid?.value;
  if (sid !== undefined && sid.type !== 'string') bad(sid, 'Sid', 'a string');
  for (const k of LIST_ELEMENTS) {
    const prop = s[k] as { key: { value: string }; value?: ValueNode } | undefined;
    const v = prop?.value;
    if (v === undefined || isIntrinsic(v)) continue;
    if (v.type !== 'string' && v.type !== 'array') {
      bad(v, prop!.key.value, 'a string or a list of strings');
      continue;
    }
    for (const item of asList(v)) if (item.type !== 'string') bad(item, `An item of ${prop!.key.value}`, 'a string');
  }
  for (const prop of [s.principal, s.notPrincipal]) {
    const v = prop?.value;
    if (prop === undefined || v === undefined || isIntrinsic(v) || v.type !== 'object') continue; // Strings: IAM113.
    for (const p of v.properties) {
      const pv = p.value;
      if (pv === undefined || isIntrinsic(pv) || isIntrinsicKey(p.key.value)) continue;
      if (pv.type !== 'string' && pv.type !== 'array') {
        bad(pv, `${prop.key.value} ${p.key.value}`, 'a string or a list of strings');
        continue;
      }
      for (const item of asList(pv)) if (item.type !== 'string') bad(item, `An item of ${prop.key.value} ${p.key.value}`, 'a string');
    }
  }
  const cond = s.condition?.value;
  if (cond === undefined || isIntrinsic(cond)) return;
  if (cond.type !== 'object') {
    bad(cond, 'Condition', 'an object of operators');
    return;
  }
  for (const block of cond.properties) {
    const bv = block.value;
    if (bv === undefined || isIntrinsic(bv) || isIntrinsicKey(block.key.value)) continue;
    if (bv.type !== 'object') {
      bad(bv, `The ${block.key.value} block`, 'an object of condition keys');
      continue;
    }
    for (const kp of bv.properties) {
      const kv = kp.value;
      if (kv === undefined || isIntrinsic(kv) || isIntrinsicKey(kp.key.value)) continue;
      for (const item of asList(kv)) {
        if (item.type === 'object' || item.type === 'array' || item.type === 'null') bad(item, `A value of ${kp.key.value}`, 'a string, a number or a boolean');
      }
    }
  }
}
