// IAM611 NULL_WITH_QUALIFIER: `ForAnyValue:Null` / `ForAllValues:Null`.

import { conditionBlocks, parseOperator } from '../../iam/conditions';
import { flavorOf, replaceStringContent } from '../fixes';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM611',
  name: 'no-null-with-qualifier',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`Null` takes no `ForAnyValue:`/`ForAllValues:` qualifier.',
    why: '`Null` tests whether the key exists; a set qualifier makes it compare values with `true`/`false`, so the condition ends up always true or always false (Access Analyzer: NULL_WITH_QUALIFIER).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "*", "Condition": { "ForAllValues:Null": { "aws:TagKeys": "false" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "*", "Condition": { "Null": { "aws:TagKeys": "false" } } }]\n}\n' }],
    fixSafety: 'Dropping the qualifier gives the plain Null test the author most likely meant; it changes the result, so it is a suggestion.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null'],
  },
  messages: {
    qualified: "'{{operator}}': Null with a set qualifier is always true or always false; use Null.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      for (const { block } of conditionBlocks(s)) {
        const op = parseOperator(block.key.value);
        if (op === undefined || op.base.family !== 'Null' || op.qualifier === undefined) continue;
        const fixed = op.ifExists ? 'Null' : op.base.name;
        ctx.report({ node: block.key, messageId: 'qualified', data: { operator: block.key.value }, fixes: [{ title: `Change to '${fixed}'`, safety: 'suggestion', edits: [replaceStringContent(block.key, fixed, flavorOf(ctx.doc, ctx.unit))] }] });
      }
    }
  },
});
