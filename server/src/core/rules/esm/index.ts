// ESM rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import ESM101 from './ESM101-valid-mapping-settings';
import ESM102 from './ESM102-require-batching-window';
import ESM103 from './ESM103-valid-starting-position';
import ESM104 from './ESM104-valid-on-failure-destination';

export const ESM_RULES: readonly RuleDefinition[] = [
  ESM101,
  ESM102,
  ESM103,
  ESM104,
];
