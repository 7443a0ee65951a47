#!/usr/bin/env node
// Builds everything: type-checks and compiles TypeScript to out/ (tests run from there), then bundles
// the client, the language server and the CLI with esbuild into dist/ (the .vsix ships no node_modules),
// with the generated data they read beside them (dist/catalog.json, dist/managed-policies.json).

'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const quick = process.argv.includes('--bundle-only');

if (!quick) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.json')], { stdio: 'inherit', cwd: ROOT });
}

const DATA = ['catalog', 'managed-policies'].map((name) => path.join(ROOT, 'server', 'src', 'core', 'data', name, `${name}.json`));

/**
 * The generated data (the IAM catalog, 3 MB of JSON; the AWS managed policies, 0.3 MB) is not bundled:
 * the build copies it to dist/ and the bundles read it from beside themselves when a host loads it. Inlined, its text sat in every isolate
 * that loaded a bundle (the server's main thread, which never loads the catalog, and its analysis
 * worker, which kept the literal besides the parsed catalog): measured 15-24 MB more resident memory
 * for the language server, idle and with a 1 MB template open.
 */
const dataBesideBundle = {
  name: 'data-beside-bundle',
  setup(build) {
    build.onLoad({ filter: /data[\\/](catalog|managed-policies)[\\/][a-z-]+\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(require('fs').readFileSync(require('path').join(__dirname, ${JSON.stringify(path.basename(args.path))}), 'utf8'));`,
      loader: 'js',
    }));
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
  plugins: [dataBesideBundle],
};

/**
 * The server thread's bundle leaves out the core it loads only for some extension requests (lsp/heavy.ts
 * requires './heavy-core'): that is its own bundle beside it, read on first use. Bundled in, its source
 * text (most of the server bundle) stayed resident in the server thread from the start.
 */
const heavyBesideBundle = {
  name: 'heavy-beside-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/heavy-core$/ }, () => ({ path: './heavy-core.js', external: true }));
  },
};

fs.mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
for (const file of DATA) fs.copyFileSync(file, path.join(ROOT, 'dist', path.basename(file)));

Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [...common.plugins, heavyBesideBundle] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/heavy-core.ts'], outfile: 'dist/heavy-core.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/worker.ts'], outfile: 'dist/worker.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
]).catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
