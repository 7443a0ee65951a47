// IAM106 INVALID_VERSION: Version must be 2012-10-17 or 2008-10-17.

import { policyView } from '../../iam/policy';
import { flavorOf, replaceStringContent } from '../fixes';
import { defineRule } from '../types';

const VERSIONS = new Set(['2012-10-17', '2008-10-17']);

export default defineRule({
  id: 'IAM106',
  name: 'valid-version',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`Version` must be `2012-10-17` (or the legacy `2008-10-17`).',
    why: 'Version names the policy language, not a date you choose: IAM accepts only 2012-10-17 and 2008-10-17 and rejects anything else (Access Analyzer: INVALID_VERSION). Today\'s date or a typo is a common slip.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-18",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*" }]\n}\n' }],
    fixSafety: 'Replacing an invalid Version by 2012-10-17 is safe: AWS rejects the policy as written.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html'],
  },
  messages: {
    invalid: "'{{value}}' is not a policy language version; use \"2012-10-17\".",
    notString: 'Version must be the string "2012-10-17".',
  },
  check(ctx) {
    const v = policyView(ctx.unit.root)?.version?.value;
    if (v === undefined || ctx.isPlaceholder(v)) return;
    if (v.type !== 'string') {
      if (v.type === 'object') return; // An intrinsic function: not known statically.
      ctx.report({ node: v, messageId: 'notString', fixes: [{ title: 'Use "2012-10-17"', safety: 'safe', preferred: true, edits: [replaceStringContent(v, '2012-10-17', flavorOf(ctx.doc, ctx.unit))] }] });
      return;
    }
    if (VERSIONS.has(v.value)) return;
    ctx.report({
      node: v,
      messageId: 'invalid',
      data: { value: v.value },
      fixes: [{ title: 'Use "2012-10-17"', safety: 'safe', preferred: true, edits: [replaceStringContent(v, '2012-10-17', flavorOf(ctx.doc, ctx.unit))] }],
    });
  },
});
