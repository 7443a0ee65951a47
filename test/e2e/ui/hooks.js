// Root hooks of the UI tests: one code-server and one Chromium for the whole run (2 cores: keep it
// lean), the extension loaded from the source folder as a development extension, the fixture
// workspace copied fresh. Tests get the page through `require('./hooks').wb()`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const codeServer = require('../lib/codeserver');
const browser = require('../lib/browser');
const { REPO, WORK, FIXTURES, ARTIFACTS } = require('../lib/paths');
const { Workbench, SHOTS, slug } = require('./workbench');

let server;
let context;
let workbench;

function wb() {
  if (!workbench) throw new Error('the UI workbench is not started (run through test/e2e/run.js --only ui)');
  return workbench;
}

const verbose = process.env.AWSPOLICY_E2E_VERBOSE === '1';
function timed(what, t0) { if (verbose) console.log(`      (${what}: ${Date.now() - t0} ms)`); }

const mochaHooks = {
  async beforeAll() {
    this.timeout(180000);
    const t0 = Date.now();
    const root = path.join(WORK, 'ui');
    const dirs = codeServer.prepareDirs(root);
    const ws = path.join(root, 'workspace');
    fs.cpSync(FIXTURES, ws, { recursive: true });
    fs.rmSync(SHOTS, { recursive: true, force: true });
    server = await codeServer.start(dirs);
    context = await browser.launch(path.join(root, 'chromium-profile'));
    const page = context.pages()[0] || (await context.newPage());
    workbench = new Workbench(page);
    const dev = process.env.AWSPOLICY_E2E_EXTENSION_PATH || REPO;
    await page.goto(codeServer.workbenchUrl(server, { folder: ws, extensionDevelopmentPath: dev }));
    await workbench.ready(fs.readdirSync(FIXTURES).sort());
    timed('code-server, Chromium and the workbench ready', t0);
  },
  async afterEach() {
    if (!workbench) return;
    if (this.currentTest && this.currentTest.state === 'failed') {
      await workbench.page.screenshot({ path: path.join(SHOTS, `FAILED-${slug(this.currentTest.fullTitle())}.png`) }).catch(() => {});
    }
    const t0 = Date.now();
    await workbench.reset();
    timed('reset', t0);
  },
  async afterAll() {
    this.timeout(60000);
    const t0 = Date.now();
    if (context) await context.close().catch(() => {});
    if (server) {
      await server.stop();
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      if (fs.existsSync(server.dirs.log)) fs.copyFileSync(server.dirs.log, path.join(ARTIFACTS, 'ui-code-server.log'));
    }
    workbench = undefined;
    timed('shutdown', t0);
  },
};

module.exports = { mochaHooks, wb, REPO };
