// ASL102: each state is an object whose `Type` is one of the eight state types.

import { aslModel } from '../../asl/model';
import { STATE_TYPES, STATE_TYPE_SET } from '../../asl/spec';
import { closest, isUnknown, typeName } from '../../asl/util';
import { getProperty, isString } from '../../parse/tree';
import { flavorOf, replaceStringContent } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL102',
  name: 'valid-state-type',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Each state is an object with a `Type` of `Pass`, `Task`, `Choice`, `Wait`, `Succeed`, `Fail`, `Parallel` or `Map`.',
    why: 'Step Functions rejects any other type. A common slip is `Success` for `Succeed` (the study notes call the success state "success").',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "Done",\n  "States": { "Done": { "Type": "Success" } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "Done",\n  "States": { "Done": { "Type": "Succeed" } }\n}\n' }],
    fixSafety: 'Replacing a type that differs only in case, or `Success`, with the valid type is safe: AWS rejects the original. Other suggestions are offered only.',
    references: ['https://states-language.net/spec.html#statetypes'],
  },
  messages: {
    notObject: "State '{{name}}' must be an object, not {{actual}}.",
    missing: "State '{{name}}' has no 'Type'.",
    unknown: "'{{type}}' is not a state type{{hint}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      const v = s.prop.value;
      if (v === undefined || isUnknown(ctx, v)) continue;
      if (s.node === undefined) {
        ctx.report({ node: v, messageId: 'notObject', data: { name: s.name, actual: typeName(v) } });
        continue;
      }
      const tp = getProperty(s.node, 'Type');
      if (tp === undefined) {
        ctx.report({ node: s.key, messageId: 'missing', data: { name: s.name } });
        continue;
      }
      const t = tp.value;
      if (t === undefined || isUnknown(ctx, t)) continue;
      if (isString(t) && STATE_TYPE_SET.has(t.value)) continue;
      const name = isString(t) ? t.value : typeName(t);
      const guess = isString(t) ? (/^success(ful)?$/i.test(t.value) ? 'Succeed' : closest(t.value, STATE_TYPES)) : undefined;
      const safe = guess !== undefined && isString(t) && (guess.toLowerCase() === t.value.toLowerCase() || /^success$/i.test(t.value));
      ctx.report({
        node: t,
        messageId: 'unknown',
        data: { type: name, hint: guess ? `; did you mean '${guess}'?` : ` (one of ${STATE_TYPES.join(', ')})` },
        fixes: guess ? [{ title: `Change to '${guess}'`, safety: safe ? 'safe' : 'suggestion', preferred: true, edits: [replaceStringContent(t, guess, flavorOf(ctx.doc, ctx.unit))] }] : undefined,
      });
    }
  },
});
