// ARN rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import ARN101 from './ARN101-valid-arn-prefix';
import ARN102 from './ARN102-require-arn-fields';
import ARN103 from './ARN103-valid-arn-service-case';
import ARN104 from './ARN104-valid-arn-account';
import ARN105 from './ARN105-no-wildcard-in-arn-service';
import ARN110 from './ARN110-valid-typed-arn-property';
import ARN111 from './ARN111-valid-resource-policy-resource';
import ARN201 from './ARN201-valid-arn-resource';
import ARN202 from './ARN202-valid-arn-partition';
import ARN203 from './ARN203-valid-arn-region';
import ARN204 from './ARN204-require-arn-region';
import ARN205 from './ARN205-no-arn-region';
import ARN206 from './ARN206-require-arn-account';
import ARN207 from './ARN207-no-arn-account';
import ARN210 from './ARN210-no-resource-type-mismatch';
import ARN211 from './ARN211-no-s3-object-bucket-mismatch';

export const ARN_RULES: readonly RuleDefinition[] = [
  ARN101,
  ARN102,
  ARN103,
  ARN104,
  ARN105,
  ARN110,
  ARN111,
  ARN201,
  ARN202,
  ARN203,
  ARN204,
  ARN205,
  ARN206,
  ARN207,
  ARN210,
  ARN211,
];
