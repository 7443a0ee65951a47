// ASL703: a definition is at most 1,048,576 characters (as sent to Step Functions).

import { MAX_DEFINITION_CHARS } from '../../asl/spec';
import { owningProperty, toValue } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL703',
  name: 'valid-definition-size',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A state machine definition is at most 1,048,576 characters.',
    why: 'CreateStateMachine and UpdateStateMachine reject larger definitions. Move large literals to S3, or split the workflow into nested state machines.',
    invalid: [{ format: 'json', code: `{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Comment": "${'c'.repeat(1048600)}", "End": true } }\n}\n` }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "End": true } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html'],
  },
  messages: {
    tooLarge: 'The definition is {{size}} characters long; the maximum is 1,048,576.',
  },
  check(ctx) {
    const root = ctx.unit.root;
    if (root === undefined) return;
    let size: number;
    if (ctx.unit.embedded !== undefined) size = ctx.unit.embedded.text.length;
    else if (ctx.unit.embedding === 'file') size = ctx.doc.format === 'json' ? ctx.text.length : (JSON.stringify(toValue(root)) ?? '').length;
    else size = root.length < MAX_DEFINITION_CHARS / 4 ? 0 : (JSON.stringify(toValue(root)) ?? '').length;
    if (size <= MAX_DEFINITION_CHARS) return;
    const key = ctx.unit.hostNode ? owningProperty(ctx.unit.hostNode)?.key : undefined;
    ctx.report({ range: key ? { offset: key.offset, length: key.length } : { offset: root.offset, length: Math.min(1, root.length) }, messageId: 'tooLarge', data: { size: size.toLocaleString('en-US') } });
  },
});
