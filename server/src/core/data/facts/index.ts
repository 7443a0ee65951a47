// All hover facts, by key. Each area contributes its own file.

import type { Fact } from '../facts';
import { IAM_FACTS } from './iam';
import { S3_FACTS } from './s3';
import { SQS_FACTS } from './sqs';
import { SNS_FACTS } from './sns';
import { LAMBDA_FACTS } from './lambda';
import { ASL_FACTS } from './asl';

const ALL: readonly Fact[] = [...IAM_FACTS, ...S3_FACTS, ...SQS_FACTS, ...SNS_FACTS, ...LAMBDA_FACTS, ...ASL_FACTS];

const BY_KEY = new Map(ALL.map((f) => [f.key, f]));

export function fact(key: string): Fact | undefined {
  return BY_KEY.get(key);
}

export function allFacts(): readonly Fact[] {
  return ALL;
}
