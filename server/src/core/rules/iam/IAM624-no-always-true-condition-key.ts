// IAM624 REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION: a key whose wildcard makes it always true.

import { isObject } from '../../parse/tree';
import { flavorOf, removeProperty } from '../fixes';
import { wildcardEntries } from '../shared/wildcard-values';
import { defineRule, Fix } from '../types';

export default defineRule({
  id: 'IAM624',
  name: 'no-always-true-condition-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A condition key that always matches because of `"*"` can be removed.',
    why: '`"StringLikeIfExists": {"key": "*"}` and `"ForAllValues:StringLike": {"key": "*"}` hold whether the key is present or not, so they restrict nothing; the author probably meant something narrower (Access Analyzer: REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringLikeIfExists": { "aws:PrincipalTag/team": "*" }, "Bool": { "aws:SecureTransport": "true" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringLikeIfExists": { "aws:PrincipalTag/team": "blue-*" }, "Bool": { "aws:SecureTransport": "true" } } }]\n}\n' }],
    fixSafety: 'Removing a condition that is always true does not change what the policy allows, so the fix is safe.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists'],
  },
  messages: {
    always: "{{operator}} with \"*\" is always true for '{{key}}'; it restricts nothing.",
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const w of wildcardEntries(ctx)) {
      if (w.meaning !== 'always') continue;
      const e = w.entry;
      const keys = e.block.value;
      const cond = e.statement.condition!;
      let fix: Fix;
      if (isObject(keys) && keys.properties.length > 1) fix = { title: `Remove '${e.key}'`, safety: 'safe', preferred: true, edits: [removeProperty(ctx.doc, e.keyProp, flavor)] };
      else if (isObject(cond.value) && cond.value.properties.length > 1) fix = { title: `Remove the ${e.block.key.value} block`, safety: 'safe', preferred: true, edits: [removeProperty(ctx.doc, e.block, flavor)] };
      else fix = { title: 'Remove the Condition', safety: 'safe', preferred: true, edits: [removeProperty(ctx.doc, cond, flavor)] };
      ctx.report({ node: w.star.node, messageId: 'always', data: { operator: e.operator!.canonical, key: e.key }, fixes: [fix] });
    }
  },
});
