// All hover facts, by key. Each area contributes its own file.

import type { Fact } from '../facts';
import { IAM_FACTS } from './iam';

const ALL: readonly Fact[] = [...IAM_FACTS];

const BY_KEY = new Map(ALL.map((f) => [f.key, f]));

export function fact(key: string): Fact | undefined {
  return BY_KEY.get(key);
}

export function allFacts(): readonly Fact[] {
  return ALL;
}
