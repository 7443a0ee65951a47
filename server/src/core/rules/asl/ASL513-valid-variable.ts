// ASL513: workflow variables: `Assign` names are identifiers of at most 80 characters and not `states`;
// a JSONPath ResultPath cannot write to a variable.

import { aslModel, objectItems } from '../../asl/model';
import { choiceRules } from '../../asl/choice';
import { MAX_NAME_LENGTH } from '../../asl/spec';
import { isUnknown } from '../../asl/util';
import { ObjectNode, ValueNode, getValue, isObject, isString } from '../../parse/tree';
import { RuleContext, defineRule } from '../types';

const IDENT = /^[\p{ID_Start}_$][\p{ID_Continue}$\u200C\u200D]*$/u;

export default defineRule({
  id: 'ASL513',
  name: 'valid-variable',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Variable names in `Assign` are identifiers of at most 80 characters other than `states`; `ResultPath` does not write to a variable.',
    why: 'Step Functions rejects such an `Assign`: `states` is reserved for `$states`, and a variable name must be a valid identifier. Variables are set only through `Assign`.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Assign": { "order-id.$": "$.id" }, "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Assign": { "orderId.$": "$.id" }, "End": true } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html'],
  },
  messages: {
    name: "'{{name}}' cannot be referenced as a variable: use letters, digits, '_' and '$', not starting with a digit.",
    reserved: "'states' is reserved: it is the $states variable of JSONata expressions.",
    tooLong: 'Variable name is {{length}} characters long; the maximum is 80.',
    resultPath: "ResultPath cannot write to variable '${{name}}'; use Assign.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.node === undefined) continue;
      const assigns: ObjectNode[] = [];
      const a = getValue(s.node, 'Assign');
      if (isObject(a)) assigns.push(a);
      for (const c of objectItems(getValue(s.node, 'Catch'))) {
        const ca = getValue(c, 'Assign');
        if (isObject(ca)) assigns.push(ca);
        checkResultPath(ctx, getValue(c, 'ResultPath'));
      }
      if (s.type === 'Choice') for (const r of choiceRules(s)) {
        const ra = getValue(r.rule, 'Assign');
        if (isObject(ra)) assigns.push(ra);
      }
      for (const obj of assigns) {
        for (const p of obj.properties) {
          if (isUnknown(ctx, p.key)) continue;
          const name = p.key.value.endsWith('.$') ? p.key.value.slice(0, -2) : p.key.value;
          const length = [...name].length;
          if (name === 'states') ctx.report({ node: p.key, messageId: 'reserved' });
          // AWS accepts such names, but `$top-level` cannot be referenced (it reads as `$top - level`).
          else if (!IDENT.test(name)) ctx.report({ node: p.key, messageId: 'name', data: { name }, severity: 'warning' });
          else if (length > MAX_NAME_LENGTH) ctx.report({ node: p.key, messageId: 'tooLong', data: { length } });
        }
      }
      if (s.queryLanguage === 'JSONPath') checkResultPath(ctx, getValue(s.node, 'ResultPath'));
    }
  },
});

function checkResultPath(ctx: RuleContext, v: ValueNode | undefined): void {
  if (!isString(v)) return;
  const m = /^\$([A-Za-z_]\w*)/.exec(v.value);
  if (m) ctx.report({ node: v, messageId: 'resultPath', data: { name: m[1] } });
}
