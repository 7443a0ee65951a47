// S3 rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import S3101 from './S3101-valid-bucket-name';
import S3102 from './S3102-valid-account-regional-name';
import S3103 from './S3103-valid-directory-bucket-name';
import S3104 from './S3104-valid-bucket-policy-size';

export const S3_RULES: readonly RuleDefinition[] = [
  S3101,
  S3102,
  S3103,
  S3104,
];
