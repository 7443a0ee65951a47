// ASL100: the document does not parse (or is JSON with comments).

import { defineRule } from '../types';
import { SYNTAX_MESSAGES, checkSyntax } from '../shared/parse-problems';

export default defineRule({
  id: 'ASL100',
  name: 'valid-syntax',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: "State machine definitions must be valid JSON (or YAML), without comments in JSON.",
    why: "Step Functions rejects a definition that does not parse; a definition embedded in a template as a `DefinitionString` is only parsed at deploy time, so the mistake shows late.",
    invalid: [{ title: 'A trailing comma', format: 'json', code: "{\n  \"StartAt\": \"A\",\n  \"States\": { \"A\": { \"Type\": \"Pass\", \"End\": true, } }\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"StartAt\": \"A\",\n  \"States\": { \"A\": { \"Type\": \"Pass\", \"End\": true } }\n}\n" }],
    fixSafety: 'Removing a comment is safe: AWS would reject the document with it.',
    references: ["https://states-language.net/spec.html"],
  },
  messages: SYNTAX_MESSAGES,
  check: checkSyntax,
});
