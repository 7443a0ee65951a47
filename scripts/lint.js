#!/usr/bin/env node
// Project lint: the architecture boundaries and a few house rules that the compiler cannot see.
// - server/src/core never imports vscode, vscode-languageserver*, vscode-languageclient, fs, net, http(s), child_process;
// - only client/ imports 'vscode'; only server/src/lsp imports vscode-languageserver;
// - no `.only(` left in tests; every source module starts with a comment.

'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const problems = [];

function walk(dir, out) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name === '.work') continue;
      walk(p, out);
    } else if (/\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

const IMPORT = /(?:import[^'"]*from\s*|import\s*|require\()\s*['"]([^'"]+)['"]/g;
const CORE_FORBIDDEN = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|fs|net|http|https|child_process|worker_threads|node:fs|node:net|node:http|node:https|node:child_process)$/;

for (const file of walk(path.join(ROOT, 'server', 'src'), []).concat(walk(path.join(ROOT, 'client', 'src'), []))) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  const text = fs.readFileSync(file, 'utf8');
  if (!/^\s*(\/\/|\/\*)/.test(text)) problems.push(`${rel}: a module starts with a comment saying what it is for`);
  for (const m of text.matchAll(IMPORT)) {
    const mod = m[1];
    if (rel.startsWith('server/src/core/') && CORE_FORBIDDEN.test(mod)) problems.push(`${rel}: the core may not import '${mod}'`);
    if (mod === 'vscode' && !rel.startsWith('client/')) problems.push(`${rel}: only client/ may import 'vscode'`);
    if (/^vscode-languageserver(\/|$)/.test(mod) && !rel.startsWith('server/src/lsp/')) problems.push(`${rel}: only server/src/lsp may import '${mod}'`);
  }
}
for (const file of walk(path.join(ROOT, 'test'), [])) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  if (rel.startsWith('test/e2e/node_modules')) continue;
  if (/\b(describe|it)\.only\(/.test(fs.readFileSync(file, 'utf8'))) problems.push(`${rel}: remove .only(`);
}
if (problems.length) {
  console.error(problems.map((p) => `lint: ${p}`).join('\n'));
  process.exit(1);
}
console.log('lint: ok');
