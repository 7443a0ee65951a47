// SQS rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import SQS100 from './SQS100-valid-syntax';
import SQS110 from './SQS110-no-duplicate-keys';

export const SQS_RULES: readonly RuleDefinition[] = [
  SQS100,
  SQS110,
];
