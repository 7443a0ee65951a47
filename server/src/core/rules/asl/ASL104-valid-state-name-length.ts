// ASL104: state names are at most 80 Unicode characters.

import { aslModel } from '../../asl/model';
import { MAX_NAME_LENGTH } from '../../asl/spec';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL104',
  name: 'valid-state-name-length',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A state name is at most 80 characters long.',
    why: 'Step Functions rejects a definition with a longer state name ("State names must be up to 80 characters").',
    invalid: [{ format: 'json', code: `{\n  "StartAt": "${'S'.repeat(81)}",\n  "States": { "${'S'.repeat(81)}": { "Type": "Succeed" } }\n}\n` }],
    valid: [{ format: 'json', code: `{\n  "StartAt": "${'S'.repeat(80)}",\n  "States": { "${'S'.repeat(80)}": { "Type": "Succeed" } }\n}\n` }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html'],
  },
  messages: {
    tooLong: "State name is {{length}} characters long; the maximum is {{max}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      const length = [...s.name].length;
      if (length > MAX_NAME_LENGTH) ctx.report({ node: s.key, messageId: 'tooLong', data: { length, max: MAX_NAME_LENGTH } });
    }
  },
});
