// The cross-statement (IAM7xx), ARN (ARN1xx/ARN2xx) and least-privilege (SEC) rules over the shared
// corpus (../shared/corpus): no error-level finding of these rules on the 1,594 AWS managed policies and
// the IAM examples (warnings are counted and printed), and on cfn_nag's deliberately insecure templates
// the SEC findings each fixture is about, and none where cfn_nag's own "pass" twin says the policy is fine.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { parseKindName } from '../../server/src/core/model/kinds';
import { RULES } from '../../server/src/core/rules/registry';
import type { Finding } from '../../server/src/core/rules/types';
import { REPO_ROOT } from '../helpers/fixture';
import { testServices } from '../helpers/services';
import { requireCorpus } from '../helpers/corpus';

const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
const MANIFEST = path.join(CORPUS, 'MANIFEST.tsv');
const NAG = 'cfn/security-fixtures/cfn_nag';

/** The rules this suite covers. */
const OURS = RULES.filter((r) => /^(IAM7\d\d|ARN\d+|SEC\d+)$/.test(r.id));

const KIND_NAMES: Readonly<Record<string, string>> = {
  'iam-managed-policy': 'iam-identity-policy',
  'iam-identity-policy': 'iam-identity-policy',
  'iam-resource-policy': 'iam-resource-policy',
  'iam-trust-policy': 'iam-trust-policy',
  'iam-scp': 'iam-scp',
  'iam-rcp': 'iam-rcp',
  'iam-vpc-endpoint-policy': 'iam-vpc-endpoint-policy',
};

/**
 * What each cfn_nag fixture is about, as the SEC codes that must be among its findings. Fixtures about
 * other concerns (passwords, logging, KMS) are not listed; neither are those whose policies are narrowed
 * by conditions (`rds:*` under `rds:DatabaseEngine`), which cfn_nag flags by pattern and the SEC rules
 * do not.
 */
const NAG_EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'json/iam_managed_policy/iam_managed_policy_with_not_action.json': ['SEC124'],
  'json/iam_managed_policy/iam_managed_policy_with_not_resource.json': ['SEC125'],
  'json/iam_policy/iam_policy_with_not_action.json': ['SEC124'],
  'json/iam_policy/iam_policy_with_not_resource.json': ['SEC125'],
  'json/iam_role/iam_role.json': ['SEC123', 'SEC201'],
  'json/iam_role/iam_role_not_action.json': ['SEC124', 'SEC106'],
  'json/iam_role/iam_role_not_action_on_trust.json': ['SEC306'],
  'json/iam_role/iam_role_not_principal_on_trust.json': ['SEC401'],
  'json/iam_role/iam_role_not_resource.json': ['SEC125', 'SEC103'],
  'json/iam_role/iam_role_with_administratoraccess_policy.json': ['SEC305'],
  'json/iam_role/iam_role_with_iamfullaccess_policy.json': ['SEC305'],
  'json/iam_role/iam_role_with_poweruseraccess_policy.json': ['SEC305'],
  'json/iam_role/iam_role_with_wildcard_action_on_trust.json': ['SEC306'],
  'json/s3_bucket_policy/s3_bucket_policy_with_not_action.json': ['SEC404'],
  'json/s3_bucket_policy/s3_bucket_policy_with_not_principal.json': ['SEC401'],
  'json/s3_bucket_policy/s3_bucket_with_wildcards.json': ['SEC402', 'SEC403'],
  'json/sns_topic_policy/sns_topic_with_not_action.json': ['SEC404'],
  'json/sns_topic_policy/sns_topic_with_not_principal.json': ['SEC401'],
  'json/sns_topic_policy/sns_topic_with_wildcard_principal.json': ['SEC402'],
  'json/sqs_queue_policy/sqs_policy_with_not_action.json': ['SEC404'],
  'json/sqs_queue_policy/sqs_policy_with_not_principal.json': ['SEC401'],
  'json/sqs_queue_policy/sqs_queue_with_wildcards.json': ['SEC402', 'SEC403'],
  'yaml/iam_passrole_resource_wildcard/iam_inline_policy_passrole_resource_wildcard_fail.yml': ['SEC101'],
  'yaml/iam_passrole_resource_wildcard/iam_managed_policy_passrole_resource_wildcard_fail.yml': ['SEC101'],
  'yaml/iam_passrole_resource_wildcard/iam_role_passrole_resource_wildcard_fail.yml': ['SEC101'],
};

/** cfn_nag's "pass" twins: the finding the "fail" twin gets must not appear. */
const NAG_ABSENT: Readonly<Record<string, readonly string[]>> = {
  'yaml/iam_passrole_resource_wildcard/iam_inline_policy_passrole_resource_wildcard_pass.yml': ['SEC101'],
  'yaml/iam_passrole_resource_wildcard/iam_managed_policy_passrole_resource_wildcard_pass.yml': ['SEC101'],
  'yaml/iam_passrole_resource_wildcard/iam_role_passrole_resource_wildcard_pass.yml': ['SEC101'],
  'json/iam_role/iam_role_without_administratoraccess_policy.json': ['SEC305'],
};

function manifest(): { path: string; kind: string; expectation: string }[] {
  if (!fs.existsSync(MANIFEST)) return [];
  return fs
    .readFileSync(MANIFEST, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'))
    .map((c) => ({ path: c[0], kind: (c[5] ?? '').replace(/\s*\(.*\)$/, ''), expectation: c[6] ?? '' }));
}

function findings(rel: string, kind?: string): Finding[] {
  const text = fs.readFileSync(path.join(CORPUS, rel), 'utf8');
  const name = kind !== undefined ? KIND_NAMES[kind] : undefined;
  return analyze({ text, uri: rel }, { rules: OURS, kindOverride: name ? parseKindName(name) : undefined, services: testServices() }).findings;
}

describe('IAM7xx, ARN and SEC rules over the corpus', function () {
  this.timeout(600000);
  const rows = manifest();

  before(function () {
    requireCorpus(this);
  });

  it('give no error on the AWS managed policies and the IAM examples', () => {
    const valid = rows.filter((r) => (r.path.startsWith('iam/managed/') || r.path.startsWith('iam/examples/')) && r.expectation.startsWith('valid'));
    const errors: string[] = [];
    const counts = new Map<string, number>();
    for (const row of valid) {
      for (const f of findings(row.path, row.kind)) {
        if (f.severity === 'error') errors.push(`${row.path}: ${f.ruleId} ${f.message}`);
        else counts.set(`${f.ruleId} ${f.severity}`, (counts.get(`${f.ruleId} ${f.severity}`) ?? 0) + 1);
      }
    }
    const top = [...counts.entries()].filter(([k]) => k.endsWith('warning')).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${k.split(' ')[0]} ${v}`);
    console.log(`      ${valid.length} documents, ${errors.length} errors; top warnings: ${top.join(', ')}`);
    assert.ok(valid.length >= 1900, `expected the managed policies and the examples, found ${valid.length}`);
    assert.deepStrictEqual(errors.slice(0, 20), [], `${errors.length} error(s)`);
  });

  it("report what each insecure cfn_nag fixture is about, and not on the 'pass' twins", () => {
    const nag = rows.filter((r) => r.path.startsWith(`${NAG}/`));
    let flagged = 0;
    const problems: string[] = [];
    for (const row of nag) {
      const rel = row.path.slice(NAG.length + 1);
      const codes = new Set(findings(row.path).filter((f) => f.ruleId.startsWith('SEC') && f.severity !== 'hint').map((f) => f.ruleId));
      if (codes.size > 0) flagged++;
      for (const c of NAG_EXPECTED[rel] ?? []) if (!codes.has(c)) problems.push(`${rel}: ${c} expected, got ${[...codes].join(' ') || 'nothing'}`);
      for (const c of NAG_ABSENT[rel] ?? []) if (codes.has(c)) problems.push(`${rel}: ${c} not expected`);
    }
    console.log(`      SEC rules flag ${flagged} of ${nag.length} cfn_nag templates`);
    assert.ok(nag.length >= 100, `expected the cfn_nag fixtures, found ${nag.length}`);
    for (const rel of [...Object.keys(NAG_EXPECTED), ...Object.keys(NAG_ABSENT)]) assert.ok(nag.some((r) => r.path === `${NAG}/${rel}`), `${rel} is not in the manifest`);
    assert.deepStrictEqual(problems, []);
  });
});
