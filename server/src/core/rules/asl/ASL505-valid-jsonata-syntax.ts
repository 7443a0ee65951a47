// ASL505: the JSONata expression inside each `{% … %}` string of a JSONata state parses.

import { jsonataSites } from '../../asl/fields';
import { isJsonataString, parseJsonataNode } from '../../asl/jsonata';
import { aslModel } from '../../asl/model';
import { stringRange } from '../../parse/tree';
import { defineRule } from '../types';

function halfDelimited(v: string): boolean {
  const t = v.trim();
  return t.startsWith('{%') !== t.endsWith('%}');
}

export default defineRule({
  id: 'ASL505',
  name: 'valid-jsonata-syntax',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'JSONata expressions inside `{% … %}` are syntactically valid.',
    why: 'Step Functions parses the expressions when the definition is created and rejects one that does not parse; a typo in a rarely used branch would otherwise surface at deployment.',
    invalid: [{ format: 'json', code: '{\n  "QueryLanguage": "JSONata",\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Output": "{% $states.input.price * %}", "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "QueryLanguage": "JSONata",\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Output": "{% $states.input.price * 2 %}", "End": true } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html', 'https://docs.jsonata.org/overview.html'],
  },
  messages: {
    syntax: 'JSONata syntax error: {{detail}}.',
    delimiters: 'A JSONata expression is written between {% and %}; this string has only one of them, so it is a plain string.',
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.queryLanguage !== 'JSONata') continue;
      for (const site of jsonataSites(s, isJsonataString)) {
        const parsed = parseJsonataNode(site.node);
        if (parsed?.error === undefined) continue;
        const e = parsed.error;
        ctx.report({ range: stringRange(site.node, parsed.expr.start + e.offset, e.length), messageId: 'syntax', data: { detail: e.message.replace(/\.$/, '') } });
      }
      // A string that opens `{%` without closing it (or the reverse) is a literal by accident.
      for (const site of jsonataSites(s, halfDelimited)) {
        ctx.report({ node: site.node, messageId: 'delimiters' });
      }
    }
  },
});
