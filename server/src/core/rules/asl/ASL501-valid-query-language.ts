// ASL501: `QueryLanguage` is "JSONPath" or "JSONata" (at the top level and on states).

import { aslModel } from '../../asl/model';
import { closest, isUnknown } from '../../asl/util';
import { ObjectNode, getProperty, isString } from '../../parse/tree';
import { flavorOf, replaceStringContent } from '../fixes';
import { RuleContext, defineRule } from '../types';

const VALUES = ['JSONPath', 'JSONata'];

export default defineRule({
  id: 'ASL501',
  name: 'valid-query-language',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: '`QueryLanguage` is `JSONPath` (the default) or `JSONata`.',
    why: 'Step Functions accepts only these two values, with this exact case.',
    invalid: [{ format: 'json', code: '{\n  "QueryLanguage": "JSONATA",\n  "StartAt": "A",\n  "States": { "A": { "Type": "Succeed" } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "QueryLanguage": "JSONata",\n  "StartAt": "A",\n  "States": { "A": { "Type": "Succeed" } }\n}\n' }],
    fixSafety: 'Correcting the case is safe: the intent is plain and AWS rejects the original.',
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html'],
  },
  messages: {
    invalid: "QueryLanguage must be \"JSONPath\" or \"JSONata\", not '{{value}}'.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const scope of machine.scopes) check(ctx, scope.node);
    for (const s of machine.states) if (s.node) check(ctx, s.node);
  },
});

function check(ctx: RuleContext, obj: ObjectNode): void {
  const v = getProperty(obj, 'QueryLanguage')?.value;
  if (v === undefined || isUnknown(ctx, v) || (isString(v) && VALUES.includes(v.value))) return;
  const guess = isString(v) ? closest(v.value, VALUES) : undefined;
  const safe = guess !== undefined && isString(v) && guess.toLowerCase() === v.value.toLowerCase();
  ctx.report({
    node: v,
    messageId: 'invalid',
    data: { value: isString(v) ? v.value : v.type },
    fixes: guess ? [{ title: `Change to '${guess}'`, safety: safe ? 'safe' : 'suggestion', preferred: true, edits: [replaceStringContent(v, guess, flavorOf(ctx.doc, ctx.unit))] }] : undefined,
  });
}
