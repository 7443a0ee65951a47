// Rules that misbehave on purpose, loaded into the analysis worker by the resilience tests
// (AnalysisHost's extraRulesModule): one loops forever, one throws, one is slow, each only on
// documents that carry its trigger word, so ordinary documents are unaffected.

import { defineRule } from '../../../server/src/core/rules/types';

const base = {
  appliesTo: ['iam-policy'] as const,
  defaultSeverity: 'warning' as const,
  status: 'preview' as const,
  since: '0.0.0',
  docs: { summary: 'test', why: 'test', invalid: [], valid: [] },
  messages: { x: 'x' },
};

export const rules = [
  defineRule({
    ...base,
    appliesTo: [...base.appliesTo],
    id: 'IAM997',
    name: 'loops-forever',
    check(ctx) {
      if (!ctx.text.includes('LoopForever')) return;
      for (;;) {
        // An endless loop, as a buggy rule might have: only the worker's replacement stops it.
      }
    },
  }),
  defineRule({
    ...base,
    appliesTo: [...base.appliesTo],
    id: 'IAM998',
    name: 'throws',
    check(ctx) {
      if (ctx.text.includes('ThrowNow')) throw new Error('deliberate failure');
    },
  }),
];
