// ASL802: in templates, every `${Name}` placeholder of a definition has a value (a
// DefinitionSubstitutions key, an Fn::Sub variable, a parameter, a resource or a pseudo parameter),
// and every DefinitionSubstitutions key is used.

import { findPlaceholders } from '../../model/embedded';
import { PSEUDO_PARAMETERS, intrinsicName } from '../../model/template';
import { StringNode, ValueNode, stringRange, walk } from '../../parse/tree';
import { closest } from '../../asl/util';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL802',
  name: 'valid-substitutions',
  appliesTo: ['asl'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Each `${Name}` placeholder in a template\'s state machine definition has a `DefinitionSubstitutions` key (or an `Fn::Sub` variable), and each key is used.',
    why: 'CloudFormation leaves an unmatched placeholder in the definition, which then fails validation or calls a resource named `${Name}` at run time; an unused key usually means a renamed placeholder.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionSubstitutions:\n        FnArn: arn:aws:lambda:us-east-1:123456789012:function:f\n      Definition:\n        Comment: Runs in ${Stage}\n        StartAt: Call\n        States:\n          Call:\n            Type: Task\n            Resource: ${FnArn}\n            End: true\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionSubstitutions:\n        FnArn: arn:aws:lambda:us-east-1:123456789012:function:f\n      Definition:\n        StartAt: Call\n        States:\n          Call:\n            Type: Task\n            Resource: ${FnArn}\n            End: true\n' }],
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-stepfunctions-statemachine.html#cfn-stepfunctions-statemachine-definitionsubstitutions'],
  },
  messages: {
    missing: "Placeholder '${{{name}}}' has no value: add it to DefinitionSubstitutions{{hint}}.",
    unused: "DefinitionSubstitutions key '{{name}}' is not used in the definition.",
  },
  check(ctx) {
    const subs = ctx.unit.context.substitutions;
    const template = ctx.doc.template;
    if (subs === undefined || template === undefined || ctx.unit.root === undefined) return;
    const viaSub = ctx.unit.embedded?.via === 'Fn::Sub';
    const seen = new Map<number, { name: string; length: number; offset: number }>();
    for (const p of ctx.unit.placeholders) if (p.name !== '' && ctx.unit.embedded?.via !== 'Fn::Join') seen.set(p.offset, { name: p.name, offset: p.offset, length: p.length });
    if (!viaSub) {
      walk(ctx.unit.root, (n) => {
        if (n.type !== 'string' || !n.value.includes('${')) return;
        for (const ph of findPlaceholders(n.value)) {
          const r = stringRange(n as StringNode, ph.offset, ph.length);
          if (!seen.has(r.offset)) seen.set(r.offset, { name: ph.name, ...r });
        }
      });
    }
    // `!Sub` strings inside a Definition object are CloudFormation's to fill, with its own variables.
    // (CloudFormation itself rejects an unresolvable `!Sub` variable, so those are not reported here.)
    const subObjects: { offset: number; end: number }[] = [];
    if (!viaSub) {
      walk(ctx.unit.root, (n) => {
        if (n.type !== 'object' || intrinsicName(n) !== 'Fn::Sub') return;
        subObjects.push({ offset: n.offset, end: n.offset + n.length });
        return false;
      });
    }
    const used = new Set<string>();
    for (const ph of seen.values()) {
      if (subObjects.some((o) => ph.offset >= o.offset && ph.offset < o.end)) continue;
      used.add(ph.name);
      const base = ph.name.split('.')[0];
      const known = subs.has(ph.name) || (viaSub && (PSEUDO_PARAMETERS.has(ph.name) || template.parameters.has(ph.name) || template.resources.has(base)));
      if (known) continue;
      const guess = closest(ph.name, subs);
      ctx.report({ range: { offset: ph.offset, length: ph.length }, messageId: 'missing', data: { name: ph.name, hint: guess ? ` (did you mean '${guess}'?)` : '' } });
    }
    const node: ValueNode | undefined = ctx.unit.context.substitutionsNode;
    if (node?.type === 'object') {
      for (const p of node.properties) if (!used.has(p.key.value)) ctx.report({ node: p.key, messageId: 'unused', data: { name: p.key.value }, severity: 'warning', tags: ['unnecessary'] });
    }
  },
});
