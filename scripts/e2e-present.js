#!/usr/bin/env node
// Tells whether the real-editor test setup (test/e2e, installed by test/e2e/setup.sh) is present.
//   node scripts/e2e-present.js        exit 0 when present, 1 (with the reason on stderr) when not
//   require('./e2e-present').check()   -> { present: boolean, reason?: string }
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const E2E = path.join(__dirname, '..', 'test', 'e2e');
const PINNED = { 'code-server': '4.100.3' };
const REQUIRED = ['code-server', 'playwright-core', '@vscode/test-electron', 'mocha'];
const CHROMIUM = '/usr/bin/chromium';

function check() {
  const nm = path.join(E2E, 'node_modules');
  for (const name of REQUIRED) {
    const pj = path.join(nm, name, 'package.json');
    if (!fs.existsSync(pj)) return { present: false, reason: `${name} is not installed in test/e2e/node_modules` };
    const want = PINNED[name];
    if (want !== undefined) {
      const got = JSON.parse(fs.readFileSync(pj, 'utf8')).version;
      if (got !== want) return { present: false, reason: `${name} ${got} is installed, ${want} is required` };
    }
  }
  if (!fs.existsSync(path.join(nm, 'code-server', 'lib', 'vscode', 'out'))) {
    return { present: false, reason: 'code-server is installed but its VS Code build (lib/vscode/out) is missing (postinstall failed?)' };
  }
  const stamp = path.join(nm, '.awspolicy-e2e-installed');
  const lock = path.join(E2E, 'package-lock.json');
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== fs.readFileSync(lock, 'utf8')) {
    return { present: false, reason: 'test/e2e/node_modules does not match test/e2e/package-lock.json (run test/e2e/setup.sh)' };
  }
  try { fs.accessSync(CHROMIUM, fs.constants.X_OK); } catch {
    return { present: false, reason: `${CHROMIUM} is missing (apt-get install chromium; test/e2e/setup.sh does it)` };
  }
  return { present: true };
}

module.exports = { check };

if (require.main === module) {
  const r = check();
  if (r.present) {
    if (!process.argv.includes('--quiet')) console.log('e2e setup present');
    process.exit(0);
  }
  console.error(`e2e setup NOT present: ${r.reason}`);
  process.exit(1);
}
