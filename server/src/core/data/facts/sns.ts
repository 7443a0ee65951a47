// SNS facts for hovers, from the study notes and ../shared/reference/notes-limits.md.

import type { Fact } from '../facts';

export const SNS_FACTS: readonly Fact[] = [];
