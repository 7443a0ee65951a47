// ASL507: JSONPath syntax of path fields (InputPath, OutputPath, ItemsPath, Choice Variable and `…Path`
// operands, Fail ErrorPath/CausePath) and of payload-template values; Reference Paths (ResultPath,
// `…SecondsPath`, ...) name a single node.

import { isPathProblem, checkPath } from '../../asl/paths';
import { aslModel } from '../../asl/model';
import { pathFields, payloadTemplates } from '../../asl/templates';
import { dollarKeys, isUnknown } from '../../asl/util';
import { StringNode, isString, stringRange } from '../../parse/tree';
import { RuleContext, defineRule } from '../types';

export default defineRule({
  id: 'ASL507',
  name: 'valid-jsonpath',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Path fields hold valid JSONPath starting with `$`; Reference Paths (`ResultPath`, `…SecondsPath`) name a single node (no `*`, `..`, filters or slices).',
    why: 'Step Functions rejects a path that does not parse (`"InputPath": "payload"` without `$`), and a `ResultPath` that could name several nodes.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "ResultPath": "$.items[*]", "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "ResultPath": "$.items[0]", "End": true } }\n}\n' }],
    references: ['https://states-language.net/spec.html#path', 'https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html'],
  },
  messages: {
    invalid: "Invalid {{kind}} '{{path}}': {{detail}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      for (const f of pathFields(s)) {
        const v = f.prop.value;
        if (!isString(v) || isUnknown(ctx, v)) continue;
        if (f.intrinsic && v.value.startsWith('States.')) continue;
        check(ctx, v, v.value, f.reference);
      }
      for (const t of payloadTemplates(s)) {
        dollarKeys(t, (p) => {
          const v = p.value;
          if (isString(v) && v.value.startsWith('$') && !isUnknown(ctx, v)) check(ctx, v, v.value, false);
        });
      }
    }
  },
});

function check(ctx: RuleContext, node: StringNode, path: string, reference: boolean): void {
  const r = checkPath(path, reference);
  if (!isPathProblem(r)) return;
  ctx.report({ range: stringRange(node, r.offset, Math.max(1, Math.min(r.length, Math.max(1, path.length - r.offset)))), messageId: 'invalid', data: { kind: reference ? 'reference path' : 'path', path, detail: r.message } });
}
