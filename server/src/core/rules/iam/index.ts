// IAM rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import IAM101 from './IAM101-valid-json-syntax';
import IAM102 from './IAM102-valid-element-type';
import IAM103 from './IAM103-no-unknown-element';
import IAM104 from './IAM104-require-statement';
import IAM105 from './IAM105-require-version';
import IAM106 from './IAM106-valid-version';
import IAM107 from './IAM107-require-effect';
import IAM108 from './IAM108-valid-effect';
import IAM109 from './IAM109-require-action';
import IAM110 from './IAM110-no-exclusive-element-pair';
import IAM111 from './IAM111-valid-sid';
import IAM112 from './IAM112-no-duplicate-sid';
import IAM113 from './IAM113-valid-principal-format';
import IAM114 from './IAM114-valid-principal-key';
import IAM115 from './IAM115-no-principal-wildcard';
import IAM116 from './IAM116-no-role-unique-id';
import IAM117 from './IAM117-no-user-unique-id';
import IAM118 from './IAM118-valid-condition-key-format';
import IAM119 from './IAM119-valid-condition-operator';
import IAM120 from './IAM120-no-duplicate-condition-key-case';
import IAM121 from './IAM121-no-null-if-exists';
import IAM122 from './IAM122-no-wildcard-without-like';
import IAM123 from './IAM123-valid-bool-value';
import IAM125 from './IAM125-valid-numeric-value';
import IAM126 from './IAM126-valid-binary-value';
import IAM130 from './IAM130-valid-variable-braces';
import IAM131 from './IAM131-valid-variable-default';
import IAM132 from './IAM132-no-space-in-variable';
import IAM133 from './IAM133-no-empty-variable';
import IAM134 from './IAM134-no-variable-outside-resource-condition';
import IAM135 from './IAM135-require-version-for-variables';
import IAM136 from './IAM136-no-variable-with-operator';
import IAM138 from './IAM138-no-duplicate-keys';
import IAM140 from './IAM140-no-old-version';
import IAM701 from './IAM701-no-allow-overridden-by-deny';
import IAM702 from './IAM702-no-allow-partly-overridden-by-deny';
import IAM703 from './IAM703-no-allow-shadowed-by-allow';
import IAM704 from './IAM704-no-deny-shadowed-by-deny';

export const IAM_RULES: readonly RuleDefinition[] = [
  IAM101,
  IAM102,
  IAM103,
  IAM104,
  IAM105,
  IAM106,
  IAM107,
  IAM108,
  IAM109,
  IAM110,
  IAM111,
  IAM112,
  IAM113,
  IAM114,
  IAM115,
  IAM116,
  IAM117,
  IAM118,
  IAM119,
  IAM120,
  IAM121,
  IAM122,
  IAM123,
  IAM125,
  IAM126,
  IAM130,
  IAM131,
  IAM132,
  IAM133,
  IAM134,
  IAM135,
  IAM136,
  IAM138,
  IAM140,
  IAM701,
  IAM702,
  IAM703,
  IAM704,
];
