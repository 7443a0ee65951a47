// CFN116 BUCKET_POLICY_OTHER_BUCKET: an `AWS::S3::BucketPolicy` names a bucket other than the one it is attached to.

import { ValueNode, getProperty } from '../../parse/tree';
import { resolveString, resolveTarget, textPieces } from '../../cfn/resolve';
import { policyView } from '../../iam/policy';
import { wildcardMatch } from '../../iam/wildcard';
import { resourceAnchor } from '../../cfn/resources';
import type { TemplateModel, TemplateResource } from '../../model/template';
import { asList } from '../../parse/tree';
import { replaceNode } from '../fixes';
import { defineRule } from '../types';

/** The attached bucket: a bucket of the template and/or its literal name. */
function attachedBucket(t: TemplateModel, r: TemplateResource): { resource?: TemplateResource; name?: string; logicalIdAsName?: ValueNode } | undefined {
  const node = getProperty(r.properties, 'Bucket')?.value;
  const target = resolveTarget(t, node);
  if (target?.resource !== undefined) {
    if (target.resource.type !== 'AWS::S3::Bucket') return undefined;
    return { resource: target.resource, name: resolveString(t, getProperty(target.resource.properties, 'BucketName')?.value)?.value };
  }
  const name = resolveString(t, node)?.value;
  if (name === undefined) return undefined;
  // `Bucket: MyBucket` naming a bucket resource's logical id instead of `!Ref MyBucket`.
  const byId = t.resources.get(name);
  if (byId?.type === 'AWS::S3::Bucket' && node?.type === 'string') return { resource: byId, name: resolveString(t, getProperty(byId.properties, 'BucketName')?.value)?.value, logicalIdAsName: node };
  return { name };
}

export default defineRule({
  id: 'CFN116',
  name: 'no-other-bucket-in-policy',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Every `Resource` of an `AWS::S3::BucketPolicy` must be the bucket it is attached to, or its objects; `Bucket` takes the bucket\'s name (`!Ref`), not its logical id.',
    why: 'S3 rejects a bucket policy whose resources name another bucket ("Policy has invalid resource"). It usually comes from copying a policy between buckets and forgetting one ARN. A literal `Bucket: MyBucket` that is the logical id of a bucket resource attaches the policy to a bucket actually named `MyBucket` (which cannot exist: bucket names are lowercase), not to the template\'s bucket.',
    fixSafety: 'Replacing the logical id with `!Ref` is safe: the literal name cannot be the bucket meant.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n  Site:\n    Type: AWS::S3::Bucket\n  SitePolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Site\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Logs.Arn}/*"\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n  SitePolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Site\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Site.Arn}/*"\n' }],
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html'],
  },
  messages: {
    otherBucket: "Bucket policy '{{policy}}' is attached to bucket {{attached}} but this resource names bucket {{named}}.",
    logicalIdAsName: "Bucket policy '{{policy}}' attaches to a bucket literally named '{{bucket}}', the logical id of a bucket of this template; write !Ref {{bucket}} to attach it to that bucket.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const r of t.resources.values()) {
      if (r.type !== 'AWS::S3::BucketPolicy') continue;
      const attached = attachedBucket(t, r);
      if (attached === undefined) continue;
      if (attached.logicalIdAsName !== undefined && attached.resource !== undefined) {
        const n = attached.resource.name;
        const edit = replaceNode(attached.logicalIdAsName, ctx.doc.format === 'yaml' ? `!Ref ${n}` : JSON.stringify({ Ref: n }));
        ctx.report({ node: attached.logicalIdAsName, messageId: 'logicalIdAsName', data: { policy: r.name, bucket: n }, related: [{ message: `Bucket '${n}'`, ...resourceAnchor(attached.resource) }], fixes: [{ title: `Use !Ref ${n}`, safety: 'safe', preferred: true, edits: [edit] }] });
      }
      const view = policyView(getProperty(r.properties, 'PolicyDocument')?.value);
      if (view === undefined) continue;
      const attachedLabel = attached.resource ? `'${attached.resource.name}'` : `'${attached.name}'`;
      for (const s of view.statements) {
        for (const v of [...asList(s.resource?.value), ...asList(s.notResource?.value)]) {
          const target = resolveTarget(t, v);
          if (target === undefined || target.service !== 's3') continue;
          // Only `arn:aws:s3:::bucket[/key]`: access points and other S3 resources have a Region.
          const pieces = textPieces(t, v) ?? [];
          const head = pieces[0]?.kind === 'text' ? pieces[0].text : '';
          if (!/^arn:[^:]*:s3:::/.test(head) && target.resource?.type !== 'AWS::S3::Bucket') continue;
          let other: string | undefined;
          if (target.resource !== undefined) {
            if (target.resource.type === 'AWS::S3::Bucket' && attached.resource !== undefined && target.resource !== attached.resource) other = `'${target.resource.name}'`;
          } else if (target.name !== undefined && attached.name !== undefined && !target.name.includes('$')) {
            if (!wildcardMatch(target.name, attached.name)) other = `'${target.name}'`;
          }
          if (other === undefined) continue;
          ctx.report({ node: v, messageId: 'otherBucket', data: { policy: r.name, attached: attachedLabel, named: other }, related: attached.resource ? [{ message: `Bucket '${attached.resource.name}'`, ...resourceAnchor(attached.resource) }] : undefined });
        }
      }
    }
  },
});
