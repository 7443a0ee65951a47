// SNS100: the document does not parse (or is JSON with comments).

import { defineRule } from '../types';
import { SYNTAX_MESSAGES, checkSyntax } from '../shared/parse-problems';

export default defineRule({
  id: 'SNS100',
  name: 'valid-syntax',
  appliesTo: ['sns-topic-attributes', 'sns-filter-policy', 'sns-redrive-policy', 'sns-delivery-policy', 'sns-data-protection-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: "SNS attribute files, filter policies and delivery policies must be valid JSON.",
    why: "SNS rejects filter policies and attribute values that are not valid JSON; a subscription with a broken filter policy is never created.",
    invalid: [{ title: 'A trailing comma', format: 'json', code: "{\n  \"store\": [\"example_corp\"],\n  \"price_usd\": [{ \"numeric\": [\">=\", 100] }],\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"store\": [\"example_corp\"],\n  \"price_usd\": [{ \"numeric\": [\">=\", 100] }]\n}\n" }],
    fixSafety: 'Removing a comment is safe: AWS would reject the document with it.',
    references: ["https://docs.aws.amazon.com/sns/latest/dg/sns-subscription-filter-policies.html"],
  },
  messages: SYNTAX_MESSAGES,
  check: checkSyntax,
});
