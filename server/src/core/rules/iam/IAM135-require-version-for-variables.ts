// IAM135 VARIABLE_UNSUPPORTED_IN_VERSION: variables need Version 2012-10-17.

import { policyView } from '../../iam/policy';
import { flavorOf, insertPropertyFirst, replaceStringContent } from '../fixes';
import { variableUses } from '../shared/variables';
import { defineRule, Fix } from '../types';

export default defineRule({
  id: 'IAM135',
  name: 'require-version-for-variables',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Policy variables need `"Version": "2012-10-17"`.',
    why: 'Under the 2008-10-17 language (or without a Version) `${aws:username}` is not substituted: it is matched as the literal text, so the statement scopes nothing the author intended (Access Analyzer: VARIABLE_UNSUPPORTED_IN_VERSION).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2008-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*" }]\n}\n' }],
    fixSafety: 'Setting Version 2012-10-17 makes IAM substitute the variables, which is what they were written for; offered as the preferred fix.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html'],
  },
  messages: {
    version: "'{{text}}' is a policy variable, which needs \"Version\": \"2012-10-17\" ({{version}}).",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const v = policy.version?.value;
    if (v !== undefined && (v.type !== 'string' || v.value !== '2008-10-17')) return;
    const flavor = flavorOf(ctx.doc, ctx.unit);
    const fix: Fix = v === undefined
      ? { title: 'Add "Version": "2012-10-17"', safety: 'safe', preferred: true, edits: [insertPropertyFirst(ctx.doc, policy.root, 'Version', '2012-10-17', flavor)] }
      : { title: 'Use "Version": "2012-10-17"', safety: 'safe', preferred: true, edits: [replaceStringContent(v, '2012-10-17', flavor)] };
    for (const u of variableUses(ctx)) {
      if (u.variable.problem !== undefined) continue;
      ctx.report({ range: u.range, messageId: 'version', data: { text: u.variable.text, version: v === undefined ? 'the policy has no Version' : 'this policy says 2008-10-17' }, fixes: [fix] });
    }
  },
});
