// SQS100: the document does not parse (or is JSON with comments).

import { defineRule } from '../types';
import { SYNTAX_MESSAGES, checkSyntax } from '../shared/parse-problems';

export default defineRule({
  id: 'SQS100',
  name: 'valid-syntax',
  appliesTo: ['sqs-queue-attributes', 'sqs-redrive-policy', 'sqs-redrive-allow-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: "SQS attribute files and redrive policies must be valid JSON.",
    why: "The SQS API and `aws sqs create-queue --attributes file://...` reject attribute files and `RedrivePolicy` strings that are not valid JSON.",
    invalid: [{ title: 'A trailing comma', format: 'json', code: "{\n  \"VisibilityTimeout\": \"60\",\n  \"DelaySeconds\": \"0\",\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"VisibilityTimeout\": \"60\",\n  \"DelaySeconds\": \"0\"\n}\n" }],
    fixSafety: 'Removing a comment is safe: AWS would reject the document with it.',
    references: ["https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html"],
  },
  messages: SYNTAX_MESSAGES,
  check: checkSyntax,
});
