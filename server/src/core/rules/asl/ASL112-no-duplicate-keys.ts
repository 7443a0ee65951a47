// ASL112: the same key twice in one object; AWS silently keeps the last.

import { defineRule } from '../types';
import { DUPLICATE_MESSAGES, checkDuplicates } from '../shared/parse-problems';

export default defineRule({
  id: 'ASL112',
  name: 'no-duplicate-keys',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: "A key must appear at most once in each object of a state machine.",
    why: "Step Functions keeps the last occurrence of a duplicated key: two `Next` fields or two states with the same name leave only the last one, and the workflow does something other than what you read.",
    invalid: [{ format: 'json', code: "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": { \"Type\": \"Pass\", \"Next\": \"B\", \"Next\": \"C\" },\n    \"B\": { \"Type\": \"Succeed\" },\n    \"C\": { \"Type\": \"Succeed\" }\n  }\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": { \"Type\": \"Pass\", \"Next\": \"B\" },\n    \"B\": { \"Type\": \"Succeed\" }\n  }\n}\n" }],
    fixSafety: 'Removing the earlier occurrence is safe: AWS ignores it already. Merge the two by hand if you meant both.',
    references: ["https://states-language.net/spec.html"],
  },
  messages: DUPLICATE_MESSAGES,
  check: checkDuplicates,
});
