#!/usr/bin/env node
// The "VS Code executable" handed to @vscode/test-electron's runTests (vscodeExecutablePath).
// VS Code desktop cannot be downloaded here, so this stands in for it: it starts code-server 4.100.3
// (VS Code 1.100.3) on 127.0.0.1, opens the workbench in headless Debian Chromium with the
// extensionDevelopmentPath/extensionTestsPath that runTests passed, relays the extension host's test
// output, and exits with the exit code the extension host reports when the tests end.
//
// Arguments understood (everything else runTests passes, e.g. --no-sandbox, is ignored):
//   <folder>                         workspace folder to open
//   --extensionDevelopmentPath=<p>   (repeatable) extension(s) under development
//   --extensionTestsPath=<p>         module exporting run()
//   --user-data-dir=<p> --extensions-dir=<p>   code-server dirs (prepared by the caller; config.yaml
//                                    and the log go next to user-data-dir)
// Environment: AWSPOLICY_E2E_DEADLINE_MS (default 900000), AWSPOLICY_E2E_VERBOSE=1 (relay the whole
// workbench console), AWSPOLICY_E2E_SCREENSHOT=<png> (screenshot of the workbench at the end).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const codeServer = require('./lib/codeserver');
const browser = require('./lib/browser');

function parseArgs(argv) {
  const a = { dev: [], tests: undefined, userData: undefined, extensions: undefined, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = (name) => (arg.startsWith(`--${name}=`) ? arg.slice(name.length + 3) : arg === `--${name}` ? argv[++i] : undefined);
    let v;
    if ((v = eq('extensionDevelopmentPath')) !== undefined) a.dev.push(v);
    else if ((v = eq('extensionTestsPath')) !== undefined) a.tests = v;
    else if ((v = eq('user-data-dir')) !== undefined) a.userData = v;
    else if ((v = eq('extensions-dir')) !== undefined) a.extensions = v;
    else if (!arg.startsWith('-') && a.folder === undefined) a.folder = arg;
  }
  return a;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.tests || args.dev.length === 0) throw new Error('launcher: --extensionTestsPath and --extensionDevelopmentPath are required');
  if (!args.userData || !args.extensions) throw new Error('launcher: pass --user-data-dir and --extensions-dir (runTests launchArgs)');
  const root = path.dirname(path.resolve(args.userData));
  const dirs = {
    root,
    userData: path.resolve(args.userData),
    extensions: path.resolve(args.extensions),
    config: path.join(root, 'config.yaml'),
    log: path.join(root, 'code-server.log'),
  };
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.mkdirSync(dirs.extensions, { recursive: true });
  if (!fs.existsSync(dirs.config)) fs.writeFileSync(dirs.config, '');
  const settings = path.join(dirs.userData, 'User', 'settings.json');
  if (!fs.existsSync(settings)) fs.writeFileSync(settings, JSON.stringify(codeServer.USER_SETTINGS, null, 2));

  const verbose = process.env.AWSPOLICY_E2E_VERBOSE === '1';
  const deadlineMs = Number(process.env.AWSPOLICY_E2E_DEADLINE_MS || 900000);
  const t0 = Date.now();
  const server = await codeServer.start(dirs);
  log(`code-server ${server.url} ready in ${Date.now() - t0} ms (pid ${server.pid}, log ${dirs.log})`);
  let ctx;
  let code = 1;
  try {
    ctx = await browser.launch(path.join(root, 'chromium-profile'));
    const page = ctx.pages()[0] || (await ctx.newPage());
    let finish;
    const finished = new Promise((resolve) => { finish = resolve; });
    await page.exposeFunction('codeAutomationExit', (exitCode) => { finish(Number(exitCode) || 0); });
    await page.exposeFunction('codeAutomationLog', (type, parts) => {
      if (verbose) log(`[${type}] ${[].concat(parts).join(' ')}`);
    });
    page.on('console', (m) => {
      const text = m.text();
      const i = text.indexOf('[e2e] ');
      if (i >= 0) process.stdout.write(`${text.slice(i + 6).replace(/\s+$/, '')}\n`);
      else if (verbose) log(`console.${m.type()}: ${text}`);
    });
    page.on('pageerror', (e) => { if (verbose) log(`pageerror: ${e.message}`); });
    const url = codeServer.workbenchUrl(server, { folder: args.folder, extensionDevelopmentPath: args.dev, extensionTestsPath: args.tests });
    await page.goto(url);
    let timer;
    const deadline = new Promise((resolve) => { timer = setTimeout(() => resolve('deadline'), deadlineMs); });
    const r = await Promise.race([finished, deadline]);
    clearTimeout(timer);
    if (r === 'deadline') {
      log(`extension host did not report an exit code within ${deadlineMs} ms`);
      code = 1;
    } else {
      code = r;
    }
    if (process.env.AWSPOLICY_E2E_SCREENSHOT) {
      fs.mkdirSync(path.dirname(process.env.AWSPOLICY_E2E_SCREENSHOT), { recursive: true });
      await page.screenshot({ path: process.env.AWSPOLICY_E2E_SCREENSHOT }).catch(() => {});
    }
  } finally {
    if (ctx) await ctx.close().catch(() => {});
    await server.stop();
  }
  if (code !== 0) log(`in-host tests exited with ${code}; code-server log: ${dirs.log}`);
  return code;
}

function log(s) { process.stderr.write(`launcher: ${s}\n`); }

main().then((code) => process.exit(code), (e) => { log(e && e.stack ? e.stack : String(e)); process.exit(1); });
