// ASL rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import ASL100 from './ASL100-valid-syntax';
import ASL112 from './ASL112-no-duplicate-keys';

export const ASL_RULES: readonly RuleDefinition[] = [
  ASL100,
  ASL112,
];
