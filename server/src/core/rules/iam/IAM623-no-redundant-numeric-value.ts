// IAM623 REDUNDANT_CONDITION_VALUE_NUM: several bounds for one numeric comparison, where one decides.

import { isArray } from '../../parse/tree';
import { flavorOf } from '../fixes';
import { entriesOf, entryValues } from '../shared/condition-values';
import { removeItem } from '../shared/edits';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM623',
  name: 'no-redundant-numeric-value',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'With `NumericLessThan`/`GreaterThan` (and `…Equals`), only the loosest of several values matters.',
    why: 'Values of one key are ORed: `NumericLessThan` with 10 and 100 means "less than 100". The smaller value does nothing and suggests a tighter limit than the policy enforces (Access Analyzer: REDUNDANT_CONDITION_VALUE_NUM).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "NumericLessThanEquals": { "s3:max-keys": ["10", "100"] } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "NumericLessThanEquals": { "s3:max-keys": "100" }, "NumericEquals": { "s3:max-keys": ["10", "100"] } } }]\n}\n' }],
    fixSafety: 'Removing a value the loosest bound already covers does not change the condition, so the fix is safe.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric'],
  },
  messages: {
    redundant: "'{{value}}' is redundant: {{operator}} {{bound}} already covers it.",
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const e of entriesOf(ctx, 'Numeric')) {
      const op = e.operator!;
      const less = /LessThan/.test(op.base.name);
      const greater = /GreaterThan/.test(op.base.name);
      if ((!less && !greater) || op.qualifier !== undefined || !isArray(e.value)) continue;
      const values = entryValues(ctx, e).filter((v) => !v.variable && /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(v.text)).map((v) => ({ v, n: Number(v.text) }));
      if (values.length < 2) continue;
      const bound = values.reduce((b, x) => ((less ? x.n > b.n : x.n < b.n) ? x : b));
      for (const x of values) {
        if (x === bound) continue;
        const edit = removeItem(ctx.doc, e.value, x.v.node, flavor);
        ctx.report({ node: x.v.node, messageId: 'redundant', data: { value: x.v.text, operator: op.canonical, bound: bound.v.text }, tags: ['unnecessary'], fixes: edit ? [{ title: `Remove '${x.v.text}'`, safety: 'safe', preferred: true, edits: [edit] }] : undefined });
      }
    }
  },
});
