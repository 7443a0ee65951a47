// SEC rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';

export const SEC_RULES: readonly RuleDefinition[] = [
];
