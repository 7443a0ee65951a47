// IAM430 BAD_PATTERN_FOR_MFA: `aws:MultiFactorAuthPresent` tested in a way that misses requests made
// with long-term keys (where the key is absent) or that accepts sessions without MFA.

import { effectOf } from '../../iam/conditions';
import { entriesWithKey } from '../shared/condition-values';
import { asList } from '../../parse/tree';
import { flavorOf, replaceStringContent } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM430',
  name: 'valid-mfa-condition',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: 'Test `aws:MultiFactorAuthPresent` with `BoolIfExists` (deny when false) or `Bool` true (allow), not `Bool` false or `Null` false.',
    why: 'The key is absent for requests signed with long-term access keys. `"Bool": {"aws:MultiFactorAuthPresent": "false"}` therefore does not match them: a Deny lets them through, an Allow grants access exactly to the sessions without MFA. `"Null": {"aws:MultiFactorAuthPresent": "false"}` only says the request used temporary credentials, with or without MFA (parliament: BAD_PATTERN_FOR_MFA).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "NotAction": "iam:*", "Resource": "*", "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "false" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Deny", "NotAction": "iam:*", "Resource": "*", "Condition": { "BoolIfExists": { "aws:MultiFactorAuthPresent": "false" } } },\n    { "Effect": "Allow", "Action": "ec2:StopInstances", "Resource": "*", "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "true" } } }\n  ]\n}\n' }],
    fixSafety: 'Switching a Deny to `BoolIfExists` makes it also deny requests made with long-term keys, which is the usual intent but does change what is denied: a suggestion.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent'],
  },
  messages: {
    boolFalse: '"Bool": aws:MultiFactorAuthPresent = false does not match requests made with long-term keys (the key is absent); use BoolIfExists.',
    allowFalse: 'This allows exactly the requests made without MFA; require "Bool": {"aws:MultiFactorAuthPresent": "true"} instead.',
    nullFalse: '"Null": aws:MultiFactorAuthPresent = false only means temporary credentials were used, with or without MFA; use "Bool": true.',
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const e of entriesWithKey(ctx, ['aws:MultiFactorAuthPresent'])) {
      const op = e.operator;
      if (op === undefined || op.qualifier !== undefined) continue;
      const falseValue = asList(e.value).some((v) => (v.type === 'string' || v.type === 'boolean') && String(v.value).toLowerCase() === 'false');
      if (!falseValue) continue;
      const effect = effectOf(e.statement);
      if (op.base.family === 'Bool' && !op.ifExists) {
        if (effect === 'Allow') ctx.report({ node: e.keyProp.key, messageId: 'allowFalse' });
        else ctx.report({ node: e.keyProp.key, messageId: 'boolFalse', fixes: [{ title: "Change the operator to 'BoolIfExists'", safety: 'suggestion', edits: [replaceStringContent(e.block.key, 'BoolIfExists', flavor)] }] });
      } else if (op.base.family === 'Null' && effect === 'Allow') {
        ctx.report({ node: e.keyProp.key, messageId: 'nullFalse' });
      }
    }
  },
});
