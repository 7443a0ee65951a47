// SQS rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import SQS100 from './SQS100-valid-syntax';
import SQS101 from './SQS101-require-fifo-suffix';
import SQS102 from './SQS102-valid-queue-name';
import SQS103 from './SQS103-no-fifo-only-attributes';
import SQS104 from './SQS104-valid-attribute-values';
import SQS105 from './SQS105-valid-redrive-policy';
import SQS106 from './SQS106-no-fifo-per-message-delay';
import SQS107 from './SQS107-valid-queue-policy-size';
import SQS108 from './SQS108-valid-message-size';
import SQS110 from './SQS110-no-duplicate-keys';
import SQS111 from './SQS111-valid-redrive-allow-policy';

export const SQS_RULES: readonly RuleDefinition[] = [
  SQS100,
  SQS101,
  SQS102,
  SQS103,
  SQS104,
  SQS105,
  SQS106,
  SQS107,
  SQS108,
  SQS110,
  SQS111,
];
