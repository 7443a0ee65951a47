// Entry point of the in-host suites: VS Code's extension host loads this file (extensionTestsPath) and
// calls run(). Runs every inhost/*.test.js (or those named in AWSPOLICY_E2E_FILES, comma-separated
// basenames) with mocha, inside the real extension host of code-server.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

function selectedFiles() {
  const only = (process.env.AWSPOLICY_E2E_FILES || '').split(',').map((s) => s.trim()).filter(Boolean);
  const all = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  if (only.length === 0) return all;
  const missing = only.filter((f) => !all.includes(f) && !all.includes(`${f}.test.js`));
  if (missing.length) throw new Error(`AWSPOLICY_E2E_FILES names unknown suites: ${missing.join(', ')} (have ${all.join(', ')})`);
  return all.filter((f) => only.includes(f) || only.includes(f.replace(/\.test\.js$/, '')));
}

function run() {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.AWSPOLICY_E2E_TIMEOUT_MS || 120000),
    grep: process.env.AWSPOLICY_E2E_GREP || undefined,
    reporter: path.join(__dirname, 'reporter.js'),
  });
  for (const f of selectedFiles()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-host test(s) failed`)) : resolve()));
    } catch (e) {
      reject(e);
    }
  });
}

module.exports = { run };
