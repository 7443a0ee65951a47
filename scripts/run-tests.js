#!/usr/bin/env node
// Runs the test suites on the compiled output and ends with one line `N passed, N failed` taken from
// the real results (CI reads that line). Unit, fixture, protocol and CLI tests run in this process
// with mocha; the real-editor suite (test/e2e) runs when its setup is installed, and its absence is
// reported loudly (and fails the run when AWSPOLICY_REQUIRE_E2E=1, as in CI).
//
// Usage: node scripts/run-tests.js [--no-e2e] [--grep PATTERN] [files or globs under out/test]

'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const Mocha = require('mocha');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'out', 'test');
const args = process.argv.slice(2);
const noE2e = args.includes('--no-e2e');
const grepAt = args.indexOf('--grep');
const grep = grepAt >= 0 ? args[grepAt + 1] : undefined;
const explicit = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--grep');

function collect(dir, out) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'e2e' || e.name === 'node_modules') continue;
      collect(p, out);
    } else if (e.name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

function runMocha(files) {
  return new Promise((resolve) => {
    const mocha = new Mocha({ timeout: 60000, reporter: 'spec', grep });
    for (const f of files) mocha.addFile(f);
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => resolve({ passed, failed }));
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}

function runE2e() {
  const present = path.join(ROOT, 'scripts', 'e2e-present.js');
  let installed = false;
  if (fs.existsSync(present)) {
    installed = spawnSync(process.execPath, [present], { cwd: ROOT }).status === 0;
  }
  if (!installed) {
    const line = 'E2E SKIPPED: the real-editor suite is not installed (run `bash test/e2e/setup.sh` as root). These results do NOT include it.';
    console.log('\n' + '!'.repeat(line.length) + '\n' + line + '\n' + '!'.repeat(line.length));
    return { passed: 0, failed: process.env.AWSPOLICY_REQUIRE_E2E === '1' ? 1 : 0, skipped: true };
  }
  const summaryFile = path.join(ROOT, 'test-artifacts', 'e2e', 'summary.json');
  fs.rmSync(summaryFile, { force: true });
  const r = spawnSync('npm', ['run', '--silent', 'test:e2e'], { cwd: ROOT, stdio: 'inherit' });
  if (fs.existsSync(summaryFile)) {
    const s = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
    return { passed: s.passed | 0, failed: (s.failed | 0) + (r.status !== 0 && !(s.failed > 0) ? 1 : 0), skipped: false };
  }
  console.log('E2E FAILED: the suite wrote no summary (test-artifacts/e2e/summary.json).');
  return { passed: 0, failed: 1, skipped: false };
}

(async () => {
  const files = explicit.length > 0 ? explicit.map((f) => path.resolve(f)) : collect(OUT, []).sort();
  if (files.length === 0) {
    console.error('No compiled tests found under out/test: run `npm run build` first.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  const unit = await runMocha(files);
  let passed = unit.passed;
  let failed = unit.failed;
  if (!noE2e && explicit.length === 0 && !grep) {
    const e2e = runE2e();
    passed += e2e.passed;
    failed += e2e.failed;
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
})();
