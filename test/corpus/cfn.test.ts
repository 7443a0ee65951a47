// The CloudFormation/SAM and SQS/SNS corpus (../shared/corpus/cfn and sqs-sns, described by
// ../shared/corpus/MANIFEST.tsv) against the SQS, SNS, Lambda, event source mapping, S3 and
// cross-resource (CFN1xx) rules: documents labelled valid get no error-level finding of these rules
// (except the justified list below), the labelled-bad cfn-lint fixtures about SQS/SNS/Lambda/S3 are
// detected, and no document makes a rule fail. The figures are printed for the report.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { RULES } from '../../server/src/core/rules/registry';
import type { Finding } from '../../server/src/core/rules/types';
import { REPO_ROOT } from '../helpers/fixture';
import { testServices } from '../helpers/services';
import { requireCorpus } from '../helpers/corpus';

const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');

/** The configuration rules under test (IAM, ARN, SEC and ASL rules have their own corpus tests). */
const CONFIG_CODES = /^(SQS1(0[1-8]|11)|SNS10[1-689]|CFN1(0[1-9]|1[0-69]|20)|LAMBDA\d+|ESM\d+|S3\d+)$/;
const CONFIG_RULES = RULES.filter((r) => CONFIG_CODES.test(r.id));

/** The corpus was collected on 2026-11-28; runtime deprecation is judged on that date. */
const SERVICES = { ...testServices(), today: '2026-11-28' };

interface Row {
  file: string;
  category: string;
  expectation: string;
}

function rows(): Row[] {
  // Without the corpus the suite is skipped (see requireCorpus); rows() must not throw at load time.
  if (!fs.existsSync(path.join(CORPUS, 'MANIFEST.tsv'))) return [];
  const lines = fs.readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1);
  return lines.filter((l) => /^(cfn|sqs-sns)\//.test(l)).map((l) => {
    const cols = l.split('\t');
    return { file: cols[0], category: cols[6].split(/[:( ]/)[0], expectation: cols[6] };
  });
}

function findings(file: string): Finding[] {
  const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
  return analyze({ text, uri: file }, { rules: CONFIG_RULES, services: SERVICES }).findings;
}

/**
 * Error-level findings on documents labelled valid that are correct all the same, with the reason.
 * Keyed `file#CODE@line`; the test fails when one disappears too, so the list stays true.
 */
const VALID_EXCEPTIONS: Record<string, string> = {
  // An IAM policy validator test input (labelled valid for its policies): `Bucket: MyBucket` is the
  // logical id, not `!Ref MyBucket`, so the policy attaches to a bucket literally named "MyBucket"
  // (not even a valid bucket name) rather than the template's bucket `my-test-bucket`.
  'cfn/tooltest/cfn-policy-validator/test_files/check_access_not_granted_test.yaml#CFN116@12': 'Bucket: MyBucket (logical id as bucket name)',
  'cfn/tooltest/cfn-policy-validator/test_files/check_access_not_granted_test.yaml#CFN116@35': 'Bucket: MyOtherBucket (logical id as bucket name)',
  // The same policy, meant for `my-test-bucket`, also names `arn:aws:s3:::my-other-test-bucket`: S3
  // rejects a bucket policy whose resources belong to another bucket.
  'cfn/tooltest/cfn-policy-validator/test_files/check_access_not_granted_test.yaml#CFN116@21': 'resource of another bucket in a bucket policy',
};

/**
 * The labelled-bad documents about SQS, SNS, Lambda and S3: cfn-lint reports one of these rule IDs
 * for them (E2531/E2533 deprecated runtimes, E3501/E3502/E3505/E3705 SQS wiring, E3633/E3634 starting
 * position, E3697/E3663 environment, W3694 subscription endpoints, E1161 bucket names, W3663/W3664
 * Lambda permissions), or they are cfn-lint `bad` fixtures for these resource types.
 */
const RELEVANT = /\b(E2531|E2533|W2531|E3501|E3502|E3505|E3705|E3633|E3634|E3697|E3663|W3694|E1161|W3663|W3664)\b/;
const NOT_CHECKED: Record<string, string> = {
  // W3045: the obsolete `AccessControl` property of buckets; a cfn-lint best-practice warning that is
  // not among the checks awspolicy ships (checks.md section 2.3).
  'cfn/invalid/cfn-lint/bad/resources/s3/access-control-obsolete.yaml': 'W3045 (AccessControl obsolete) is not an awspolicy check',
};

describe('CloudFormation and SQS/SNS corpus (../shared/corpus/cfn, sqs-sns): configuration rules', function () {
  this.timeout(300000);
  const all = rows();

  before(function () {
    requireCorpus(this);
  });

  it('has the corpus', () => {
    assert.ok(fs.existsSync(CORPUS), `missing ${CORPUS}`);
    assert.ok(all.length >= 1000, `expected the cfn and sqs-sns rows of MANIFEST.tsv, got ${all.length}`);
  });

  it('reports no error on documents labelled valid (except the justified list)', () => {
    const got = new Map<string, string>();
    let docs = 0;
    let warnings = 0;
    for (const r of all.filter((x) => x.category === 'valid')) {
      docs++;
      const text = fs.readFileSync(path.join(CORPUS, r.file), 'utf8');
      for (const f of findings(r.file)) {
        if (f.severity === 'warning') warnings++;
        if (f.severity !== 'error') continue;
        const line = text.slice(0, f.offset).split('\n').length;
        got.set(`${r.file}#${f.ruleId}@${line}`, f.message);
      }
    }
    const unexpected = [...got.keys()].filter((k) => VALID_EXCEPTIONS[k] === undefined).map((k) => `${k}: ${got.get(k)}`);
    const gone = Object.keys(VALID_EXCEPTIONS).filter((k) => !got.has(k));
    console.log(`      valid documents: ${docs}; with an error finding: ${new Set([...got.keys()].map((k) => k.split('#')[0])).size} (${got.size} findings, all justified); warnings: ${warnings}`);
    assert.deepStrictEqual(unexpected, [], 'error findings on valid documents');
    assert.deepStrictEqual(gone, [], 'justified exceptions that no longer occur: remove them from VALID_EXCEPTIONS');
  });

  it('detects the labelled-bad SQS/SNS/Lambda/S3 documents', () => {
    const missed: string[] = [];
    let docs = 0;
    const byCategory = new Map<string, [number, number]>();
    for (const r of all.filter((x) => ['invalid', 'warning', 'disputed', 'partial'].includes(x.category))) {
      const relevant = RELEVANT.test(r.expectation) || /\/bad\/resources\/(sns|sqs|lambda|s3)\//.test(r.file);
      if (!relevant || NOT_CHECKED[r.file] !== undefined) continue;
      docs++;
      const detected = findings(r.file).some((f) => f.severity === 'error' || f.severity === 'warning');
      const c = byCategory.get(r.category) ?? [0, 0];
      byCategory.set(r.category, [c[0] + 1, c[1] + (detected ? 1 : 0)]);
      if (!detected) missed.push(`${r.file}: ${r.expectation.slice(0, 160)}`);
    }
    const figures = [...byCategory.entries()].map(([k, [n, d]]) => `${k} ${d}/${n}`).join(', ');
    console.log(`      labelled-bad SQS/SNS/Lambda/S3 documents: ${docs - missed.length}/${docs} detected (${figures}); not checked by design: ${Object.keys(NOT_CHECKED).length}`);
    assert.deepStrictEqual(missed, []);
  });

  it('detects the cfn-lint SQS fixtures with the matching rule (E3502 → CFN104, E3705 → CFN106)', () => {
    const f = findings('cfn/snapshot/cfn-lint/integration/cfn-gather.yaml').map((x) => x.ruleId);
    assert.ok(f.includes('CFN104'), 'DLQ type mismatch');
    assert.ok(f.includes('CFN106'), 'FIFO batch size');
    assert.ok(findings('cfn/invalid/cfn-lint/bad/resources/sns/topic_name.yaml').some((x) => x.ruleId === 'SNS101'));
    assert.ok(findings('cfn/tooltest/cfn-policy-validator/test_files/public_access_test.yml').some((x) => x.ruleId === 'S3101'));
  });

  it('detects the cfn-lint E3050 fixture with CFN119, and managed policies that AWS does not have with CFN120', () => {
    const e3050 = findings('cfn/invalid/cfn-lint/bad/resources/iam/ref_with_path.yaml').filter((x) => x.ruleId === 'CFN119');
    assert.deepStrictEqual(e3050.map((x) => [x.severity, x.data.role, x.data.path]), [['error', 'CodeBuildRole', '/test/']]);
    // cfn-lint's list fixtures use made-up names; the CIS benchmark template still attaches the policy
    // AWS replaced by AWSCloudTrail_ReadOnlyAccess (the old name can no longer be attached).
    const names = (file: string): string[] => findings(file).filter((x) => x.ruleId === 'CFN120').map((x) => `${x.messageId} ${String(x.data.arn)}`);
    assert.deepStrictEqual([...new Set(names('cfn/valid/cfn-lint/good/resources/properties/list_duplicates.yaml'))], ['unknown arn:aws:iam::aws:policy/AdministratorPolicy', 'unknown arn:aws:iam::aws:policy/EC2FullAdmin']);
    assert.deepStrictEqual(names('cfn/snapshot/cfn-lint/quickstart/cis_benchmark.yaml'), ['unknown arn:aws:iam::aws:policy/AWSCloudTrailReadOnlyAccess']);
  });

  it('never fails inside a rule', () => {
    const failures: string[] = [];
    for (const r of all) {
      if (r.category === 'n/a') continue;
      for (const f of findings(r.file)) if (f.messageId === 'internalError') failures.push(`${r.file}: ${f.message}`);
    }
    assert.deepStrictEqual(failures, []);
  });
});
