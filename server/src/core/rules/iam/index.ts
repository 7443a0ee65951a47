// IAM rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import IAM101 from './IAM101-valid-json-syntax';
import IAM104 from './IAM104-require-statement';
import IAM105 from './IAM105-require-version';
import IAM106 from './IAM106-valid-version';
import IAM108 from './IAM108-valid-effect';
import IAM110 from './IAM110-no-exclusive-element-pair';
import IAM138 from './IAM138-no-duplicate-keys';

export const IAM_RULES: readonly RuleDefinition[] = [
  IAM101,
  IAM104,
  IAM105,
  IAM106,
  IAM108,
  IAM110,
  IAM138,
];
