// Builds small in-test catalog indexes from readable specs, so unit tests never need the full AWS data.
// The spec names condition keys by name; `buildIndex` interns them the way the generator does. Rule and
// feature tests can use it too: `new Catalog(buildIndex({ keys: [...], services: [...] }))`.

import { ACCESS_LEVELS, AccessLevel, ActionEntry, ActionResourceEntry, CatalogIndex, ConditionKeyType, KeyEntry, ResourceTypeEntry, ServiceEntry } from '../../../server/src/core/iam/catalog';

export interface KeySpec {
  name: string;
  type: ConditionKeyType;
  description?: string;
  global?: boolean;
  category?: string;
}

export interface ActionSpec {
  name: string;
  level: AccessLevel;
  description?: string;
  resources?: { type: string; required?: boolean; keys?: string[]; dependentActions?: string[] }[];
  keys?: string[];
  dependentActions?: string[];
}

export interface ServiceSpec {
  prefix: string;
  name: string;
  rcp?: boolean;
  keys?: string[];
  resourceTypes?: { name: string; arn: string | string[]; keys?: string[] }[];
  actions: ActionSpec[];
}

export interface IndexSpec {
  version?: string;
  date?: string;
  keys?: KeySpec[];
  services: ServiceSpec[];
}

const KEY_TYPES: ConditionKeyType[] = ['String', 'ArrayOfString', 'ARN', 'ArrayOfARN', 'Bool', 'ArrayOfBool', 'Numeric', 'Date', 'IPAddress'];

/** A catalog index for the spec. Entries keep the spec's order (the catalog sorts what it needs). */
export function buildIndex(spec: IndexSpec): CatalogIndex {
  const keySpecs = spec.keys ?? [];
  const keyIndex = new Map(keySpecs.map((k, i) => [k.name.toLowerCase(), i]));
  const refs = (names: string[] | undefined): number[] | undefined => {
    if (names === undefined || names.length === 0) return undefined;
    return names.map((n) => {
      const i = keyIndex.get(n.toLowerCase());
      if (i === undefined) throw new Error(`Test catalog: condition key ${n} is not declared in keys.`);
      return i;
    });
  };
  const keys: KeyEntry[] = keySpecs.map((k) => {
    const entry: KeyEntry = [k.name, KEY_TYPES.indexOf(k.type), k.description ?? `Filters access by ${k.name}`, k.global ? 1 : 0];
    if (k.category !== undefined) entry.push(k.category);
    return entry;
  });
  const services: ServiceEntry[] = spec.services.map((s) => {
    const rts = s.resourceTypes ?? [];
    const resourceTypes: ResourceTypeEntry[] = rts.map((r) => {
      const entry: ResourceTypeEntry = [r.name, r.arn];
      const k = refs(r.keys);
      if (k) entry.push(k);
      return entry;
    });
    const actions: ActionEntry[] = s.actions.map((a) => {
      const rows: ActionResourceEntry[] = (a.resources ?? []).map((r) => {
        const i = rts.findIndex((rt) => rt.name.toLowerCase() === r.type.toLowerCase());
        if (i < 0) throw new Error(`Test catalog: ${s.prefix}:${a.name} uses the undeclared resource type ${r.type}.`);
        return [i, r.required ? 1 : 0, refs(r.keys) ?? [], r.dependentActions ?? []];
      });
      return [a.name, ACCESS_LEVELS.indexOf(a.level), a.description ?? `Grants permission to ${a.name}`, rows, refs(a.keys) ?? [], a.dependentActions ?? []];
    });
    return [s.prefix, s.name, s.rcp ? 1 : 0, refs(s.keys) ?? [], resourceTypes, actions];
  });
  return {
    format: 1,
    source: { package: 'test', version: spec.version ?? '0.0.0-test', date: spec.date ?? '2026-01-01', license: 'MIT' },
    accessLevels: [...ACCESS_LEVELS],
    keyTypes: KEY_TYPES,
    keys,
    services,
  };
}

/** The small catalog most catalog tests use: a few services, deliberately listed out of order. */
export function smallIndex(): CatalogIndex {
  return buildIndex({
    version: '1.2.3',
    date: '2026-02-03',
    keys: [
      { name: 'aws:SourceArn', type: 'ARN', global: true, category: 'request' },
      { name: 'aws:CalledVia', type: 'ArrayOfString', global: true, category: 'request' },
      { name: 'aws:ResourceTag/${TagKey}', type: 'String', global: true, category: 'resource' },
      { name: 'aws:TagKeys', type: 'ArrayOfString', global: true, category: 'request' },
      { name: 's3:x-amz-acl', type: 'String', description: 'Filters access by the canned ACL in the request' },
      { name: 's3:ExistingObjectTag/<key>', type: 'String' },
      { name: 's3:RequestObjectTag/<key>', type: 'String' },
      { name: 's3:BucketTag/${TagKey}', type: 'String' },
      { name: 'iam:PassedToService', type: 'String' },
      { name: 'events:Metadata/${MetadataKey}', type: 'String' },
      { name: 'events:Metadata/${MetadataKey}/Matcher', type: 'String' },
      { name: 'kms:EncryptionContext:${EncryptionContextKey}', type: 'String' },
      { name: 'token.actions.${Domain}.ghe.com:actor', type: 'String' },
      { name: 'saml:aud', type: 'String' },
    ],
    services: [
      {
        prefix: 's3',
        name: 'Amazon S3',
        rcp: true,
        keys: ['aws:ResourceTag/${TagKey}', 's3:x-amz-acl', 's3:ExistingObjectTag/<key>', 's3:RequestObjectTag/<key>'],
        resourceTypes: [
          { name: 'object', arn: 'arn:${Partition}:s3:::${BucketName}/${ObjectName}', keys: ['s3:BucketTag/${TagKey}'] },
          { name: 'bucket', arn: 'arn:${Partition}:s3:::${BucketName}' },
        ],
        actions: [
          { name: 'PutObject', level: 'Write', resources: [{ type: 'object', required: true }], keys: ['s3:x-amz-acl', 's3:RequestObjectTag/<key>'] },
          { name: 'GetObject', level: 'Read', description: 'Grants permission to retrieve objects from Amazon S3', resources: [{ type: 'object', required: true }], keys: ['s3:ExistingObjectTag/<key>'] },
          { name: 'GetObjectAcl', level: 'Read', resources: [{ type: 'object', required: true }] },
          { name: 'GetBucketPolicy', level: 'Read', resources: [{ type: 'bucket', required: true }] },
          { name: 'ListBucket', level: 'List', resources: [{ type: 'bucket', required: true }] },
          { name: 'ListAllMyBuckets', level: 'List' },
          { name: 'PutBucketPolicy', level: 'Permissions management', resources: [{ type: 'bucket', required: true }] },
          { name: 'PutObjectTagging', level: 'Tagging', resources: [{ type: 'object', required: true }] },
        ],
      },
      {
        prefix: 'iam',
        name: 'AWS Identity and Access Management (IAM)',
        resourceTypes: [{ name: 'role', arn: 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', keys: ['aws:ResourceTag/${TagKey}'] }],
        actions: [
          { name: 'PassRole', level: 'Write', resources: [{ type: 'role', required: true }], keys: ['iam:PassedToService'] },
          { name: 'ListRoleTags', level: 'List', resources: [{ type: 'role', required: true }] },
          { name: 'ListRoles', level: 'List' },
          { name: 'ListUserTags', level: 'List' },
          { name: 'ListTagsForRole', level: 'List' },
          { name: 'TagRole', level: 'Tagging', resources: [{ type: 'role', required: true }], keys: ['aws:TagKeys'] },
        ],
      },
      {
        prefix: 'sts',
        name: 'AWS Security Token Service',
        keys: ['saml:aud', 'token.actions.${Domain}.ghe.com:actor'],
        resourceTypes: [{ name: 'role', arn: 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}' }],
        actions: [
          { name: 'AssumeRole', level: 'Write', resources: [{ type: 'role', required: true }], dependentActions: ['sts:TagSession'] },
          { name: 'TagSession', level: 'Tagging', resources: [{ type: 'role', required: false, dependentActions: ['sts:AssumeRole'] }] },
        ],
      },
      {
        prefix: 's3express',
        name: 'Amazon S3 Express',
        actions: [{ name: 'CreateSession', level: 'Write' }],
      },
      {
        prefix: 'apigateway',
        name: 'Amazon API Gateway Management',
        resourceTypes: [{ name: 'Stage', arn: ['arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}', 'arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages/${StageName}'] }],
        actions: [{ name: 'GET', level: 'Read', resources: [{ type: 'Stage' }] }],
      },
      { prefix: 'events', name: 'Amazon EventBridge', keys: ['events:Metadata/${MetadataKey}', 'events:Metadata/${MetadataKey}/Matcher'], actions: [{ name: 'PutEvents', level: 'Write' }] },
      { prefix: 'kms', name: 'AWS Key Management Service', keys: ['kms:EncryptionContext:${EncryptionContextKey}'], actions: [{ name: 'Decrypt', level: 'Write' }] },
    ],
  });
}

/** A regular expression that matches what an IAM wildcard pattern matches: the independent oracle. */
export function oracle(pattern: string): RegExp {
  let body = '';
  for (const c of pattern) {
    if (c === '*') body += '.*';
    else if (c === '?') body += '.';
    else body += c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${body}$`, 'is');
}

/** The ids the oracle matches, in the given order. */
export function expectedMatches(ids: string[], pattern: string): string[] {
  const re = oracle(pattern);
  return ids.filter((id) => re.test(id));
}

/** A small seeded pseudo-random generator (mulberry32), so random tests are repeatable. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random wildcard patterns derived from real ids: stars over spans, `?` over characters, case flips, regex metacharacters. */
export function randomPatterns(ids: string[], count: number, seed: number): string[] {
  const rnd = seeded(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const out: string[] = [];
  while (out.length < count) {
    let p = pick(ids);
    const edits = 1 + Math.floor(rnd() * 3);
    for (let e = 0; e < edits; e++) {
      const i = Math.floor(rnd() * p.length);
      const r = rnd();
      if (r < 0.4) {
        const j = Math.min(p.length, i + Math.floor(rnd() * 6));
        p = `${p.slice(0, i)}*${p.slice(j)}`;
      } else if (r < 0.6) {
        p = `${p.slice(0, i)}?${p.slice(i + 1)}`;
      } else if (r < 0.75) {
        p = p.slice(0, i) + (p[i] === p[i]?.toUpperCase() ? p.slice(i, i + 1).toLowerCase() : p.slice(i, i + 1).toUpperCase()) + p.slice(i + 1);
      } else if (r < 0.85) {
        p = `${p.slice(0, i)}${pick(['.', '+', '(', '[', '^', '$', '|', '\\'])}${p.slice(i)}`;
      } else {
        p = `${p.slice(0, i)}**${p.slice(i)}`;
      }
    }
    out.push(p);
  }
  return out;
}
