// S3 facts for hovers, from the study notes and ../shared/reference/notes-limits.md.

import type { Fact } from '../facts';

export const S3_FACTS: readonly Fact[] = [];
