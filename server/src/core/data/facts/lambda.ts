// LAMBDA facts for hovers, from the study notes and ../shared/reference/notes-limits.md.

import type { Fact } from '../facts';

export const LAMBDA_FACTS: readonly Fact[] = [];
