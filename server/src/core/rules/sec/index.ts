// SEC rules, sorted by code. Add one import and one line per rule file in this folder.

import type { RuleDefinition } from '../types';
import SEC101 from './SEC101-no-pass-role-on-every-role';
import SEC102 from './SEC102-no-pass-role-with-not-resource';
import SEC103 from './SEC103-no-pass-role-wildcard-with-not-resource';
import SEC104 from './SEC104-no-pass-role-not-action-with-not-resource';
import SEC105 from './SEC105-no-pass-role-wildcard-on-every-resource';
import SEC106 from './SEC106-no-pass-role-not-action-on-every-resource';
import SEC111 from './SEC111-no-create-slr-with-not-resource';
import SEC112 from './SEC112-no-create-slr-wildcard-with-not-resource';
import SEC113 from './SEC113-no-create-slr-not-action-with-not-resource';
import SEC114 from './SEC114-no-create-slr-on-every-resource';
import SEC115 from './SEC115-no-create-slr-wildcard-on-every-resource';
import SEC116 from './SEC116-no-create-slr-not-action-on-every-resource';
import SEC120 from './SEC120-no-resource-star';
import SEC121 from './SEC121-no-resource-effectively-star';
import SEC122 from './SEC122-no-service-wildcard';
import SEC123 from './SEC123-no-full-admin';
import SEC124 from './SEC124-no-allow-not-action';
import SEC125 from './SEC125-no-allow-not-resource';
import SEC126 from './SEC126-partial-action-wildcard';
import SEC127 from './SEC127-no-role-wildcard-actions';
import SEC201 from './SEC201-no-privilege-escalation';
import SEC202 from './SEC202-no-credentials-exposure';
import SEC203 from './SEC203-no-data-exfiltration';
import SEC204 from './SEC204-no-resource-exposure';
import SEC205 from './SEC205-no-infrastructure-modification';
import SEC206 from './SEC206-no-resource-policy-self-escalation';
import SEC301 from './SEC301-no-trust-any-principal';
import SEC302 from './SEC302-review-trust-any-principal-conditions';
import SEC303 from './SEC303-review-cross-account-trust';
import SEC304 from './SEC304-compute-service-trust';
import SEC305 from './SEC305-no-elevated-managed-policy';
import SEC306 from './SEC306-no-trust-full-access';
import SEC401 from './SEC401-no-allow-not-principal';
import SEC402 from './SEC402-no-public-principal';
import SEC403 from './SEC403-no-resource-policy-wildcard-action';
import SEC404 from './SEC404-no-resource-policy-allow-not-action';
import SEC405 from './SEC405-no-public-lambda-invoke';
import SEC406 from './SEC406-require-secure-transport';

export const SEC_RULES: readonly RuleDefinition[] = [
  SEC101,
  SEC102,
  SEC103,
  SEC104,
  SEC105,
  SEC106,
  SEC111,
  SEC112,
  SEC113,
  SEC114,
  SEC115,
  SEC116,
  SEC120,
  SEC121,
  SEC122,
  SEC123,
  SEC124,
  SEC125,
  SEC126,
  SEC127,
  SEC201,
  SEC202,
  SEC203,
  SEC204,
  SEC205,
  SEC206,
  SEC301,
  SEC302,
  SEC303,
  SEC304,
  SEC305,
  SEC306,
  SEC401,
  SEC402,
  SEC403,
  SEC404,
  SEC405,
  SEC406,
];
