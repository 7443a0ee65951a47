// SNS rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import SNS100 from './SNS100-valid-syntax';
import SNS107 from './SNS107-no-duplicate-keys';

export const SNS_RULES: readonly RuleDefinition[] = [
  SNS100,
  SNS107,
];
