// LAMBDA rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import LAMBDA101 from './LAMBDA101-valid-function-settings';
import LAMBDA102 from './LAMBDA102-valid-environment';
import LAMBDA103 from './LAMBDA103-no-deprecated-runtime';
import LAMBDA104 from './LAMBDA104-valid-async-config';
import LAMBDA105 from './LAMBDA105-valid-permission-source';

export const LAMBDA_RULES: readonly RuleDefinition[] = [
  LAMBDA101,
  LAMBDA102,
  LAMBDA103,
  LAMBDA104,
  LAMBDA105,
];
