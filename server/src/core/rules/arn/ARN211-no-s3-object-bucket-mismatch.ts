// ARN211 S3_OBJECT_VS_BUCKET_ARN: S3 object actions on a bucket ARN (`arn:aws:s3:::bucket` without
// `/*`), or bucket actions on an object ARN, so the statement does not grant them.

import { arnFormatIndex } from '../../iam/arn-formats';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { listText } from '../../iam/precedence';
import { flavorOf, replaceStringContent } from '../fixes';
import { appendToList } from '../shared/list-edits';
import { s3Kind, slashOutsideVariables, unservedActions } from '../shared/resource-types';
import type { Fix } from '../types';
import { defineRule } from '../types';

export default defineRule({
  id: 'ARN211',
  name: 'no-s3-object-bucket-mismatch',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'S3 object actions need an object ARN (`arn:aws:s3:::bucket/*`); bucket actions need the bucket ARN (`arn:aws:s3:::bucket`).',
    why: '`s3:GetObject` on `arn:aws:s3:::bucket` grants nothing, because objects are `bucket/key`; `s3:ListBucket` on `arn:aws:s3:::bucket/*` grants nothing, because it acts on the bucket itself. This is the most common S3 policy mistake, and it only shows up at run time as AccessDenied.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-bucket" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": ["arn:aws:s3:::example-bucket", "arn:aws:s3:::example-bucket/*"] }]\n}\n' }],
    fixSafety: 'Both fixes are suggestions: adding `/*` (or the bucket ARN) makes the statement grant what it names but does not grant today.',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-arn-format.html', 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html'],
  },
  messages: {
    objectActionsOnBucket: "{{actions}} {{act}} on objects, but '{{arn}}' names the bucket: use '{{arn}}/*'.",
    bucketActionsOnObjects: "{{actions}} {{act}} on the bucket, but '{{arn}}' names objects: add '{{bucket}}'.",
  },
  check(ctx) {
    const catalog = ctx.services.catalog;
    const policy = policyView(ctx.unit.root);
    if (catalog === undefined || policy === undefined) return;
    const index = arnFormatIndex(catalog);
    const flavor = flavorOf(ctx.doc, ctx.unit);
    const all = statementModels(policy);
    for (const s of all) {
      const needs = unservedActions(catalog, s, all, index).filter((n) => n.action.service === 's3');
      const objectActions = needs.filter((n) => n.types.includes('object')).map((n) => n.action.id);
      const bucketActions = needs.filter((n) => n.types.includes('bucket')).map((n) => n.action.id);
      if (objectActions.length === 0 && bucketActions.length === 0) continue;
      const s3Actions = (s.actions?.items ?? []).filter((i) => i.pattern.startsWith('s3:'));
      const list = s.resources!.prop.value!;
      for (const r of s.resources!.items) {
        const kind = s3Kind(r.pattern);
        if (kind === 'bucket' && objectActions.length > 0) {
          const fixes: Fix[] = [];
          // Only object actions: the bucket ARN serves none of them, so it can become the object ARN.
          if (objectActions.length === s3Actions.length && r.node.type === 'string') fixes.push({ title: `Use ${r.text}/*`, safety: 'suggestion', preferred: true, edits: [replaceStringContent(r.node, `${r.text}/*`, flavor)] });
          else {
            const edit = appendToList(ctx.doc, list, [`${r.text}/*`], flavor);
            if (edit) fixes.push({ title: `Add ${r.text}/*`, safety: 'suggestion', edits: [edit] });
          }
          ctx.report({ node: r.node, messageId: 'objectActionsOnBucket', data: { actions: listText(objectActions), act: objectActions.length === 1 ? 'acts' : 'act', arn: r.text }, fixes });
        } else if (kind === 'object' && bucketActions.length > 0) {
          const prefix = 'arn:' + r.text.split(':', 5).slice(1).join(':') + ':';
          const bucket = prefix + r.text.slice(prefix.length, prefix.length + slashOutsideVariables(r.text.slice(prefix.length)));
          const edit = appendToList(ctx.doc, list, [bucket], flavor);
          ctx.report({
            node: r.node,
            messageId: 'bucketActionsOnObjects',
            data: { actions: listText(bucketActions), act: bucketActions.length === 1 ? 'acts' : 'act', arn: r.text, bucket },
            fixes: edit ? [{ title: `Add ${bucket}`, safety: 'suggestion', edits: [edit] }] : undefined,
          });
        }
      }
    }
  },
});
