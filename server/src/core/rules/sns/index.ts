// SNS rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import SNS100 from './SNS100-valid-syntax';
import SNS101 from './SNS101-valid-topic-name';
import SNS102 from './SNS102-no-fifo-only-attributes';
import SNS103 from './SNS103-valid-maximum-message-size';
import SNS104 from './SNS104-valid-subscription-endpoint';
import SNS105 from './SNS105-require-sqs-on-fifo-topic';
import SNS106 from './SNS106-valid-publish-size';
import SNS107 from './SNS107-no-duplicate-keys';
import SNS108 from './SNS108-valid-filter-policy';
import SNS109 from './SNS109-valid-filter-policy-size';

export const SNS_RULES: readonly RuleDefinition[] = [
  SNS100,
  SNS101,
  SNS102,
  SNS103,
  SNS104,
  SNS105,
  SNS106,
  SNS107,
  SNS108,
  SNS109,
];
