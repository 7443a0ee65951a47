#!/usr/bin/env node
// Runs the real-editor tests (npm run test:e2e): in-host suites, UI tests and the packaging test,
// against code-server 4.100.3 (VS Code 1.100.3). Writes test-artifacts/e2e/summary.json
// ({ passed, failed, stages }) for scripts/run-tests.js and exits non-zero on any failure.
//
//   node test/e2e/run.js [--only inhost,ui,package] [--no-build] [--files a,b] [--grep PATTERN]
//
//   inhost   mocha suites in inhost/*.test.js, inside code-server's extension host, through
//            @vscode/test-electron's runTests with launcher.js as the VS Code executable; the
//            extension is loaded from the source folder (extensionDevelopmentPath = repo root).
//   ui       playwright-core UI tests in ui/*.ui.js, driving the workbench in headless Chromium;
//            screenshots under test-artifacts/e2e/ui/.
//   package  `npm run package`, then code-server --install-extension dist/awspolicy.vsix, then the
//            in-host suites named in PACKAGE_SUITES against the installed copy.
// --files and --grep narrow the in-host (--files: comma-separated basenames) and UI suites.
'use strict';
const cp = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { E2E, REPO, WORK, ARTIFACTS, FIXTURES } = require('./lib/paths');

const STAGES = ['inhost', 'ui', 'package'];
const PACKAGE_SUITES = ['diagnostics', 'cloudformation', 'grammar', 'snippets'];

function parseArgs(argv) {
  const a = { only: STAGES, build: true, files: undefined, grep: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--only') a.only = argv[++i].split(',').map((s) => s.trim()).filter(Boolean);
    else if (arg === '--no-build') a.build = false;
    else if (arg === '--files') a.files = argv[++i];
    else if (arg === '--grep') a.grep = argv[++i];
    else if (arg === '--help' || arg === '-h') { console.log(fs.readFileSync(__filename, 'utf8').split('\n').slice(1, 16).join('\n')); process.exit(0); }
    else throw new Error(`unknown argument ${arg}`);
  }
  for (const s of a.only) if (!STAGES.includes(s)) throw new Error(`unknown stage ${s} (have ${STAGES.join(', ')})`);
  return a;
}

function log(s) { console.log(`e2e: ${s}`); }

function freshWorkspace(stageDir) {
  const ws = path.join(stageDir, 'workspace');
  fs.rmSync(ws, { recursive: true, force: true });
  fs.cpSync(FIXTURES, ws, { recursive: true });
  return ws;
}

/** Runs the in-host mocha suites through runTests + launcher.js; returns { passed, failed }. */
async function runInHost(name, { extensionDevelopmentPath, files, grep, env = {}, prepared }) {
  const { runTests } = require('@vscode/test-electron');
  const codeServer = require('./lib/codeserver');
  const stageDir = path.join(WORK, name);
  const dirs = prepared || codeServer.prepareDirs(stageDir);
  const ws = freshWorkspace(stageDir);
  const results = path.join(stageDir, 'results.json');
  const report = path.join(stageDir, 'report.log');
  fs.rmSync(results, { force: true });
  fs.writeFileSync(report, '');
  fs.mkdirSync(path.join(ARTIFACTS, name), { recursive: true });
  const testEnv = {
    AWSPOLICY_E2E_REPORT: report,
    AWSPOLICY_E2E_RESULTS: results,
    AWSPOLICY_E2E_SCREENSHOT: path.join(ARTIFACTS, name, 'workbench-at-end.png'),
    ...(files ? { AWSPOLICY_E2E_FILES: files } : {}),
    ...(grep ? { AWSPOLICY_E2E_GREP: grep } : {}),
    ...env,
  };
  let exitError;
  try {
    await runTests({
      vscodeExecutablePath: path.join(E2E, 'launcher.js'),
      extensionDevelopmentPath,
      extensionTestsPath: path.join(E2E, 'inhost', 'index.js'),
      launchArgs: [ws, `--user-data-dir=${dirs.userData}`, `--extensions-dir=${dirs.extensions}`],
      extensionTestsEnv: testEnv,
    });
  } catch (e) {
    exitError = e;
  }
  fs.copyFileSync(report, path.join(ARTIFACTS, name, 'report.log'));
  if (fs.existsSync(dirs.log)) fs.copyFileSync(dirs.log, path.join(ARTIFACTS, name, 'code-server.log'));
  if (!fs.existsSync(results)) {
    log(`${name}: the extension host reported no results (${exitError ? exitError.message : 'no error'})`);
    return { passed: 0, failed: 1 };
  }
  const r = JSON.parse(fs.readFileSync(results, 'utf8'));
  // A non-zero exit with no failing test (e.g. the run() promise rejected) still fails the stage.
  return { passed: r.passed, failed: r.failed + (exitError && r.failed === 0 ? 1 : 0), tests: r.tests };
}

/** Runs ui/*.ui.js with mocha in this process; returns { passed, failed }. */
async function runUi({ grep }) {
  const Mocha = require('mocha');
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 180000,
    reporter: 'spec',
    grep,
    rootHooks: require('./ui/hooks').mochaHooks,
  });
  for (const f of fs.readdirSync(path.join(E2E, 'ui')).filter((f) => f.endsWith('.ui.js')).sort()) {
    mocha.addFile(path.join(E2E, 'ui', f));
  }
  const tests = [];
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve({
      passed: tests.filter((t) => t.state === 'passed').length,
      failed: tests.filter((t) => t.state === 'failed').length,
      tests,
    }));
    runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('fail', (t, err) => tests.push({ title: t.fullTitle(), state: 'failed', error: String(err && err.message) }));
  });
}

/** npm run package -> install the .vsix into a fresh code-server -> in-host journeys against it. */
async function runPackage() {
  const codeServer = require('./lib/codeserver');
  let vsix = path.join(REPO, 'dist', 'awspolicy.vsix');
  if (process.env.AWSPOLICY_E2E_VSIX) {
    // Debugging aid only: test a .vsix built elsewhere. The packaging test proper runs npm run package.
    vsix = path.resolve(process.env.AWSPOLICY_E2E_VSIX);
    log(`package: NOT running npm run package; testing ${vsix} (AWSPOLICY_E2E_VSIX)`);
  } else {
    fs.rmSync(vsix, { force: true });
    log('package: npm run package');
    const p0 = Date.now();
    const pack = cp.spawnSync('npm', ['run', '--silent', 'package'], { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
    log(`package: npm run package took ${((Date.now() - p0) / 1000).toFixed(1)} s`);
    if (pack.status !== 0 || !fs.existsSync(vsix)) {
      log(`package: npm run package failed (status ${pack.status}); no ${path.relative(REPO, vsix)}`);
      return { passed: 0, failed: 1, tests: [{ title: 'npm run package produces dist/awspolicy.vsix', state: 'failed' }] };
    }
  }
  const { version, publisher, name } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const dirs = codeServer.prepareDirs(path.join(WORK, 'package'));
  log(`package: code-server --install-extension ${path.relative(REPO, vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB)`);
  codeServer.runCli(dirs, ['--install-extension', vsix]);
  const installed = path.join(dirs.extensions, `${publisher}.${name}-${version}`);
  if (!fs.existsSync(path.join(installed, 'package.json'))) {
    log(`package: the .vsix did not install to ${installed}`);
    return { passed: 0, failed: 1, tests: [{ title: 'the .vsix installs', state: 'failed' }] };
  }
  const r = await runInHost('package', {
    extensionDevelopmentPath: path.join(E2E, 'harness'),
    files: PACKAGE_SUITES.join(','),
    env: { AWSPOLICY_E2E_INSTALLED_FROM: dirs.extensions },
    prepared: dirs,
  });
  return { ...r, passed: r.passed + 1, tests: [{ title: 'npm run package + --install-extension', state: 'passed' }, ...(r.tests || [])] };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const summaryFile = path.join(ARTIFACTS, 'summary.json');
  const summary = { passed: 0, failed: 0, stages: {}, ms: 0 };
  const write = () => { summary.ms = Date.now() - t0; fs.writeFileSync(summaryFile, JSON.stringify(summary, null, 2)); };

  const present = require('../../scripts/e2e-present').check();
  if (!present.present) {
    console.error(`e2e: NOT INSTALLED: ${present.reason}\ne2e: run: bash test/e2e/setup.sh`);
    summary.failed = 1;
    summary.error = `not installed: ${present.reason}`;
    write();
    process.exit(1);
  }
  if (args.build) {
    log('bundling (node scripts/build.js --bundle-only)');
    const b = cp.spawnSync(process.execPath, [path.join(REPO, 'scripts', 'build.js'), '--bundle-only'], { cwd: REPO, stdio: 'inherit' });
    if (b.status !== 0) {
      summary.failed = 1; summary.error = 'bundle failed'; write();
      process.exit(1);
    }
  }
  for (const f of ['dist/client.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(REPO, f))) {
      console.error(`e2e: ${f} is missing: run npm run build`);
      summary.failed = 1; summary.error = `${f} missing`; write();
      process.exit(1);
    }
  }

  for (const stage of STAGES.filter((s) => args.only.includes(s))) {
    const s0 = Date.now();
    log(`stage ${stage}`);
    let r;
    try {
      if (stage === 'inhost') r = await runInHost('inhost', { extensionDevelopmentPath: process.env.AWSPOLICY_E2E_EXTENSION_PATH || REPO, files: args.files, grep: args.grep });
      else if (stage === 'ui') r = await runUi({ grep: args.grep });
      else r = await runPackage();
    } catch (e) {
      console.error(e && e.stack ? e.stack : e);
      r = { passed: 0, failed: 1, error: String(e && e.message) };
    }
    r.ms = Date.now() - s0;
    summary.stages[stage] = r;
    summary.passed += r.passed;
    summary.failed += r.failed;
    log(`stage ${stage}: ${r.passed} passed, ${r.failed} failed in ${(r.ms / 1000).toFixed(1)} s`);
    write();
  }
  write();
  log(`${summary.passed} passed, ${summary.failed} failed in ${(summary.ms / 1000).toFixed(1)} s (summary: ${path.relative(REPO, summaryFile)}, artifacts: ${path.relative(REPO, ARTIFACTS)}/)`);
  process.exit(summary.failed > 0 ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
