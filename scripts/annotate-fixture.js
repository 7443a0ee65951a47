#!/usr/bin/env node
// Prints a fixture with its CURRENT findings written as inline expectations (caret lines, or
// `//@ expect:` directives for multi-line ranges). Review the output before saving it with --write:
// this records what the rule does, not what it should do.
// Usage: node scripts/annotate-fixture.js test/fixtures/rules/IAM106/invalid-x.json [--write]
// (requires `npx tsc -p tsconfig.json` first)

'use strict';
const fs = require('fs');
const path = require('path');
const ROOT = path.resolve(__dirname, '..');
const { parseFixture } = require(path.join(ROOT, 'out/test/helpers/fixture'));
const { runFixture } = require(path.join(ROOT, 'out/test/helpers/check'));
const { computeLineStarts, offsetToPosition } = require(path.join(ROOT, 'out/server/src/core/text'));

const file = path.resolve(process.argv[2]);
const code = path.basename(path.dirname(file));
const write = process.argv.includes('--write');
const raw = fs.readFileSync(file, 'utf8');
const yaml = /\.ya?ml$/.test(file);
const marker = yaml ? '#' : '//';
const fx = parseFixture(raw);
const run = runFixture(file, code);
const starts = computeLineStarts(fx.text);
const lines = fx.text.split('\n');
const below = new Map();
const directives = Object.entries(fx.directives).map(([k, v]) => `${marker}@ ${k}: ${v}`);
for (const f of run.actual) {
  const s = offsetToPosition(starts, f.offset);
  const e = offsetToPosition(starts, f.offset + f.length);
  if (s.line === e.line && f.length > 0 && s.character >= marker.length) {
    const l = below.get(s.line) || [];
    l.push(marker + ' '.repeat(s.character - marker.length) + '^'.repeat(f.length) + ` ${f.ruleId} ${f.messageId}`);
    below.set(s.line, l);
  } else {
    directives.push(`${marker}@ expect: ${f.ruleId} ${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${f.messageId}`);
  }
}
const out = [...directives];
lines.forEach((l, i) => {
  out.push(l);
  for (const a of below.get(i) || []) out.push(a);
});
const text = out.join('\n');
if (write) fs.writeFileSync(file, text);
else process.stdout.write(text);
