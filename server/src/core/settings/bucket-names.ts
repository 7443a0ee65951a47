// S3 bucket naming rules (general purpose, account regional namespace, directory buckets), as pure
// functions returning the first rule a name breaks. https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html

export type BucketNameProblem =
  | 'length' | 'characters' | 'edges' | 'adjacentPeriods' | 'ipAddress' | 'reservedPrefix' | 'reservedSuffix';

const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/** The first general purpose naming rule `name` breaks, with the offending part. */
export function bucketNameProblem(name: string): { problem: BucketNameProblem; detail: string } | undefined {
  if (name.length < 3 || name.length > 63) return { problem: 'length', detail: String(name.length) };
  const bad = /[^a-z0-9.-]/.exec(name);
  if (bad) return { problem: 'characters', detail: bad[0] };
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return { problem: 'edges', detail: '' };
  if (name.includes('..')) return { problem: 'adjacentPeriods', detail: '' };
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return { problem: 'ipAddress', detail: '' };
  const prefix = RESERVED_PREFIXES.find((p) => name.startsWith(p));
  if (prefix) return { problem: 'reservedPrefix', detail: prefix };
  const suffix = RESERVED_SUFFIXES.find((s) => name.endsWith(s));
  if (suffix) return { problem: 'reservedSuffix', detail: suffix };
  return undefined;
}

/** `<prefix>-<12-digit account>-<region>-an`: the account regional namespace form. */
export const ACCOUNT_REGIONAL_NAME = /^[a-z0-9][a-z0-9.-]*-\d{12}-[a-z]{2}(-[a-z]+)+-\d+-an$/;

/** Directory buckets: `base--zoneid--x-s3` (zone id such as `usw2-az1`). */
export const DIRECTORY_BUCKET_NAME = /^[a-z0-9][a-z0-9-]*--[a-z0-9]+-(az|lz)?[a-z0-9-]*\d--x-s3$/;
