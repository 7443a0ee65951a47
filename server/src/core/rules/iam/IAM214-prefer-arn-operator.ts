// IAM214 STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS: String operators on ARN keys.

import { flavorOf, replaceStringContent } from '../fixes';
import { catalogOf } from '../shared/catalog';
import { entriesOf } from '../shared/condition-values';
import { defineRule, Fix } from '../types';

export default defineRule({
  id: 'IAM214',
  name: 'prefer-arn-operator',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: 'Compare ARN keys (`aws:SourceArn`, `aws:PrincipalArn`) with `ArnEquals`/`ArnLike`, not String operators.',
    why: 'ARN operators match field by field, so `*` cannot run across the colons that separate partition, service, Region and account; `StringLike` lets `arn:aws:sns:*:111122223333:*` match more than it appears to (Access Analyzer: STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS; parliament: MISMATCHED_TYPE_BUT_USABLE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "sns.amazonaws.com" }, "Action": "sqs:SendMessage", "Resource": "*", "Condition": { "StringLike": { "aws:SourceArn": "arn:aws:sns:*:111122223333:*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "sns.amazonaws.com" }, "Action": "sqs:SendMessage", "Resource": "*", "Condition": { "ArnLike": { "aws:SourceArn": "arn:aws:sns:*:111122223333:*" } } }]\n}\n' }],
    fixSafety: 'Switching to the ARN operator changes how values are matched (field by field), so it is a suggestion.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN'],
  },
  messages: {
    stringOnArn: "'{{key}}' is an ARN; use {{arnOperator}} instead of {{operator}}.",
  },
  check(ctx) {
    const catalog = catalogOf(ctx);
    if (catalog === undefined) return;
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const e of entriesOf(ctx, 'String')) {
      const op = e.operator!;
      const info = catalog.conditionKey(e.key);
      if (info === undefined || (info.type !== 'ARN' && info.type !== 'ArrayOfARN')) continue;
      const base = /IgnoreCase/.test(op.base.name) ? undefined : op.base.wildcards ? (op.base.negated ? 'ArnNotLike' : 'ArnLike') : op.base.negated ? 'ArnNotEquals' : 'ArnEquals';
      const arnOperator = base === undefined ? 'an Arn operator' : `${op.qualifier ? op.qualifier + ':' : ''}${base}${op.ifExists ? 'IfExists' : ''}`;
      const fixes: Fix[] = base === undefined ? [] : [{ title: `Change the operator to '${arnOperator}'`, safety: 'suggestion', edits: [replaceStringContent(e.block.key, arnOperator, flavor)] }];
      ctx.report({ node: e.keyProp.key, messageId: 'stringOnArn', data: { key: e.key, operator: op.canonical, arnOperator }, fixes });
    }
  },
});
