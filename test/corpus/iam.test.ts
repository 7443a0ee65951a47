// The IAM rules over the shared corpus (../shared/corpus, see its README): the 1,594 AWS managed policies
// and the IAM examples must get no error-level finding (warnings are allowed and counted), and every
// document labelled invalid in MANIFEST.tsv must get at least one error, except the few listed below
// with the reason no error is due. Each document is analysed as the policy type its manifest kind names.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { KindSelection, parseKindName } from '../../server/src/core/model/kinds';
import { buildDocument } from '../../server/src/core/model/document';
import type { Finding } from '../../server/src/core/rules/types';
import { REPO_ROOT } from '../helpers/fixture';
import { testServices } from '../helpers/services';
import { requireCorpus } from '../helpers/corpus';

const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
const MANIFEST = path.join(CORPUS, 'MANIFEST.tsv');

interface Row {
  path: string;
  kind: string;
  expectation: string;
}

/** Manifest kind → the kind name awspolicy uses (undefined: detect from the content). */
function kindFor(manifestKind: string): KindSelection | undefined {
  const k = manifestKind.replace(/\s*\(.*\)$/, '');
  const name: Record<string, string> = {
    'iam-managed-policy': 'iam-identity-policy',
    'iam-identity-policy': 'iam-identity-policy',
    'iam-resource-policy': 'iam-resource-policy',
    'iam-trust-policy': 'iam-trust-policy',
    'iam-scp': 'iam-scp',
    'iam-rcp': 'iam-rcp',
    'iam-vpc-endpoint-policy': 'iam-vpc-endpoint-policy',
    'iam-policy': 'iam-policy',
  };
  return name[k] !== undefined ? parseKindName(name[k]) : undefined;
}

/** Documents whose manifest kind is not what they are. */
const KIND_CORRECTIONS: Readonly<Record<string, string>> = {
  // The data-perimeter repository keeps resource policies for services that RCPs do not cover next to its
  // RCPs; this one is an SNS topic policy (SNS is not an RCP service).
  'iam/examples/data-perimeter-policy-examples/resource_control_policies/service_specific_controls/sns_topic_policy.json': 'iam-resource-policy',
};

/** Documents labelled valid that AWS would reject, with the reason; their errors are expected. */
const KNOWN_INVALID_SAMPLES: Readonly<Record<string, string>> = {
  'iam/examples/awsdocs-iam-user-guide/access_policies_understand-policy-summary__L161.json':
    'The IAM User Guide page shows how the console summarises a policy with mistakes: `codedploy`, `s3:DeletObject` and `ec2:GetConsoleScreenshots` are typos on purpose.',
  'iam/examples/resource-control-policy-examples/Limit-access-to-trusted-OIDC-identity-providers/Shared-Issuers.json':
    'Its EnforceTrustedOIDCTenantGoogle statement is an RCP Allow with a Condition and without Resource, with the key `accounts.google.com` lacking a claim name; Organizations accepts only the full-access Allow in RCPs.',
  'iam/examples/linter-tests/parliament/test_principals__test_policy_with_principal__L92.json':
    'A parliament parser test: a bucket policy granting a Federated (Cognito) principal, which resource policies do not accept (Access Analyzer: FEDERATED_PRINCIPAL_NOT_SUPPORTED).',
};

/**
 * Invalid documents awspolicy does not give an error, with the reason. Each is a finding the source
 * calls an error but that is a warning or information here by design, or belongs to another context.
 */
const NO_ERROR_EXPECTED: Readonly<Record<string, string>> = {
  'iam/invalid/parliament/test_patterns__test_bad_mfa_condition__L19.json': 'parliament BAD_PATTERN_FOR_MFA is IAM430, a warning: the policy is valid IAM, it allows exactly the sessions without MFA.',
  'iam/invalid/cfn-lint/resource__test_duplicate_sid__L315.json': 'Duplicate Sids are an error in SNS and SQS policies but accepted in S3 bucket policies (the source says so); standalone, the service is unknown, so IAM112 warns.',
  'iam/invalid/parliament/test_formatting__test_analyze_policy_string_multiple_statements_one_bad__L102.json': '`iam:list` resembles no action closely, so IAM203 reports it as information: AWS managed policies use actions newer than the catalog (`payments:Get` in AWSManagedSettingsAdminAccess).',
  'iam/invalid/parliament/test_formatting__test_condition_action_specific__L159.json': 'A key no listed action supports is IAM207, a warning: the reference misses action-key pairs that managed policies rely on (`iottwinmaker:linkedServices`, `aws-marketplace:ProductId`).',
  'iam/invalid/parliament/test_formatting__test_condition_mismatch__L241.json': 'As above: IAM207 is a warning.',
  'iam/invalid/parliament/test_formatting__test_condition_action_specific_bad_type__L175.json': 'StringEquals on a Numeric key is IAM213, a warning, as Access Analyzer\'s TYPE_MISMATCH.',
  'iam/invalid/parliament/test_formatting__test_condition_multiple__L210.json': 'A value that is not a date in a Date condition is IAM124, a warning, as Access Analyzer\'s TYPE_MISMATCH_DATE.',
  'iam/invalid/parliament/test_formatting__test_condition_multiple__L226.json': '`s3:x` resembles no S3 key closely, so IAM206 reports it as information (keys newer than the catalog exist: `lakeformation:GlueARN` in a managed policy).',
  'iam/invalid/parliament/test_patterns__test_resource_policy_privilege_escalation_at_bucket_level__L178.json': 'parliament RESOURCE_MISMATCH is ARN210, a warning (section 2 of checks.md).',
  'iam/invalid/parliament/test_resources__test_resource_with_sub__L22.json': 'An `Fn::Sub` value is read as a template value, never reported as invalid (CFN117); the cfn-lint fixture resource__test_principal_wildcard__L227, of the same shape, is labelled valid.',
};

function rows(): Row[] {
  if (!fs.existsSync(MANIFEST)) return [];
  return fs
    .readFileSync(MANIFEST, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'))
    .map((c) => ({ path: c[0], kind: c[5], expectation: c[6] ?? '' }));
}

function run(row: Row): Finding[] {
  const text = fs.readFileSync(path.join(CORPUS, row.path), 'utf8');
  const corrected = KIND_CORRECTIONS[row.path];
  const kindOverride = corrected !== undefined ? parseKindName(corrected) : kindFor(row.kind);
  return analyze({ text, uri: row.path }, { kindOverride, services: testServices() }).findings;
}

function top(counts: Map<string, number>, n: number): string {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([k, v]) => `${k} ${v}`).join(', ');
}

describe('IAM corpus', function () {
  this.timeout(600000);
  const all = rows().filter((r) => r.path.startsWith('iam/'));

  before(function () {
    requireCorpus(this);
  });

  it('gives no error on the AWS managed policies and the IAM examples', () => {
    const valid = all.filter((r) => (r.path.startsWith('iam/managed/') || r.path.startsWith('iam/examples/')) && r.expectation.startsWith('valid'));
    const warnings = new Map<string, number>();
    const errors: string[] = [];
    const samplesWithErrors = new Set<string>();
    for (const row of valid) {
      for (const f of run(row)) {
        if (f.severity === 'error') {
          if (KNOWN_INVALID_SAMPLES[row.path] !== undefined) samplesWithErrors.add(row.path);
          else errors.push(`${row.path}: ${f.ruleId} ${f.message}`);
        } else if (f.severity === 'warning') warnings.set(f.ruleId, (warnings.get(f.ruleId) ?? 0) + 1);
      }
    }
    console.log(`      ${valid.length} documents, ${errors.length} errors (and ${samplesWithErrors.size} known-invalid samples with errors); top warnings: ${top(warnings, 12)}`);
    assert.deepStrictEqual([...samplesWithErrors].sort(), Object.keys(KNOWN_INVALID_SAMPLES).sort(), 'each known-invalid sample must still get an error');
    assert.ok(valid.length >= 1900, `expected the managed policies and examples, found ${valid.length}`);
    assert.deepStrictEqual(errors.slice(0, 30), [], `${errors.length} error(s) on valid documents`);
  });

  it('detects every AWS managed policy as an identity policy (or, by its name, a permissions boundary) from the file alone', () => {
    // What a user gets from `awspolicy check` or the editor, without the manifest's kind.
    const managed = all.filter((r) => r.path.startsWith('iam/managed/'));
    const wrong: string[] = [];
    for (const row of managed) {
      const doc = buildDocument({ text: fs.readFileSync(path.join(CORPUS, row.path), 'utf8'), uri: row.path });
      // A policy AWS publishes as a permissions boundary is detected as one by its name.
      const expected = /PermissionsBoundary\.json$/.test(row.path) ? 'boundary' : 'identity';
      if (doc.kind !== 'iam-policy' || doc.policyType !== expected) wrong.push(`${row.path}: ${doc.kind} ${doc.policyType ?? ''}`);
    }
    assert.ok(managed.length >= 1500);
    assert.deepStrictEqual(wrong, []);
  });

  it('gives at least one error on every document labelled invalid', () => {
    const invalid = all.filter((r) => r.path.startsWith('iam/invalid/') && r.expectation.startsWith('invalid'));
    const missed: string[] = [];
    let hit = 0;
    for (const row of invalid) {
      const errors = run(row).filter((f) => f.severity === 'error');
      if (errors.length > 0) hit++;
      else if (NO_ERROR_EXPECTED[row.path] === undefined) missed.push(`${row.path} (${row.expectation})`);
    }
    console.log(`      recall: ${hit}/${invalid.length} invalid documents get an error (${Object.keys(NO_ERROR_EXPECTED).length} excused)`);
    assert.ok(invalid.length > 0);
    assert.deepStrictEqual(missed, []);
  });
});
