// Warming up a thread that will analyse documents. V8 compiles a function on its first call and
// optimises the hot ones later, so the first analysis in a fresh thread costs far more than the next
// one (on a 1 MB template, ~1.25 s against ~0.45 s). The rules' own documentation examples are small
// documents of every kind that reach every rule, findings and fixes included: analysing them while the
// editor is still starting moves part of that one-off cost out of the first real request (measured:
// ~15–20% of the first analysis of a 1 MB template; the rest is V8 optimising for that document's shape).
//
// The work is cut into slices so the caller can serve requests between them, and stops for good when
// the budget is spent or the caller says so (a real analysis warms the code as well as this does).

import { analyze } from './analyze';
import { mergeConfig, DEFAULT_CONFIG } from './config';
import { parseKindName } from './model/kinds';
import type { DocExample, RuleDefinition } from './rules/types';
import type { Services } from './services';

export interface WarmUpStep {
  /** Analyses examples for about `sliceMs`; returns false when the warm-up is over. */
  (sliceMs: number): boolean;
}

export interface WarmUpProgress {
  documents: number;
  ms: number;
}

/**
 * A warm-up that analyses the documentation examples of `rules` with those rules, slice by slice, and
 * stops after `budgetMs` of work in all. `progress` reports what it did (for the log and the tests).
 */
export function warmUp(rules: readonly RuleDefinition[], services: Services, budgetMs: number, now: () => number = () => performance.now()): { step: WarmUpStep; progress: WarmUpProgress } {
  // Round robin over the areas (ARN, ASL, CFN, IAM, SQS…), so a budget spent early still reached all of them.
  const byArea = new Map<string, DocExample[]>();
  for (const r of rules) {
    const area = r.id.replace(/\d+$/, '');
    const list = byArea.get(area) ?? [];
    list.push(...r.docs.invalid, ...r.docs.valid);
    byArea.set(area, list);
  }
  const examples: DocExample[] = [];
  const lists = [...byArea.values()];
  const total = lists.reduce((n, l) => n + l.length, 0);
  for (let i = 0; examples.length < total; i++) {
    for (const l of lists) if (i < l.length) examples.push(l[i]);
  }
  const config = mergeConfig(DEFAULT_CONFIG);
  const progress: WarmUpProgress = { documents: 0, ms: 0 };
  let next = 0;
  const step: WarmUpStep = (sliceMs) => {
    if (next >= examples.length || progress.ms >= budgetMs) return false;
    const start = now();
    const stopAt = start + Math.min(sliceMs, budgetMs - progress.ms);
    while (next < examples.length) {
      const ex = examples[next++];
      try {
        analyze({ text: ex.code, uri: `file:///awspolicy-warm-up/example-${next}.${ex.format}` }, { config, services, rules, kindOverride: ex.kind ? parseKindName(ex.kind) : undefined });
      } catch {
        // A failing example is the registry test's business; the warm-up only wants the code compiled.
      }
      progress.documents++;
      if (now() >= stopAt) break;
    }
    progress.ms += now() - start;
    return next < examples.length && progress.ms < budgetMs;
  };
  return { step, progress };
}
