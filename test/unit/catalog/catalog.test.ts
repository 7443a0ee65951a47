// Unit tests of the IAM catalog API on a small in-test catalog: lookups, case rules, wildcard expansion
// (checked against a regex oracle), the work done on adversarial patterns, condition key templates,
// did-you-mean and the index checks.

import * as assert from 'assert';
import { Catalog } from '../../../server/src/core/iam/catalog';
import { editDistance as boundedEditDistance } from '../../../server/src/core/iam/suggest';
import { buildIndex, expectedMatches, randomPatterns, smallIndex } from './fixture';

const ids = (actions: { id: string }[]): string[] => actions.map((a) => a.id);

/** Every action id of the catalog, in catalog order. */
function allIds(catalog: Catalog): string[] {
  return catalog.services().flatMap((s) => ids([...catalog.actionsOfService(s.prefix)]));
}

/** Calls to `String.prototype.charCodeAt` made by `fn`: the matcher's unit of work. */
function countCharCodeAt<T>(fn: () => T): { result: T; calls: number } {
  const original = String.prototype.charCodeAt;
  let calls = 0;
  String.prototype.charCodeAt = function (this: string, index: number): number {
    calls++;
    return original.call(this, index);
  };
  try {
    const result = fn();
    return { result, calls };
  } finally {
    String.prototype.charCodeAt = original;
  }
}

describe('catalog: lookups', () => {
  const catalog = new Catalog(smallIndex());

  it('reports its source, version, date and counts', () => {
    assert.strictEqual(catalog.version, '1.2.3');
    assert.strictEqual(catalog.date, '2026-02-03');
    assert.deepStrictEqual(catalog.source, { package: 'test', version: '1.2.3', date: '2026-02-03', license: 'MIT' });
    assert.deepStrictEqual(catalog.counts, { services: 7, actions: 20, resourceTypes: 5, conditionKeys: 14 });
  });

  it('lists services sorted by prefix', () => {
    assert.deepStrictEqual(
      catalog.services().map((s) => s.prefix),
      ['apigateway', 'events', 'iam', 'kms', 's3', 's3express', 'sts'],
    );
    assert.deepStrictEqual(catalog.service('s3'), { prefix: 's3', name: 'Amazon S3', rcpSupported: true, actionCount: 8 });
    assert.deepStrictEqual(catalog.service('iam'), { prefix: 'iam', name: 'AWS Identity and Access Management (IAM)', rcpSupported: false, actionCount: 6 });
  });

  it('finds an action with all its details', () => {
    const a = catalog.action('s3:GetObject');
    assert.ok(a);
    assert.strictEqual(a.id, 's3:GetObject');
    assert.strictEqual(a.service, 's3');
    assert.strictEqual(a.name, 'GetObject');
    assert.strictEqual(a.accessLevel, 'Read');
    assert.strictEqual(a.description, 'Grants permission to retrieve objects from Amazon S3');
    assert.deepStrictEqual(a.conditionKeys, ['s3:ExistingObjectTag/<key>']);
    assert.deepStrictEqual(a.dependentActions, []);
    assert.strictEqual(a.wildcardOnly, false);
    assert.strictEqual(a.resourceTypes.length, 1);
    const rt = a.resourceTypes[0];
    assert.strictEqual(rt.name, 'object');
    assert.strictEqual(rt.required, true);
    assert.deepStrictEqual(rt.conditionKeys, []);
    assert.deepStrictEqual(rt.resourceType, {
      service: 's3',
      name: 'object',
      arnFormats: ['arn:${Partition}:s3:::${BucketName}/${ObjectName}'],
      conditionKeys: ['s3:BucketTag/${TagKey}'],
    });
    assert.strictEqual(catalog.action('s3:GetObject'), a, 'the same object on every lookup');
  });

  it('marks actions without resource types as wildcard-only and keeps dependent actions', () => {
    assert.strictEqual(catalog.action('s3:ListAllMyBuckets')?.wildcardOnly, true);
    assert.deepStrictEqual(catalog.action('sts:AssumeRole')?.dependentActions, ['sts:TagSession']);
    const tagSession = catalog.action('sts:TagSession');
    assert.deepStrictEqual(tagSession?.resourceTypes.map((r) => [r.name, r.required, r.dependentActions]), [['role', false, ['sts:AssumeRole']]]);
  });

  it('gives every access level', () => {
    assert.deepStrictEqual(
      ['s3:ListBucket', 's3:GetObject', 's3:PutObject', 's3:PutBucketPolicy', 's3:PutObjectTagging'].map((id) => catalog.action(id)?.accessLevel),
      ['List', 'Read', 'Write', 'Permissions management', 'Tagging'],
    );
  });

  it('is case-insensitive for service prefixes, action names and resource types', () => {
    assert.strictEqual(catalog.action('S3:getobject')?.id, 's3:GetObject');
    assert.strictEqual(catalog.action('IAM:PASSROLE')?.id, 'iam:PassRole');
    assert.strictEqual(catalog.service('S3')?.prefix, 's3');
    assert.strictEqual(catalog.resourceType('S3', 'OBJECT')?.name, 'object');
    assert.strictEqual(catalog.resourceType('apigateway', 'stage')?.name, 'Stage');
    assert.deepStrictEqual(ids([...catalog.actionsOfService('IAM')]), ['iam:ListRoles', 'iam:ListRoleTags', 'iam:ListTagsForRole', 'iam:ListUserTags', 'iam:PassRole', 'iam:TagRole']);
  });

  it('returns nothing for unknown or malformed names', () => {
    assert.strictEqual(catalog.action('s3:GetObjekt'), undefined);
    assert.strictEqual(catalog.action('s4:GetObject'), undefined);
    assert.strictEqual(catalog.action('GetObject'), undefined);
    assert.strictEqual(catalog.action('s3:Get*'), undefined);
    assert.strictEqual(catalog.action('s3:GetObject:x'), undefined);
    assert.strictEqual(catalog.action(''), undefined);
    assert.strictEqual(catalog.service('s4'), undefined);
    assert.strictEqual(catalog.resourceType('s3', 'nope'), undefined);
    assert.strictEqual(catalog.resourceType('nope', 'object'), undefined);
    assert.deepStrictEqual(catalog.actionsOfService('nope'), []);
    assert.deepStrictEqual(catalog.resourceTypesOfService('nope'), []);
    assert.deepStrictEqual(catalog.conditionKeysOfService('nope'), []);
  });

  it('lists resource types with several ARN formats', () => {
    assert.deepStrictEqual(catalog.resourceTypesOfService('apigateway')[0].arnFormats, [
      'arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}',
      'arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages/${StageName}',
    ]);
    assert.deepStrictEqual(
      catalog.resourceTypesOfService('s3').map((r) => r.name),
      ['object', 'bucket'],
    );
  });

  it('gathers the condition keys an action supports', () => {
    assert.deepStrictEqual(catalog.supportedConditionKeys(catalog.action('s3:GetObject')!), ['s3:BucketTag/${TagKey}', 's3:ExistingObjectTag/<key>']);
    assert.deepStrictEqual(catalog.supportedConditionKeys(catalog.action('iam:PassRole')!), ['aws:ResourceTag/${TagKey}', 'iam:PassedToService']);
    assert.deepStrictEqual(catalog.supportedConditionKeys(catalog.action('s3:ListAllMyBuckets')!), []);
  });

  it('rejects an index of another format and dangling references', () => {
    const bad = { ...smallIndex(), format: 2 } as unknown as ReturnType<typeof smallIndex>;
    assert.throws(() => new Catalog(bad), /Catalog index format 2 is not supported/);
    const dangling = smallIndex();
    dangling.services[0][5][0][3] = [[9, 1]];
    const c = new Catalog(dangling);
    assert.throws(() => c.action('s3:PutObject'), /refers to resource type #9/);
  });
});

describe('catalog: action wildcards', () => {
  const catalog = new Catalog(smallIndex());
  const every = allIds(catalog);

  it('expands prefix, suffix and middle wildcards', () => {
    assert.deepStrictEqual(ids(catalog.matchActions('s3:Get*')), ['s3:GetBucketPolicy', 's3:GetObject', 's3:GetObjectAcl']);
    assert.deepStrictEqual(ids(catalog.matchActions('s3:*Object')), ['s3:GetObject', 's3:PutObject']);
    assert.deepStrictEqual(ids(catalog.matchActions('iam:List*Tags')), ['iam:ListRoleTags', 'iam:ListUserTags']);
    assert.deepStrictEqual(ids(catalog.matchActions('*:List*')), ['iam:ListRoles', 'iam:ListRoleTags', 'iam:ListTagsForRole', 'iam:ListUserTags', 's3:ListAllMyBuckets', 's3:ListBucket']);
    assert.deepStrictEqual(ids(catalog.matchActions('s3:GetObjec?')), ['s3:GetObject']);
    assert.deepStrictEqual(ids(catalog.matchActions('s?:GetObject')), ['s3:GetObject']);
    assert.deepStrictEqual(ids(catalog.matchActions('s3*:*')), [...ids([...catalog.actionsOfService('s3')]), 's3express:CreateSession']);
  });

  it('matches whole services and everything', () => {
    assert.strictEqual(catalog.matchActions('s3:*').length, 8);
    assert.deepStrictEqual(ids(catalog.matchActions('*')), every);
    assert.deepStrictEqual(ids(catalog.matchActions('***')), every);
    assert.deepStrictEqual(ids(catalog.matchActions('*:*')), every);
  });

  it('is case-insensitive', () => {
    assert.deepStrictEqual(ids(catalog.matchActions('S3:GET*')), ['s3:GetBucketPolicy', 's3:GetObject', 's3:GetObjectAcl']);
    assert.deepStrictEqual(ids(catalog.matchActions('S3:GETOBJECT')), ['s3:GetObject']);
  });

  it('matches patterns without a colon against whole ids', () => {
    assert.deepStrictEqual(ids(catalog.matchActions('*Object')), ['s3:GetObject', 's3:PutObject']);
    assert.deepStrictEqual(ids(catalog.matchActions('s3?GetObject')), ['s3:GetObject']);
    assert.deepStrictEqual(ids(catalog.matchActions('iam*Tags')), ['iam:ListRoleTags', 'iam:ListUserTags']);
  });

  it('matches nothing for malformed or unknown patterns', () => {
    assert.deepStrictEqual(catalog.matchActions(''), []);
    assert.deepStrictEqual(catalog.matchActions('s3'), []);
    assert.deepStrictEqual(catalog.matchActions('s3:'), []);
    assert.deepStrictEqual(catalog.matchActions('s3:Get*:x'), []);
    assert.deepStrictEqual(catalog.matchActions('s4:*'), []);
    assert.deepStrictEqual(catalog.matchActions('s3:Nope*'), []);
    assert.deepStrictEqual(catalog.matchActions('s3:Get.bject'), []);
  });

  it('agrees with a regex oracle on fixed and random patterns', () => {
    const fixed = ['*', 's3:*', '*:*', 's3:Get*', 'S3:*OBJECT*', '?3:*', '*3*', 'i?m:*Role*', 's3:Get+Object', 's3:(Get)Object', '*:*Tag*', 'sts:*Session', 's3express:*'];
    for (const pattern of [...fixed, ...randomPatterns(every, 300, 42)]) {
      const expected = expectedMatches(every, pattern);
      assert.deepStrictEqual(ids(catalog.matchActions(pattern)), expected, pattern);
    }
  });

  it('does linear work on an adversarial pattern against long names', () => {
    // Names of n characters: `a...a` (no match), `a...ab` (match) and `a...ac` (no match). A
    // backtracking matcher tries every way to split the run of `a`s between seven stars (about n^7/7!
    // steps); the linear matcher reads each name a bounded number of times per pattern character.
    const pattern = 'adv:a*a*a*a*a*a*a*b';
    const work = (n: number): number => {
      const a = 'a'.repeat(n);
      const catalog = new Catalog(buildIndex({ services: [{ prefix: 'adv', name: 'Adversarial', actions: [{ name: a, level: 'Read' }, { name: `${a}b`, level: 'Read' }, { name: `${a}c`, level: 'Read' }] }] }));
      const { result, calls } = countCharCodeAt(() => catalog.matchActions(pattern));
      assert.deepStrictEqual(ids(result), [`adv:${a}b`]);
      return calls;
    };
    const small = work(2000);
    const large = work(8000);
    assert.ok(small > 0, 'the matcher reads characters with charCodeAt, which this test counts');
    const names = 3;
    assert.ok(large <= 4 * names * 8001 * 2, `work for n = 8000 is ${large} character reads, over the linear bound`);
    assert.ok(large / small < 4.5, `work grew ${large / small} times for 4 times longer names: not linear`);
  });
});

describe('catalog: condition keys', () => {
  const catalog = new Catalog(smallIndex());

  it('finds exact keys, global and service, in any case', () => {
    assert.deepStrictEqual(catalog.conditionKey('aws:SourceArn'), {
      name: 'aws:SourceArn',
      prefix: 'aws',
      type: 'ARN',
      description: 'Filters access by aws:SourceArn',
      multivalued: false,
      global: true,
      template: false,
      category: 'request',
    });
    assert.strictEqual(catalog.conditionKey('AWS:SOURCEARN')?.name, 'aws:SourceArn');
    assert.deepStrictEqual(catalog.conditionKey('S3:X-AMZ-ACL'), {
      name: 's3:x-amz-acl',
      prefix: 's3',
      type: 'String',
      description: 'Filters access by the canned ACL in the request',
      multivalued: false,
      global: false,
      template: false,
    });
    assert.strictEqual(catalog.conditionKey('aws:CalledVia')?.multivalued, true);
    assert.strictEqual(catalog.conditionKey('aws:Nope'), undefined);
    assert.strictEqual(catalog.conditionKey('SourceArn'), undefined);
  });

  it('resolves tag-key and other templates', () => {
    assert.strictEqual(catalog.conditionKey('aws:ResourceTag/team')?.name, 'aws:ResourceTag/${TagKey}');
    assert.strictEqual(catalog.conditionKey('AWS:RESOURCETAG/Team/Sub')?.name, 'aws:ResourceTag/${TagKey}');
    assert.strictEqual(catalog.conditionKey('aws:ResourceTag/${TagKey}')?.name, 'aws:ResourceTag/${TagKey}');
    assert.strictEqual(catalog.conditionKey('s3:RequestObjectTag/env')?.name, 's3:RequestObjectTag/<key>');
    assert.strictEqual(catalog.conditionKey('s3:ExistingObjectTag/env')?.template, true);
    assert.strictEqual(catalog.conditionKey('kms:EncryptionContext:aws:lambda:FunctionArn')?.name, 'kms:EncryptionContext:${EncryptionContextKey}');
    assert.strictEqual(catalog.conditionKey('token.actions.example.ghe.com:actor')?.name, 'token.actions.${Domain}.ghe.com:actor');
  });

  it('prefers the template with the most literal text', () => {
    assert.strictEqual(catalog.conditionKey('events:Metadata/k/Matcher')?.name, 'events:Metadata/${MetadataKey}/Matcher');
    assert.strictEqual(catalog.conditionKey('events:Metadata/k')?.name, 'events:Metadata/${MetadataKey}');
  });

  it('needs a value for a placeholder', () => {
    assert.strictEqual(catalog.conditionKey('aws:ResourceTag'), undefined);
    assert.strictEqual(catalog.conditionKey('aws:ResourceTag/'), undefined);
    assert.strictEqual(catalog.conditionKey('s3:RequestObjectTag/'), undefined);
    assert.strictEqual(catalog.conditionKey('token.actions..ghe.com:actor'), undefined);
  });

  it('lists keys by prefix, by service and the global ones', () => {
    assert.deepStrictEqual(
      catalog.conditionKeysWithPrefix('AWS:').map((k) => k.name),
      ['aws:CalledVia', 'aws:ResourceTag/${TagKey}', 'aws:SourceArn', 'aws:TagKeys'],
    );
    assert.deepStrictEqual(
      catalog.conditionKeysWithPrefix('aws:resourcetag').map((k) => k.name),
      ['aws:ResourceTag/${TagKey}'],
    );
    assert.deepStrictEqual(catalog.conditionKeysWithPrefix('zzz'), []);
    assert.deepStrictEqual(
      catalog.conditionKeysOfService('sts').map((k) => k.name),
      ['saml:aud', 'token.actions.${Domain}.ghe.com:actor'],
    );
    assert.deepStrictEqual(
      catalog.globalConditionKeys().map((k) => k.name),
      ['aws:CalledVia', 'aws:ResourceTag/${TagKey}', 'aws:SourceArn', 'aws:TagKeys'],
    );
  });

  it('knows the prefixes condition keys use', () => {
    assert.strictEqual(catalog.isConditionKeyPrefix('aws'), true);
    assert.strictEqual(catalog.isConditionKeyPrefix('S3'), true);
    assert.strictEqual(catalog.isConditionKeyPrefix('saml'), true);
    assert.strictEqual(catalog.isConditionKeyPrefix('token.actions.example.ghe.com'), true);
    assert.strictEqual(catalog.isConditionKeyPrefix('kms'), true);
    assert.strictEqual(catalog.isConditionKeyPrefix('sts'), false);
    assert.strictEqual(catalog.isConditionKeyPrefix('nope'), false);
  });
});

describe('catalog: did you mean', () => {
  const catalog = new Catalog(smallIndex());

  it('suggests near actions, closest first, in canonical case', () => {
    assert.deepStrictEqual(catalog.suggest('s3:GetObjekt'), ['s3:GetObject', 's3:PutObject', 's3:GetObjectAcl']);
    assert.deepStrictEqual(catalog.suggest('s3:getobjet', 'action', 1), ['s3:GetObject']);
    assert.deepStrictEqual(catalog.suggest('iam:PasRole'), ['iam:PassRole', 'iam:TagRole']);
    assert.deepStrictEqual(catalog.suggest('iam:PsasRole', 'action', 1), ['iam:PassRole'], 'a transposition is one edit');
  });

  it('corrects the service prefix of an action', () => {
    assert.deepStrictEqual(catalog.suggest('s4:GetObject'), ['s3:GetObject', 's3:PutObject', 's3:GetObjectAcl']);
    assert.deepStrictEqual(catalog.suggest('stss:AssumeRole'), ['sts:AssumeRole']);
  });

  it('suggests services and condition keys', () => {
    assert.deepStrictEqual(catalog.suggest('S4', 'service'), ['s3']);
    assert.deepStrictEqual(catalog.suggest('eventz', 'service'), ['events']);
    assert.deepStrictEqual(catalog.suggest('aws:SourceArm', 'conditionKey'), ['aws:SourceArn']);
    assert.deepStrictEqual(catalog.suggest('aws:TagKey', 'conditionKey'), ['aws:TagKeys']);
  });

  it('suggests nothing when nothing is near', () => {
    assert.deepStrictEqual(catalog.suggest('s3:CompletelyDifferent'), []);
    assert.deepStrictEqual(catalog.suggest('GetObject'), []);
    assert.deepStrictEqual(catalog.suggest('nothingclose', 'service'), []);
    assert.deepStrictEqual(catalog.suggest('aws:Zzzzzzzzzz', 'conditionKey'), []);
  });
});

describe('catalog: bounded edit distance', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    assert.strictEqual(boundedEditDistance('getobject', 'getobject', 3), 0);
    assert.strictEqual(boundedEditDistance('getobject', 'getobjekt', 3), 1);
    assert.strictEqual(boundedEditDistance('getobject', 'getobjct', 3), 1);
    assert.strictEqual(boundedEditDistance('getobject', 'getobjectx', 3), 1);
    assert.strictEqual(boundedEditDistance('getobject', 'gteobject', 3), 1);
    assert.strictEqual(boundedEditDistance('kitten', 'sitting', 3), 3);
    assert.strictEqual(boundedEditDistance('', 'abc', 3), 3);
  });

  it('stops at the bound', () => {
    assert.strictEqual(boundedEditDistance('kitten', 'sitting', 2), 3);
    assert.strictEqual(boundedEditDistance('a', 'abcdefgh', 2), 3);
    assert.strictEqual(boundedEditDistance('abcdefgh', 'zyxwvuts', 1), 2);
  });

  it('agrees with the full optimal-string-alignment table on 20,000 random pairs (the banded rows reuse buffers)', () => {
    // The textbook O(|a|·|b|) table, capped at max + 1.
    const osa = (a: string, b: string): number => {
      const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
      return d[a.length][b.length];
    };
    let seed = 7;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const word = (): string => Array.from({ length: rnd(14) }, () => 'abcab'[rnd(5)]).join('');
    for (let k = 0; k < 20000; k++) {
      const a = word();
      // Mostly near pairs (edits of a), some unrelated ones; lengths grow now and then so the buffers do.
      let b = rnd(4) === 0 ? word() : a;
      for (let e = rnd(5); e > 0; e--) {
        const at = rnd(b.length + 1);
        const op = rnd(4);
        b = op === 0 ? b.slice(0, at) + 'c' + b.slice(at) : op === 1 ? b.slice(0, at) + b.slice(at + 1) : op === 2 ? b.slice(0, at) + 'b' + b.slice(at + 1) : b.slice(0, at) + b.slice(at + 1, at + 2) + b.slice(at, at + 1) + b.slice(at + 2);
      }
      if (rnd(50) === 0) b += 'x'.repeat(40 + rnd(80));
      const max = 1 + rnd(4);
      const want = Math.min(osa(a, b), max + 1);
      assert.strictEqual(boundedEditDistance(a, b, max), want, `${JSON.stringify(a)} vs ${JSON.stringify(b)} within ${max}`);
    }
  });
});

describe('catalog: hand-written indexes', () => {
  it('sorts actions that the index lists out of order', () => {
    const catalog = new Catalog(buildIndex({ services: [{ prefix: 'x', name: 'X', actions: [{ name: 'Zeta', level: 'Read' }, { name: 'alpha', level: 'Read' }, { name: 'Beta', level: 'Write' }] }] }));
    assert.deepStrictEqual(ids([...catalog.actionsOfService('x')]), ['x:alpha', 'x:Beta', 'x:Zeta']);
    assert.deepStrictEqual(ids(catalog.matchActions('x:b*')), ['x:Beta']);
    assert.strictEqual(catalog.action('x:ZETA')?.name, 'Zeta');
  });
});
