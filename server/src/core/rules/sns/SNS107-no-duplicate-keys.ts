// SNS107: the same key twice in one object; AWS silently keeps the last.

import { defineRule } from '../types';
import { DUPLICATE_MESSAGES, checkDuplicates } from '../shared/parse-problems';

export default defineRule({
  id: 'SNS107',
  name: 'no-duplicate-keys',
  appliesTo: ['sns-topic-attributes', 'sns-filter-policy', 'sns-redrive-policy', 'sns-delivery-policy', 'sns-data-protection-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: "A key must appear at most once in SNS attribute files and filter policies.",
    why: "In a filter policy, a duplicated attribute name keeps only the last condition: messages you meant to filter out are delivered (or the reverse).",
    invalid: [{ format: 'json', kind: 'sns-filter-policy', code: "{\n  \"store\": [\"example_corp\"],\n  \"store\": [\"other_corp\"]\n}\n" }],
    valid: [{ format: 'json', kind: 'sns-filter-policy', code: "{\n  \"store\": [\"example_corp\", \"other_corp\"]\n}\n" }],
    fixSafety: 'Removing the earlier occurrence is safe: AWS ignores it already. Merge the two by hand if you meant both.',
    references: ["https://docs.aws.amazon.com/sns/latest/dg/sns-subscription-filter-policies.html"],
  },
  messages: DUPLICATE_MESSAGES,
  check: checkDuplicates,
});
