// S3103 DIRECTORY_BUCKET_NAME_INVALID: directory bucket names follow `base--zoneid--x-s3`.

import { getProperty } from '../../parse/tree';
import { resolveString } from '../../cfn/resolve';
import { DIRECTORY_BUCKET_NAME } from '../../settings/bucket-names';
import { defineRule } from '../types';

export default defineRule({
  id: 'S3103',
  name: 'valid-directory-bucket-name',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Directory bucket names follow `base-name--zone-id--x-s3` (for example `logs--usw2-az1--x-s3`), 3–63 characters.',
    why: 'S3 Express One Zone directory buckets encode their Availability Zone or Local Zone in the name and end with `--x-s3`; other names are rejected.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Fast:\n    Type: AWS::S3Express::DirectoryBucket\n    Properties:\n      BucketName: fast-logs\n      DataRedundancy: SingleAvailabilityZone\n      LocationName: usw2-az1\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Fast:\n    Type: AWS::S3Express::DirectoryBucket\n    Properties:\n      BucketName: fast-logs--usw2-az1--x-s3\n      DataRedundancy: SingleAvailabilityZone\n      LocationName: usw2-az1\n' }],
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html'],
  },
  messages: {
    badName: "Directory bucket name '{{name}}' must follow base-name--zone-id--x-s3 (3 to 63 characters of lowercase letters, digits and '-').",
    zoneMismatch: "Directory bucket name '{{name}}' names zone '{{zone}}' but LocationName is '{{location}}'.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const r of t.resources.values()) {
      if (r.type !== 'AWS::S3Express::DirectoryBucket') continue;
      const node = getProperty(r.properties, 'BucketName')?.value;
      const name = resolveString(t, node);
      if (node === undefined || name === undefined) continue;
      if (!DIRECTORY_BUCKET_NAME.test(name.value) || name.value.length < 3 || name.value.length > 63) {
        ctx.report({ node, messageId: 'badName', data: { name: name.value } });
        continue;
      }
      const zone = /--([a-z0-9-]+)--x-s3$/.exec(name.value)?.[1];
      const location = resolveString(t, getProperty(r.properties, 'LocationName')?.value)?.value;
      if (zone !== undefined && location !== undefined && zone !== location) ctx.report({ node, messageId: 'zoneMismatch', data: { name: name.value, zone, location } });
    }
  },
});
