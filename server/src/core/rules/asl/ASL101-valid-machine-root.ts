// ASL101: every state machine root (the top level, each Parallel branch, each Map processor) has
// `StartAt` and `States`; the top level's `Version` is "1.0".

import { aslModel, scopeLabel } from '../../asl/model';
import { isUnknown, typeName } from '../../asl/util';
import { getProperty, isObject, isString, owningProperty } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL101',
  name: 'valid-machine-root',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A state machine, and each Parallel branch and Map processor, needs `StartAt` (a string) and `States` (an object); `Version` is "1.0".',
    why: 'Step Functions rejects a definition whose root, branch or item processor lacks `StartAt` or `States`: there is nothing to run. `Version` accepts only "1.0".',
    invalid: [{ format: 'json', kind: 'asl', code: '{\n  "States": { "A": { "Type": "Succeed" } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "1.0",\n  "StartAt": "A",\n  "States": { "A": { "Type": "Succeed" } }\n}\n' }],
    references: ['https://states-language.net/spec.html#toplevelfields'],
  },
  messages: {
    missing: "{{where}} must have '{{field}}'.",
    wrongType: "'{{field}}' must be {{expected}}, not {{actual}}.",
    version: "'Version' must be \"1.0\".",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const scope of machine.scopes) {
      const where = scope.kind === 'root' ? 'The state machine' : capitalize(scopeLabel(scope));
      // A root embedded in a template is anchored on its Definition/DefinitionString key.
      const anchorProp = scope.kind === 'root' ? (ctx.unit.hostNode ? owningProperty(ctx.unit.hostNode) : undefined) : owningProperty(scope.node);
      const anchor = anchorProp ? anchorProp.key : { offset: scope.node.offset, length: Math.min(1, scope.node.length) };
      for (const [field, expected] of [['StartAt', 'string'], ['States', 'object']] as const) {
        const p = getProperty(scope.node, field);
        if (p === undefined) {
          ctx.report({ range: { offset: anchor.offset, length: anchor.length }, messageId: 'missing', data: { where, field } });
          continue;
        }
        const v = p.value;
        if (v === undefined || isUnknown(ctx, v)) continue;
        const ok = expected === 'string' ? isString(v) : isObject(v);
        if (!ok) ctx.report({ node: v, messageId: 'wrongType', data: { field, expected: expected === 'string' ? 'a string' : 'an object', actual: typeName(v) } });
      }
    }
    const version = getProperty(machine.root.node, 'Version')?.value;
    if (version !== undefined && !isUnknown(ctx, version) && !(isString(version) && version.value === '1.0')) ctx.report({ node: version, messageId: 'version' });
  },
});

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
