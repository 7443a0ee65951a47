// Mocha reporter for the in-host suites. The extension host of code-server has no terminal of its own, so
// every line goes both to console.log (forwarded to the workbench console, which the launcher relays)
// and, when AWSPOLICY_E2E_REPORT names a file, appended to that file; AWSPOLICY_E2E_RESULTS names a JSON
// file that receives the counts and per-test outcomes at the end (read back by the runner).
'use strict';
const fs = require('node:fs');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_SUITE_BEGIN } = Mocha.Runner.constants;

class LineReporter extends Mocha.reporters.Base {
  constructor(runner, options) {
    super(runner, options);
    const file = process.env.AWSPOLICY_E2E_REPORT;
    const out = (line) => {
      console.log(`[e2e] ${line}`);
      if (file) fs.appendFileSync(file, `${line}\n`);
    };
    runner.on(EVENT_SUITE_BEGIN, (s) => { if (s.title) out(`suite: ${s.fullTitle()}`); });
    runner.on(EVENT_TEST_PASS, (t) => out(`  ok   ${t.fullTitle()} (${t.duration} ms)`));
    runner.on(EVENT_TEST_PENDING, (t) => out(`  skip ${t.fullTitle()}`));
    runner.on(EVENT_TEST_FAIL, (t, err) => {
      out(`  FAIL ${t.fullTitle()}`);
      for (const l of String((err && err.stack) || err).split('\n')) out(`       ${l}`);
    });
    const tests = [];
    runner.on(EVENT_TEST_PASS, (t) => tests.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on(EVENT_TEST_FAIL, (t, err) => tests.push({ title: t.fullTitle(), state: 'failed', error: String((err && err.message) || err) }));
    runner.on(EVENT_TEST_PENDING, (t) => tests.push({ title: t.fullTitle(), state: 'pending' }));
    runner.once(EVENT_RUN_END, () => {
      const s = this.stats;
      out(`result: ${s.passes} passed, ${s.failures} failed, ${s.pending} pending (${s.duration} ms)`);
      const results = process.env.AWSPOLICY_E2E_RESULTS;
      if (results) {
        fs.writeFileSync(results, JSON.stringify({ passed: s.passes, failed: s.failures, pending: s.pending, ms: s.duration, tests }, null, 2));
      }
    });
  }
}

module.exports = LineReporter;
