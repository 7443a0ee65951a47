// ASL rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import ASL100 from './ASL100-valid-syntax';
import ASL101 from './ASL101-valid-machine-root';
import ASL102 from './ASL102-valid-state-type';
import ASL103 from './ASL103-valid-fields';
import ASL104 from './ASL104-valid-state-name-length';
import ASL105 from './ASL105-no-duplicate-state-names';
import ASL106 from './ASL106-no-exclusive-field-pair';
import ASL107 from './ASL107-valid-wait-duration';
import ASL108 from './ASL108-no-fail-io-paths';
import ASL109 from './ASL109-valid-task-resource';
import ASL110 from './ASL110-valid-number-range';
import ASL111 from './ASL111-valid-timestamp';
import ASL112 from './ASL112-no-duplicate-keys';
import ASL201 from './ASL201-valid-start-at';
import ASL202 from './ASL202-valid-transition-target';
import ASL203 from './ASL203-no-cross-scope-transition';
import ASL204 from './ASL204-valid-end-or-next';
import ASL205 from './ASL205-no-unreachable-state';
import ASL206 from './ASL206-require-terminal-state';
import ASL301 from './ASL301-valid-choices';
import ASL302 from './ASL302-valid-choice-rule-next';
import ASL303 from './ASL303-valid-choice-rule';
import ASL304 from './ASL304-valid-choice-operand';
import ASL305 from './ASL305-valid-jsonata-choice-rule';
import ASL306 from './ASL306-require-choice-default';
import ASL401 from './ASL401-require-error-equals';
import ASL402 from './ASL402-valid-states-all-position';
import ASL403 from './ASL403-valid-retrier';
import ASL404 from './ASL404-require-catcher-next';
import ASL405 from './ASL405-valid-error-name';
import ASL406 from './ASL406-valid-retry-catch-owner';
import ASL407 from './ASL407-valid-heartbeat';
import ASL408 from './ASL408-require-task-timeout';
import ASL409 from './ASL409-valid-lambda-task-timeout';
import ASL501 from './ASL501-valid-query-language';
import ASL502 from './ASL502-no-jsonpath-field-in-jsonata';
import ASL503 from './ASL503-no-jsonata-field-in-jsonpath';
import ASL504 from './ASL504-valid-nested-query-language';
import ASL505 from './ASL505-valid-jsonata-syntax';
import ASL506 from './ASL506-valid-jsonata-references';
import ASL507 from './ASL507-valid-jsonpath';
import ASL508 from './ASL508-valid-payload-template';
import ASL509 from './ASL509-no-colliding-template-keys';
import ASL510 from './ASL510-valid-intrinsic-function';
import ASL511 from './ASL511-valid-intrinsic-arguments';
import ASL512 from './ASL512-valid-fail-error-path';
import ASL513 from './ASL513-valid-variable';
import ASL601 from './ASL601-valid-parallel-branches';
import ASL602 from './ASL602-valid-map-processor';
import ASL603 from './ASL603-no-exclusive-map-input';
import ASL604 from './ASL604-no-deprecated-map-fields';
import ASL605 from './ASL605-valid-map-enum';
import ASL606 from './ASL606-valid-item-batcher';
import ASL701 from './ASL701-no-express-callback';
import ASL702 from './ASL702-valid-payload-size';
import ASL703 from './ASL703-valid-definition-size';
import ASL704 from './ASL704-valid-resource-name';
import ASL802 from './ASL802-valid-substitutions';

export const ASL_RULES: readonly RuleDefinition[] = [
  ASL100,
  ASL101,
  ASL102,
  ASL103,
  ASL104,
  ASL105,
  ASL106,
  ASL107,
  ASL108,
  ASL109,
  ASL110,
  ASL111,
  ASL112,
  ASL201,
  ASL202,
  ASL203,
  ASL204,
  ASL205,
  ASL206,
  ASL301,
  ASL302,
  ASL303,
  ASL304,
  ASL305,
  ASL306,
  ASL401,
  ASL402,
  ASL403,
  ASL404,
  ASL405,
  ASL406,
  ASL407,
  ASL408,
  ASL409,
  ASL501,
  ASL502,
  ASL503,
  ASL504,
  ASL505,
  ASL506,
  ASL507,
  ASL508,
  ASL509,
  ASL510,
  ASL511,
  ASL512,
  ASL513,
  ASL601,
  ASL602,
  ASL603,
  ASL604,
  ASL605,
  ASL606,
  ASL701,
  ASL702,
  ASL703,
  ASL704,
  ASL802,
];
