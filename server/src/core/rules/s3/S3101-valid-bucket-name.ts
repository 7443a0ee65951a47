// S3101 BUCKET_NAME_INVALID: general purpose bucket names follow S3's naming rules.

import { getProperty } from '../../parse/tree';
import { resolveString } from '../../cfn/resolve';
import { bucketNameProblem } from '../../settings/bucket-names';
import { defineRule } from '../types';

export default defineRule({
  id: 'S3101',
  name: 'valid-bucket-name',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Bucket names are 3–63 characters of lowercase letters, digits, `.` and `-`, start and end with a letter or digit, have no `..`, are not IP addresses, and avoid reserved prefixes and suffixes.',
    why: 'S3 rejects other names (`InvalidBucketName`). Reserved: prefixes `xn--`, `sthree-`, `amzn-s3-demo-`; suffixes `-s3alias`, `--ol-s3`, `.mrap`, `--x-s3`, `--table-s3`. Study material lists only "no uppercase, no underscore, not an IP address".',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: My_Reports\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: my-reports-2026\n' }],
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html'],
  },
  messages: {
    length: "Bucket name '{{name}}' is {{detail}} characters long; names are 3 to 63 characters.",
    characters: "Bucket name '{{name}}' contains '{{detail}}'; only lowercase letters, digits, '.' and '-' are allowed.",
    edges: "Bucket name '{{name}}' must start and end with a lowercase letter or digit.",
    adjacentPeriods: "Bucket name '{{name}}' contains two adjacent periods.",
    ipAddress: "Bucket name '{{name}}' is formatted as an IP address.",
    reservedPrefix: "Bucket name '{{name}}' starts with the reserved prefix '{{detail}}'.",
    reservedSuffix: "Bucket name '{{name}}' ends with the reserved suffix '{{detail}}'.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const r of t.resources.values()) {
      if (r.type !== 'AWS::S3::Bucket') continue;
      const node = getProperty(r.properties, 'BucketName')?.value;
      const name = resolveString(t, node);
      if (node === undefined || name === undefined) continue;
      const p = bucketNameProblem(name.value);
      if (p) ctx.report({ node, messageId: p.problem, data: { name: name.value, detail: p.detail } });
    }
  },
});
