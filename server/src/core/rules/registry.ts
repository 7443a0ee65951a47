// Every rule, sorted by code. Adding a rule: create its file under `rules/<area>/`, add one line here.
// A meta-test fails when a rule file is missing from this list, the list is not sorted, a code is
// duplicated, or a rule has no fixtures or misbehaving doc examples.

import type { RuleDefinition } from './types';

import ASL100 from './asl/ASL100-valid-syntax';
import ASL112 from './asl/ASL112-no-duplicate-keys';
import CFN100 from './cfn/CFN100-valid-syntax';
import CFN121 from './cfn/CFN121-no-duplicate-keys';
import IAM101 from './iam/IAM101-valid-json-syntax';
import IAM104 from './iam/IAM104-require-statement';
import IAM105 from './iam/IAM105-require-version';
import IAM106 from './iam/IAM106-valid-version';
import IAM108 from './iam/IAM108-valid-effect';
import IAM110 from './iam/IAM110-no-exclusive-element-pair';
import IAM138 from './iam/IAM138-no-duplicate-keys';
import SNS100 from './sns/SNS100-valid-syntax';
import SNS107 from './sns/SNS107-no-duplicate-keys';
import SQS100 from './sqs/SQS100-valid-syntax';
import SQS110 from './sqs/SQS110-no-duplicate-keys';

export const RULES: readonly RuleDefinition[] = [
  ASL100,
  ASL112,
  CFN100,
  CFN121,
  IAM101,
  IAM104,
  IAM105,
  IAM106,
  IAM108,
  IAM110,
  IAM138,
  SNS100,
  SNS107,
  SQS100,
  SQS110,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}
