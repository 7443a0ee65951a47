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
import IAM124 from './IAM124-valid-date-value';
import IAM125 from './IAM125-valid-numeric-value';
import IAM126 from './IAM126-valid-binary-value';
import IAM127 from './IAM127-valid-ip-value';
import IAM128 from './IAM128-prefer-iso-date';
import IAM130 from './IAM130-valid-variable-braces';
import IAM131 from './IAM131-valid-variable-default';
import IAM132 from './IAM132-no-space-in-variable';
import IAM133 from './IAM133-no-empty-variable';
import IAM134 from './IAM134-no-variable-outside-resource-condition';
import IAM135 from './IAM135-require-version-for-variables';
import IAM136 from './IAM136-no-variable-with-operator';
import IAM138 from './IAM138-no-duplicate-keys';
import IAM140 from './IAM140-no-old-version';
import IAM201 from './IAM201-valid-condition-key-service';
import IAM202 from './IAM202-valid-action-service';
import IAM203 from './IAM203-valid-action';
import IAM204 from './IAM204-no-api-operation-as-action';
import IAM205 from './IAM205-valid-global-condition-key';
import IAM206 from './IAM206-valid-service-condition-key';
import IAM207 from './IAM207-supported-condition-key';
import IAM208 from './IAM208-require-tag-key-name';
import IAM209 from './IAM209-require-set-qualifier';
import IAM210 from './IAM210-no-for-all-values-single-valued';
import IAM211 from './IAM211-consistent-condition-value-types';
import IAM212 from './IAM212-single-boolean-value';
import IAM213 from './IAM213-matching-operator-type';
import IAM214 from './IAM214-prefer-arn-operator';
import IAM215 from './IAM215-deny-tag-key-supported-services';
import IAM216 from './IAM216-deny-not-action-tag-key';
import IAM217 from './IAM217-allow-tag-key-supported-services';
import IAM218 from './IAM218-allow-not-action-tag-key';
import IAM219 from './IAM219-no-unsupported-arn-key';
import IAM220 from './IAM220-no-deprecated-arn-key';
import IAM301 from './IAM301-no-principal-in-identity-policy';
import IAM302 from './IAM302-require-principal';
import IAM303 from './IAM303-require-resource';
import IAM304 from './IAM304-unique-sid';
import IAM305 from './IAM305-no-foreign-action-in-resource-policy';
import IAM306 from './IAM306-no-foreign-resource-in-resource-policy';
import IAM307 from './IAM307-no-irrelevant-condition-key';
import IAM308 from './IAM308-no-federated-principal-outside-trust';
import IAM310 from './IAM310-no-not-principal-in-trust';
import IAM311 from './IAM311-no-wildcard-principal-in-trust';
import IAM312 from './IAM312-no-resource-in-trust';
import IAM313 from './IAM313-valid-federated-principal';
import IAM314 from './IAM314-valid-action-for-principal';
import IAM315 from './IAM315-require-roles-anywhere-actions';
import IAM316 from './IAM316-require-oidc-condition';
import IAM317 from './IAM317-require-github-sub-condition';
import IAM318 from './IAM318-specific-github-sub';
import IAM319 from './IAM319-no-for-any-value-audience';
import IAM320 from './IAM320-no-for-all-values-audience';
import IAM330 from './IAM330-scp-action-wildcard-position';
import IAM331 from './IAM331-no-principal-in-scp';
import IAM340 from './IAM340-rcp-principal-star';
import IAM341 from './IAM341-rcp-allow-shape';
import IAM342 from './IAM342-rcp-no-not-action';
import IAM343 from './IAM343-rcp-supported-services';
import IAM344 from './IAM344-rcp-principal-key-needs-service-check';
import IAM345 from './IAM345-rcp-source-key-needs-service-check';
import IAM346 from './IAM346-rcp-source-key-needs-null-check';
import IAM401 from './IAM401-valid-region';
import IAM402 from './IAM402-no-private-source-ip';
import IAM403 from './IAM403-no-private-not-source-ip';
import IAM404 from './IAM404-no-private-source-ip-subset';
import IAM405 from './IAM405-no-private-not-source-ip-subset';
import IAM406 from './IAM406-normalized-ip-range';
import IAM407 from './IAM407-valid-vpc-id';
import IAM408 from './IAM408-valid-vpce-id';
import IAM409 from './IAM409-valid-kms-key-arn';
import IAM410 from './IAM410-valid-service-principal-value';
import IAM411 from './IAM411-no-principal-key-with-service-principal';
import IAM412 from './IAM412-restrict-service-principal';
import IAM413 from './IAM413-prefer-source-keys-for-service-principal';
import IAM414 from './IAM414-require-action-for-condition-key';
import IAM415 from './IAM415-require-paired-condition-key';
import IAM416 from './IAM416-vpce-key-supported-services';
import IAM417 from './IAM417-no-caller-set-condition-key';
import IAM418 from './IAM418-no-early-variable-in-sensitive-key';
import IAM419 from './IAM419-no-early-wildcard-in-sensitive-key';
import IAM420 from './IAM420-require-dynamodb-select';
import IAM421 from './IAM421-no-s3-prefix-in-negative-context';
import IAM430 from './IAM430-valid-mfa-condition';
import IAM501 from './IAM501-identity-policy-size';
import IAM502 from './IAM502-resource-policy-size';
import IAM503 from './IAM503-trust-policy-size';
import IAM504 from './IAM504-scp-size';
import IAM505 from './IAM505-rcp-size';
import IAM601 from './IAM601-no-empty-action';
import IAM602 from './IAM602-no-empty-resource';
import IAM603 from './IAM603-no-empty-principal-list';
import IAM604 from './IAM604-no-empty-principal-object';
import IAM605 from './IAM605-no-empty-condition';
import IAM606 from './IAM606-no-empty-condition-values';
import IAM607 from './IAM607-no-empty-for-all-values';
import IAM608 from './IAM608-no-empty-for-any-value';
import IAM609 from './IAM609-no-empty-if-exists';
import IAM610 from './IAM610-no-empty-sid';
import IAM611 from './IAM611-no-null-with-qualifier';
import IAM612 from './IAM612-prefer-null-false';
import IAM613 from './IAM613-prefer-null-true';
import IAM620 from './IAM620-no-redundant-action';
import IAM621 from './IAM621-no-redundant-resource';
import IAM622 from './IAM622-no-duplicate-statement';
import IAM623 from './IAM623-no-redundant-numeric-value';
import IAM624 from './IAM624-no-always-true-condition-key';
import IAM625 from './IAM625-no-never-true-condition-key';
import IAM626 from './IAM626-no-redundant-session-principal';
import IAM701 from './IAM701-no-allow-overridden-by-deny';
import IAM702 from './IAM702-no-allow-partly-overridden-by-deny';
import IAM703 from './IAM703-no-allow-shadowed-by-allow';
import IAM704 from './IAM704-no-deny-shadowed-by-deny';
import IAM705 from './IAM705-no-allow-outside-boundary';
import IAM801 from './IAM801-valid-simulation-request';
import IAM802 from './IAM802-valid-simulation-principal';

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
  IAM124,
  IAM125,
  IAM126,
  IAM127,
  IAM128,
  IAM130,
  IAM131,
  IAM132,
  IAM133,
  IAM134,
  IAM135,
  IAM136,
  IAM138,
  IAM140,
  IAM201,
  IAM202,
  IAM203,
  IAM204,
  IAM205,
  IAM206,
  IAM207,
  IAM208,
  IAM209,
  IAM210,
  IAM211,
  IAM212,
  IAM213,
  IAM214,
  IAM215,
  IAM216,
  IAM217,
  IAM218,
  IAM219,
  IAM220,
  IAM301,
  IAM302,
  IAM303,
  IAM304,
  IAM305,
  IAM306,
  IAM307,
  IAM308,
  IAM310,
  IAM311,
  IAM312,
  IAM313,
  IAM314,
  IAM315,
  IAM316,
  IAM317,
  IAM318,
  IAM319,
  IAM320,
  IAM330,
  IAM331,
  IAM340,
  IAM341,
  IAM342,
  IAM343,
  IAM344,
  IAM345,
  IAM346,
  IAM401,
  IAM402,
  IAM403,
  IAM404,
  IAM405,
  IAM406,
  IAM407,
  IAM408,
  IAM409,
  IAM410,
  IAM411,
  IAM412,
  IAM413,
  IAM414,
  IAM415,
  IAM416,
  IAM417,
  IAM418,
  IAM419,
  IAM420,
  IAM421,
  IAM430,
  IAM501,
  IAM502,
  IAM503,
  IAM504,
  IAM505,
  IAM601,
  IAM602,
  IAM603,
  IAM604,
  IAM605,
  IAM606,
  IAM607,
  IAM608,
  IAM609,
  IAM610,
  IAM611,
  IAM612,
  IAM613,
  IAM620,
  IAM621,
  IAM622,
  IAM623,
  IAM624,
  IAM625,
  IAM626,
  IAM701,
  IAM702,
  IAM703,
  IAM704,
  IAM705,
  IAM801,
  IAM802,
];
