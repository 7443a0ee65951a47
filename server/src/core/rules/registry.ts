// Every rule, sorted by code. Each area folder keeps its own sorted list (`rules/<area>/index.ts`), so
// adding a rule touches only its area. A meta-test fails when a rule file is missing from its list, a
// list is not sorted, a code is duplicated or malformed, or a rule has no fixtures or misbehaving docs.

import type { RuleDefinition } from './types';
import { ARN_RULES } from './arn';
import { ASL_RULES } from './asl';
import { CFN_RULES } from './cfn';
import { ESM_RULES } from './esm';
import { IAM_RULES } from './iam';
import { LAMBDA_RULES } from './lambda';
import { S3_RULES } from './s3';
import { SEC_RULES } from './sec';
import { SNS_RULES } from './sns';
import { SQS_RULES } from './sqs';

/** Area lists by folder name (the meta-test checks each file sits in the list of its folder). */
export const RULES_BY_AREA: Readonly<Record<string, readonly RuleDefinition[]>> = {
  arn: ARN_RULES,
  asl: ASL_RULES,
  cfn: CFN_RULES,
  esm: ESM_RULES,
  iam: IAM_RULES,
  lambda: LAMBDA_RULES,
  s3: S3_RULES,
  sec: SEC_RULES,
  sns: SNS_RULES,
  sqs: SQS_RULES,
};

export const RULES: readonly RuleDefinition[] = Object.values(RULES_BY_AREA)
  .flat()
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}
