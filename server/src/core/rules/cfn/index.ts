// CFN rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import CFN100 from './CFN100-valid-syntax';
import CFN101 from './CFN101-valid-visibility-timeout';
import CFN102 from './CFN102-require-visibility-margin';
import CFN103 from './CFN103-require-lambda-max-receive-count';
import CFN104 from './CFN104-valid-dead-letter-queue-type';
import CFN105 from './CFN105-require-longer-dlq-retention';
import CFN106 from './CFN106-valid-fifo-batch-size';
import CFN107 from './CFN107-no-fifo-queue-on-standard-topic';
import CFN108 from './CFN108-require-sqs-subscription-on-fifo-topic';
import CFN109 from './CFN109-require-sns-queue-policy';
import CFN110 from './CFN110-valid-subscription-dlq';
import CFN111 from './CFN111-require-service-key-access';
import CFN112 from './CFN112-no-fifo-notification-target';
import CFN113 from './CFN113-require-notification-target-policy';
import CFN114 from './CFN114-valid-async-destination';
import CFN115 from './CFN115-no-fanout-size-mismatch';
import CFN116 from './CFN116-no-other-bucket-in-policy';
import CFN119 from './CFN119-no-ref-to-role-with-path';
import CFN120 from './CFN120-valid-managed-policy';
import CFN121 from './CFN121-no-duplicate-keys';

export const CFN_RULES: readonly RuleDefinition[] = [
  CFN100,
  CFN101,
  CFN102,
  CFN103,
  CFN104,
  CFN105,
  CFN106,
  CFN107,
  CFN108,
  CFN109,
  CFN110,
  CFN111,
  CFN112,
  CFN113,
  CFN114,
  CFN115,
  CFN116,
  CFN119,
  CFN120,
  CFN121,
];
