// ARN101 INVALID_ARN_PREFIX: a Resource that is neither `*` nor an ARN (`arn:...`). Resource-based
// policies are ARN111's (they have their own rules about what Resource may be).

import { hasVariable, isDocPlaceholder, mayBeArn } from '../../iam/arn';
import { resourceEntries, statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { flavorOf, replaceStringContent } from '../fixes';
import type { Fix } from '../types';
import { defineRule } from '../types';
import { reportRefsNotArn } from '../shared/ref-not-arn';

export default defineRule({
  id: 'ARN101',
  name: 'valid-arn-prefix',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'trust', 'scp', 'rcp', 'boundary', 'session', 'endpoint'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A `Resource` is `*` or an ARN starting with `arn:`.',
    why: 'IAM matches Resource values against resource ARNs. A bucket name, a queue URL, an ARN without its `arn:` prefix, or in a template `!Ref` of a resource whose `Ref` is its name or URL (a bucket, a queue, a function, a table) matches nothing, so the statement silently grants (or denies) nothing. Access Analyzer reports it as INVALID_ARN_PREFIX.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "example-bucket/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-bucket/*" }]\n}\n' }],
    fixSafety: 'Adding the missing `arn:` (or lower-casing `ARN:`), and replacing `!Ref X` by `!GetAtt X.Arn` where `Ref` returns a name or URL, are safe: the value as written matches no resource, and the fix only repairs what the author evidently meant.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html'],
  },
  messages: {
    notArn: "'{{value}}' is not an ARN: a Resource is \"*\" or starts with \"arn:\".",
    refNotArn: "Ref of {{type}} '{{resource}}' returns its {{returns}}, not its ARN, so this Resource matches nothing; use !GetAtt {{resource}}.Arn.",
    placeholder: "'{{value}}' looks like a placeholder from an example: replace it with the resource's ARN.",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    reportRefsNotArn(ctx);
    for (const e of resourceEntries(statementModels(policy))) {
      const text = e.arn.text;
      if (mayBeArn(text)) continue;
      if (!e.arn.intrinsic && hasVariable(text) && text.indexOf(':') < 0) continue;
      if (isDocPlaceholder(text)) {
        ctx.report({ range: e.arn.range(0, text.length), messageId: 'placeholder', data: { value: text }, severity: 'info' });
        continue;
      }
      const fixes: Fix[] = [];
      const flavor = flavorOf(ctx.doc, ctx.unit);
      if (e.item.node.type === 'string') {
        if (/^arn:/i.test(text)) fixes.push({ title: 'Write the prefix as "arn:"', safety: 'safe', preferred: true, edits: [replaceStringContent(e.item.node, 'arn' + text.slice(3), flavor)] });
        else if (/^aws(-[a-z-]+)?:[a-z0-9-]+:/.test(text)) fixes.push({ title: 'Add the "arn:" prefix', safety: 'safe', preferred: true, edits: [replaceStringContent(e.item.node, 'arn:' + text, flavor)] });
      }
      ctx.report({ range: e.arn.range(0, text.length), messageId: 'notArn', data: { value: text }, fixes });
    }
  },
});
