// IAM208 MISSING_TAG_KEY_IN_CONDITION: a tag key family (`aws:ResourceTag`) without the tag name.

import { catalogOf, missingTagKeyTemplate } from '../shared/catalog';
import { entriesOf } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM208',
  name: 'require-tag-key-name',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Tag condition keys name the tag: `aws:ResourceTag/team`, not `aws:ResourceTag`.',
    why: '`aws:ResourceTag`, `aws:RequestTag`, `aws:PrincipalTag` and the services\' `…:ResourceTag` keys exist only with a tag name after the slash; without it the key never matches (Access Analyzer: MISSING_TAG_KEY_IN_CONDITION). To test which tag keys a request carries, use `aws:TagKeys`.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:StartInstances", "Resource": "*", "Condition": { "StringEquals": { "aws:ResourceTag": "team" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:StartInstances", "Resource": "*", "Condition": { "StringEquals": { "aws:ResourceTag/team": "blue" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html'],
  },
  messages: {
    missing: "'{{key}}' needs a tag name: write {{template}}.",
  },
  check(ctx) {
    const catalog = catalogOf(ctx);
    if (catalog === undefined) return;
    for (const e of entriesOf(ctx)) {
      const t = missingTagKeyTemplate(catalog, e.key);
      if (t !== undefined) ctx.report({ node: e.keyProp.key, messageId: 'missing', data: { key: e.key, template: t.name } });
    }
  },
});
