#!/usr/bin/env node
// Builds everything: type-checks and compiles TypeScript to out/ (tests run from there), then bundles
// the client, the language server and the CLI with esbuild into dist/ (the .vsix ships no node_modules).

'use strict';
const { execFileSync } = require('child_process');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const quick = process.argv.includes('--bundle-only');

if (!quick) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.json')], { stdio: 'inherit', cwd: ROOT });
}

/** Large JSON data (the IAM catalog) loads faster as `JSON.parse` of a string than as an object literal. */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /catalog[\\/]catalog\.json$/ }, async (args) => {
      const text = await require('fs').promises.readFile(args.path, 'utf8');
      return { contents: `module.exports = JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: false,
  logLevel: 'warning',
  absWorkingDir: ROOT,
  // jsonc-parser's UMD entry loads its parts dynamically; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  plugins: [jsonAsParse],
};

Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
]).catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
