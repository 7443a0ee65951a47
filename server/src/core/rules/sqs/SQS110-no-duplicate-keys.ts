// SQS110: the same key twice in one object; AWS silently keeps the last.

import { defineRule } from '../types';
import { DUPLICATE_MESSAGES, checkDuplicates } from '../shared/parse-problems';

export default defineRule({
  id: 'SQS110',
  name: 'no-duplicate-keys',
  appliesTo: ['sqs-queue-attributes', 'sqs-redrive-policy', 'sqs-redrive-allow-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: "A queue attribute or redrive-policy key must appear at most once.",
    why: "The last occurrence of a duplicated attribute wins; the earlier value is silently ignored.",
    invalid: [{ format: 'json', code: "{\n  \"VisibilityTimeout\": \"60\",\n  \"VisibilityTimeout\": \"30\"\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"VisibilityTimeout\": \"60\"\n}\n" }],
    fixSafety: 'Removing the earlier occurrence is safe: AWS ignores it already. Merge the two by hand if you meant both.',
    references: ["https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html"],
  },
  messages: DUPLICATE_MESSAGES,
  check: checkDuplicates,
});
