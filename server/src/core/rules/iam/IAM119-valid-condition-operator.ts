// IAM119 INVALID_CONDITION_OPERATOR: the operator is not one of the documented condition operators.

import { allOperatorNames, conditionBlocks, parseOperator } from '../../iam/conditions';
import { closest } from '../../iam/suggest';
import { flavorOf, replaceStringContent } from '../fixes';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

const NAMES = allOperatorNames();

export default defineRule({
  id: 'IAM119',
  name: 'valid-condition-operator',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Condition operators must be documented operators (`StringEquals`, `ArnLike`, `Bool`, ...), spelled as documented.',
    why: 'IAM rejects an unknown operator (Access Analyzer: INVALID_CONDITION_OPERATOR). Misplaced keys are a common cause: `{"Condition": {"aws:SourceIp": ...}}` puts a key where the operator belongs. A different capitalisation of a known operator is reported as a warning.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringEqual": { "aws:PrincipalAccount": "111122223333" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "ForAnyValue:StringLikeIfExists": { "aws:TagKeys": "team*" } } }]\n}\n' }],
    fixSafety: 'Correcting the capitalisation of a known operator is safe. Replacing an unknown operator with a near one is a suggestion: it decides how values are compared.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html'],
  },
  messages: {
    unknown: "'{{operator}}' is not a condition operator.",
    unknownDidYouMean: "'{{operator}}' is not a condition operator; did you mean '{{suggestion}}'?",
    keyAsOperator: "'{{operator}}' looks like a condition key, not an operator: write {\"StringEquals\": {\"{{operator}}\": ...}} (or another operator).",
    wrongCase: "Write the operator as documented: '{{fixed}}'.",
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const s of statementsOf(ctx)) {
      for (const { block } of conditionBlocks(s)) {
        const text = block.key.value;
        if (ctx.isPlaceholder(block.key)) continue;
        const op = parseOperator(text);
        if (op !== undefined) {
          if (op.wrongCase) {
            ctx.report({ node: block.key, messageId: 'wrongCase', data: { operator: text, fixed: op.canonical }, severity: 'warning', fixes: [{ title: `Change to '${op.canonical}'`, safety: 'safe', preferred: true, edits: [replaceStringContent(block.key, op.canonical, flavor)] }] });
          }
          continue;
        }
        const colon = text.indexOf(':');
        if (colon > 0 && !/^for(any|all)/i.test(text)) {
          ctx.report({ node: block.key, messageId: 'keyAsOperator', data: { operator: text } });
          continue;
        }
        const near = closest(text, NAMES, 3);
        if (near.length === 0) {
          ctx.report({ node: block.key, messageId: 'unknown', data: { operator: text } });
          continue;
        }
        ctx.report({
          node: block.key,
          messageId: 'unknownDidYouMean',
          data: { operator: text, suggestion: near[0] },
          fixes: near.map((n) => ({ title: `Change to '${n}'`, safety: 'suggestion' as const, edits: [replaceStringContent(block.key, n, flavor)] })),
        });
      }
    }
  },
});
