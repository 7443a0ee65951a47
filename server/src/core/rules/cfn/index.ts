// CFN rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import CFN100 from './CFN100-valid-syntax';
import CFN121 from './CFN121-no-duplicate-keys';

export const CFN_RULES: readonly RuleDefinition[] = [
  CFN100,
  CFN121,
];
