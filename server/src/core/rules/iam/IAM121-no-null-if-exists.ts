// IAM121 NULL_WITH_IF_EXISTS: `NullIfExists` is not an operator.

import { conditionBlocks, parseOperator } from '../../iam/conditions';
import { flavorOf, replaceStringContent } from '../fixes';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM121',
  name: 'no-null-if-exists',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'The `Null` operator cannot take the `IfExists` suffix.',
    why: '`Null` already tests whether the key exists, so `NullIfExists` has no meaning and IAM rejects it (Access Analyzer: NULL_WITH_IF_EXISTS).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*", "Condition": { "NullIfExists": { "aws:RequestTag/team": "false" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*", "Condition": { "Null": { "aws:RequestTag/team": "false" } } }]\n}\n' }],
    fixSafety: 'Dropping `IfExists` is safe: IAM rejects the operator as written, and `Null` alone is what it can mean.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null'],
  },
  messages: {
    nullIfExists: "'{{operator}}': Null cannot be combined with IfExists; use Null.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      for (const { block } of conditionBlocks(s)) {
        const op = parseOperator(block.key.value);
        if (op === undefined || op.base.family !== 'Null' || !op.ifExists) continue;
        const fixed = op.canonical.replace(/IfExists$/, '');
        ctx.report({ node: block.key, messageId: 'nullIfExists', data: { operator: block.key.value }, fixes: [{ title: `Change to '${fixed}'`, safety: 'safe', preferred: true, edits: [replaceStringContent(block.key, fixed, flavorOf(ctx.doc, ctx.unit))] }] });
      }
    }
  },
});
