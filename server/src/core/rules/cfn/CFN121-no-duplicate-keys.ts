// CFN121: the same key twice in one object; AWS silently keeps the last.

import { defineRule } from '../types';
import { DUPLICATE_MESSAGES, checkDuplicates } from '../shared/parse-problems';

export default defineRule({
  id: 'CFN121',
  name: 'no-duplicate-keys',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: "A key must appear at most once in each object of a template.",
    why: "CloudFormation keeps the last occurrence of a duplicated key: two resources with the same logical id, or a property written twice, silently drop the first.",
    invalid: [{ format: 'json', code: "{\n  \"Resources\": {\n    \"Queue\": { \"Type\": \"AWS::SQS::Queue\" },\n    \"Queue\": { \"Type\": \"AWS::SNS::Topic\" }\n  }\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"Resources\": {\n    \"Queue\": { \"Type\": \"AWS::SQS::Queue\" },\n    \"Topic\": { \"Type\": \"AWS::SNS::Topic\" }\n  }\n}\n" }],
    fixSafety: 'Removing the earlier occurrence is safe: AWS ignores it already. Merge the two by hand if you meant both.',
    references: ["https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html"],
  },
  messages: DUPLICATE_MESSAGES,
  check: checkDuplicates,
});
