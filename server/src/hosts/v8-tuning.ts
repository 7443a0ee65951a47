// V8 settings for the processes that analyse documents (the language server and the CLI), set at the
// start of their entry points, before any analysis code is optimised. V8 flags are per process: the
// analysis worker and the CLI's threads share them. Library users (tests, the benchmark's in-process
// figures) keep V8's defaults.
//
// Why: V8's optimising compiler (TurboFan) inlines callees into a hot function up to a cumulative budget
// of bytecode (920 bytes by default). Our rules are many mid-sized functions calling many small helpers,
// so each optimisation builds a large graph: over the 1,594 managed policies, ~450 optimisations took
// ~12 s of compiler time in all, 100–200 ms for some functions, each re-optimised when a new document
// shape deoptimises it. On a 2-core machine that queue competes with the analysis itself, and the first
// documents run unoptimised meanwhile: a fresh process analyses its first 100 policies 4–10 times slower
// than it does later. A smaller budget still inlines the small helpers and spares the big graphs.
// Measured (interleaved, 5 rounds, 2 cores): `awspolicy check` over the managed policies 6.6 → 5.9 s
// wall and 10.0 → 8.1 CPU-s; in the language server, didOpen of a 1 MB policy 1.59 → 1.36 s and of the
// 1 MB templates 3–6% sooner, peak RSS 6–13 MB lower; warm analyses were not slower.
//
// `AWSPOLICY_V8_FLAGS` replaces the list (space-separated; empty for V8's defaults), for measurements.

import * as v8 from 'v8';

export const V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=200'];

/** The flags for an environment: `AWSPOLICY_V8_FLAGS` when set, `V8_FLAGS` otherwise. */
export function v8FlagsFor(env: NodeJS.ProcessEnv): readonly string[] {
  const given = env.AWSPOLICY_V8_FLAGS;
  return given === undefined ? V8_FLAGS : given.split(/\s+/).filter((f) => f.length > 0);
}

let tuned = false;

/** Applies this environment's flags to the process, once. */
export function tuneV8(): void {
  if (tuned) return;
  tuned = true;
  for (const f of v8FlagsFor(process.env)) v8.setFlagsFromString(f);
}
