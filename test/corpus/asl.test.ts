// The Step Functions corpus (../shared/corpus/asl, described by ../shared/corpus/MANIFEST.tsv):
// documents labelled valid get no error-level ASL finding (except the justified list below), and for
// the amazon-states-language-service fixtures every diagnostic the language service's own tests expect
// is matched by a finding of the same meaning. The figures are printed for the report.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/rules/types';
import { REPO_ROOT } from '../helpers/fixture';
import { testServices } from '../helpers/services';
import { requireCorpus } from '../helpers/corpus';

const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');

interface Row {
  file: string;
  category: string;
  expectation: string;
}

function rows(): Row[] {
  const manifest = path.join(CORPUS, 'MANIFEST.tsv');
  // Without the corpus the suite is skipped (see requireCorpus); rows() must not throw at load time.
  if (!fs.existsSync(manifest)) return [];
  const lines = fs.readFileSync(manifest, 'utf8').split('\n').slice(1).filter((l) => l.startsWith('asl/'));
  return lines.map((l) => {
    const cols = l.split('\t');
    return { file: cols[0], category: cols[6].split(/[:( ]/)[0], expectation: cols[6] };
  });
}

function findings(file: string): Finding[] {
  const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
  return analyze({ text, uri: file }, { services: testServices() }).findings.filter((f) => f.ruleId.startsWith('ASL'));
}

/**
 * Error-level findings on documents labelled valid that are correct all the same, with the reason.
 * Keyed `file#CODE`; the test fails when one disappears too, so the list stays true.
 */
const VALID_EXCEPTIONS: Record<string, string> = {
  // The language service does not check name uniqueness (checks.md 7.1: LS "no"); the specification
  // says state names "MUST be unique within the scope of the whole state machine", and asl-validator
  // and statelint report it too.
  'asl/valid/amazon-states-language-service/documentSucceedFailTerminalState.asl.json#ASL105': 'state "Second" in two Parallel branches',
  'asl/valid/amazon-states-language-service/documentSucceedFailTerminalState.asl.yaml#ASL105': 'state "Second" in two Parallel branches',
  // The language service does not validate Resource values (its test "Does not show diagnostic on
  // invalid arn"); the YAML plain scalar `\$variableName` is a backslash, a dollar and a word, not an
  // ARN or URI, which CreateStateMachine rejects.
  'asl/valid/amazon-states-language-service/documentTaskValidVariableSubstitution.asl.yaml#ASL109': 'Resource "\\$variableName"',
  // asl-validator's schema allows it, but AWS rejects a state set back to JSONPath inside a JSONata
  // machine ("'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine",
  // measured in floci-io/floci#2968; checks.md ASL504).
  'asl/valid/asl-validator/valid-map-with-item-batcher-jsonata.json#ASL504': 'QueryLanguage JSONPath in a JSONata machine',
  // A published sample with `"QueryLanguage": "JSONata"` inside `States` instead of at the top level:
  // Step Functions reads it as a state that is not an object, and the states then default to JSONPath,
  // where Output and Arguments are rejected. Both findings are correct.
  'asl/valid/step-functions-workflows-collection/shared-fallback-state-jsonata/statemachine/statemachine.asl.json#ASL102': '"QueryLanguage" written as a state',
  'asl/valid/step-functions-workflows-collection/shared-fallback-state-jsonata/statemachine/statemachine.asl.json#ASL503': 'JSONata fields in (by mistake) JSONPath states',
};

/** The language service's messages and the codes that report the same problem. */
const LS_MEANING: readonly [RegExp, readonly string[]][] = [
  [/^The value of "StartAt" property must be the name of an existing state/, ['ASL201']],
  [/^The value of "(Next|Default)" property must be the name of an existing state/, ['ASL202', 'ASL203']],
  [/^The state cannot be reached/, ['ASL205']],
  [/^No terminal state/, ['ASL206']],
  [/^duplicate key/, ['ASL112']],
  [/^You cannot set both/, ['ASL106']],
  [/^The value for the field must be a valid JSONPath or an intrinsic function expression that returns a string/, ['ASL507', 'ASL508', 'ASL512']],
  [/^The value for the field must be a valid JSONPath or intrinsic function expression/, ['ASL507', 'ASL508', 'ASL510']],
  [/^Field is not supported/, ['ASL103', 'ASL108', 'ASL204', 'ASL302', 'ASL406', 'ASL502', 'ASL503', 'ASL504']],
  [/^Each Choice Rule can only have one comparison operator/, ['ASL303']],
  [/^Missing property "(StartAt|States)"/, ['ASL101']],
  [/^Missing property "OutputType"/, ['ASL605']],
  [/^Value is not accepted\. Valid values: "JSONata", "JSONPath"/, ['ASL501']],
  [/^Incorrect type\. Expected one of integer, JSONata expression/, ['ASL110']],
  [/^Incorrect type\. Expected one of object, JSONata expression/, ['ASL103']],
  [/^(Value is (below|above) the (minimum|maximum)|Incorrect type\. Expected "integer"|Value is not accepted\. Valid values: "FULL", "NONE")/, ['ASL403']],
];

/** Fixtures where we report the same problems in fewer diagnostics than the language service, and why. */
const COUNT_DIFFERENCES: Record<string, string> = {
  'documentDuplicateKey.asl.yaml': 'a duplicate key is reported once, on the later (effective) key, with the ignored one as related information; the service marks both',
  'documentInvalidPropertiesChoices.asl.json': 'a rule with two comparison operators is reported once, on the second operator',
  'documentInvalidPropertiesChoices.asl.yaml': 'a rule with two comparison operators is reported once, on the second operator',
};

interface LsExpectation {
  count: number;
  messages: string[];
}

function lsExpectation(expectation: string): LsExpectation | undefined {
  const m = /expects (\d+) diagnostic\(s\): (.*?)(?: \(test filters out:.*)?$/.exec(expectation);
  if (m === null) return undefined;
  return { count: Number(m[1]), messages: m[2].split(' | ').map((s) => s.trim()) };
}

describe('ASL corpus (../shared/corpus/asl)', function () {
  this.timeout(120000);
  const all = rows();

  before(function () {
    requireCorpus(this);
  });

  it('has the corpus', () => {
    assert.ok(fs.existsSync(CORPUS), `missing ${CORPUS}`);
    assert.ok(all.length >= 500, `expected the ASL rows of MANIFEST.tsv, got ${all.length}`);
  });

  it('reports no error on documents labelled valid (except the justified list)', () => {
    const got = new Map<string, string>();
    let docs = 0;
    for (const r of all.filter((x) => x.category === 'valid')) {
      docs++;
      for (const f of findings(r.file)) if (f.severity === 'error') got.set(`${r.file}#${f.ruleId}`, f.message);
    }
    const unexpected = [...got.keys()].filter((k) => VALID_EXCEPTIONS[k] === undefined).map((k) => `${k}: ${got.get(k)}`);
    const gone = Object.keys(VALID_EXCEPTIONS).filter((k) => !got.has(k));
    console.log(`      valid documents: ${docs}; with an error finding: ${new Set([...got.keys()].map((k) => k.split('#')[0])).size} (all justified)`);
    assert.deepStrictEqual(unexpected, [], 'error findings on valid documents');
    assert.deepStrictEqual(gone, [], 'justified exceptions that no longer occur: remove them from VALID_EXCEPTIONS');
  });

  it('reports every diagnostic the amazon-states-language-service tests expect (same meaning)', () => {
    let expectedMessages = 0;
    let matchedMessages = 0;
    let expectedCount = 0;
    let matchedCount = 0;
    const misses: string[] = [];
    for (const r of all.filter((x) => x.file.includes('/amazon-states-language-service/') && x.category === 'invalid')) {
      const exp = lsExpectation(r.expectation);
      assert.ok(exp, `cannot read the expectation of ${r.file}`);
      const ours = findings(r.file);
      const codes = new Set<string>();
      for (const msg of exp.messages) {
        expectedMessages++;
        const meaning = LS_MEANING.find(([re]) => re.test(msg));
        assert.ok(meaning, `no meaning mapped for the language service message "${msg}"`);
        meaning[1].forEach((c) => codes.add(c));
        if (ours.some((f) => meaning[1].includes(f.ruleId))) matchedMessages++;
        else misses.push(`${r.file}: ${msg}`);
      }
      expectedCount += exp.count;
      const n = Math.min(exp.count, ours.filter((f) => codes.has(f.ruleId)).length);
      matchedCount += n;
      const name = path.basename(r.file);
      if (n < exp.count && COUNT_DIFFERENCES[name] === undefined) misses.push(`${r.file}: ${n} of ${exp.count} diagnostics`);
      if (n === exp.count && COUNT_DIFFERENCES[name] !== undefined) misses.push(`${r.file}: listed in COUNT_DIFFERENCES but now matches`);
    }
    console.log(`      language service fixtures: ${matchedMessages}/${expectedMessages} expected messages matched; ${matchedCount}/${expectedCount} expected diagnostics matched by count`);
    assert.deepStrictEqual(misses, []);
  });

  it('reports at least one error on documents labelled invalid', () => {
    const silent: string[] = [];
    let docs = 0;
    for (const r of all.filter((x) => x.category === 'invalid')) {
      docs++;
      if (!findings(r.file).some((f) => f.severity === 'error')) silent.push(`${r.file}: ${r.expectation.slice(0, 160)}`);
    }
    console.log(`      invalid documents: ${docs}; with at least one error: ${docs - silent.length}`);
    for (const s of silent) console.log(`        no error: ${s}`);
    assert.ok(docs - silent.length >= Math.ceil(docs * 0.9), `only ${docs - silent.length} of ${docs} invalid documents get an error`);
  });
});
