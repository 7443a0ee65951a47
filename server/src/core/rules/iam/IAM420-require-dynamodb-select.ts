// IAM420 DYNAMODB_ATTRIBUTES_WITHOUT_SELECT: `dynamodb:Attributes` without `dynamodb:Select`.

import { conditionEntries } from '../../iam/conditions';
import { keyIn } from '../../iam/knowledge';
import { statementsOf } from '../shared/iam';
import { asList } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM420',
  name: 'require-dynamodb-select',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: 'Pair `dynamodb:Attributes` with `"dynamodb:Select": "SPECIFIC_ATTRIBUTES"`.',
    why: '`dynamodb:Attributes` limits the attributes a request names, but a request that names none (Select ALL_ATTRIBUTES, the default) still returns whole items. Requiring `SPECIFIC_ATTRIBUTES` closes the gap (Access Analyzer: DYNAMODB_ATTRIBUTES_WITHOUT_SELECT).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "dynamodb:Query", "Resource": "*", "Condition": { "ForAllValues:StringEquals": { "dynamodb:Attributes": ["id", "name"] } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "dynamodb:Query", "Resource": "*", "Condition": { "ForAllValues:StringEquals": { "dynamodb:Attributes": ["id", "name"] }, "StringEquals": { "dynamodb:Select": "SPECIFIC_ATTRIBUTES" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/specifying-conditions.html'],
  },
  messages: {
    noSelect: 'dynamodb:Attributes does not stop requests that select all attributes; add "dynamodb:Select": "SPECIFIC_ATTRIBUTES".',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      const entries = conditionEntries(s);
      const select = entries.some((e) => e.key.toLowerCase() === 'dynamodb:select' && asList(e.value).some((v) => v.type === 'string' && v.value === 'SPECIFIC_ATTRIBUTES'));
      if (select) continue;
      for (const e of entries) if (keyIn(['dynamodb:Attributes'], e.key) && e.operator?.base.family !== 'Null') ctx.report({ node: e.keyProp.key, messageId: 'noSelect' });
    }
  },
});
