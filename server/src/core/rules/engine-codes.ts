// The codes of the diagnostics the engine itself emits (not rules), in a module of their own so that
// hosts can name them without loading the engine.

/** Diagnostics the engine itself emits (not rules): documented in docs/rules/README.md. */
export const ENGINE_CODES = {
  tooLarge: 'AWSPOLICY001',
  timeBudget: 'AWSPOLICY002',
} as const;
