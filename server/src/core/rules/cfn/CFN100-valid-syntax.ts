// CFN100: the document does not parse (or is JSON with comments).

import { defineRule } from '../types';
import { SYNTAX_MESSAGES, checkSyntax } from '../shared/parse-problems';

export default defineRule({
  id: 'CFN100',
  name: 'valid-syntax',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: "Templates must be valid JSON or YAML (JSON templates without comments).",
    why: "CloudFormation rejects a template that does not parse, and JSON templates may not contain comments.",
    invalid: [{ title: 'A trailing comma', format: 'json', code: "{\n  \"Resources\": {\n    \"Queue\": { \"Type\": \"AWS::SQS::Queue\" },\n  }\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"Resources\": {\n    \"Queue\": { \"Type\": \"AWS::SQS::Queue\" }\n  }\n}\n" }],
    fixSafety: 'Removing a comment is safe: AWS would reject the document with it.',
    references: ["https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html"],
  },
  messages: SYNTAX_MESSAGES,
  check: checkSyntax,
});
