#!/usr/bin/env node
// The main job (`npm start`, after the build): check the bundled examples and print the findings, then
// run a policy simulation. The examples are deliberately wrong, so `check` exiting 1 is the expected
// outcome; this script fails only when something behaves otherwise.

'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const bin = path.join(ROOT, 'bin', 'awspolicy.js');
const run = (args) => spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, stdio: 'inherit' }).status;

console.log('$ awspolicy check examples/');
const check = run(['check', 'examples/']);
if (check !== 1) {
  console.error(`\nExpected findings with errors in examples/ (exit code 1), got exit code ${check}.`);
  process.exit(1);
}
console.log('\n$ awspolicy simulate --request examples/requests/read-report.request.json');
const sim = run(['simulate', '--request', 'examples/requests/read-report.request.json']);
if (sim === null || sim >= 2) {
  console.error(`\nThe simulation failed (exit code ${sim}).`);
  process.exit(1);
}
console.log('\nDone: the findings above come from examples/, the decision from the simulation request.');
