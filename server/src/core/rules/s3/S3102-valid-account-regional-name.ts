// S3102 BUCKET_NAME_ACCOUNT_NAMESPACE: buckets in an account regional namespace are named `<prefix>-<account>-<region>-an`.

import { getProperty } from '../../parse/tree';
import { resolveString } from '../../cfn/resolve';
import { ACCOUNT_REGIONAL_NAME } from '../../settings/bucket-names';
import { defineRule } from '../types';

export default defineRule({
  id: 'S3102',
  name: 'valid-account-regional-name',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A bucket in an account regional namespace is named `<prefix>-<12-digit account id>-<region>-an`.',
    why: 'Since 2026 general purpose buckets can live in an account regional namespace, which only your account can use. Such names must end with the account id, the Region code and `-an` (for example `reports-111122223333-us-west-2-an`); S3 rejects a name in that namespace without the suffix, or a suffix with a malformed account id or Region.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: reports-11112222333-us-west-2-an\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: reports-111122223333-us-west-2-an\n' }],
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/gpbucketnamespaces.html'],
  },
  messages: {
    badSuffix: "Bucket name '{{name}}' looks like an account regional namespace name but does not follow <prefix>-<12-digit account>-<region>-an.",
    missingSuffix: "The bucket is in the account regional namespace ({{namespace}}) but its name '{{name}}' does not end with -<12-digit account>-<region>-an.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const r of t.resources.values()) {
      if (r.type !== 'AWS::S3::Bucket') continue;
      const node = getProperty(r.properties, 'BucketName')?.value;
      const name = resolveString(t, node);
      if (node === undefined || name === undefined) continue;
      const namespace = resolveString(t, getProperty(r.properties, 'BucketNamespace')?.value)?.value;
      const regional = namespace !== undefined && /regional/i.test(namespace);
      const ok = ACCOUNT_REGIONAL_NAME.test(name.value);
      if (regional && !ok) ctx.report({ node, messageId: 'missingSuffix', data: { name: name.value, namespace } });
      else if (!regional && !ok && /-\d{10,14}-[a-z0-9-]*-an$/.test(name.value)) ctx.report({ node, messageId: 'badSuffix', data: { name: name.value } });
    }
  },
});
