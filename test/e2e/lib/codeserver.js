// Starts and stops code-server 4.100.3 (VS Code 1.100.3) for the real-editor tests.
// One instance = one fresh user-data dir, extensions dir and empty config, bound to 127.0.0.1 only,
// in its own process group so that stop() ends the server, its extension hosts and language servers.
'use strict';
const cp = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const http = require('node:http');
const path = require('node:path');
const { pollUntil } = require('./poll');

const E2E = path.resolve(__dirname, '..');
const CODE_SERVER = path.join(E2E, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** User settings written before start: no welcome page, no trust prompt, no network, nothing that steals focus. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'security.workspace.trust.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'json.schemaDownload.enable': false,
  'npm.autoDetect': 'off',
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'typescript.tsc.autoDetect': 'off',
  'chat.commandCenter.enabled': false,
  'editor.hover.delay': 200,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
  'workbench.editor.restoreViewState': false,
};

/** Process groups started here and not yet stopped: killed if this process exits first (crash, ^C). */
const running = new Set();
process.on('exit', () => {
  for (const pgid of running) { try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ } }
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => { process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1)); });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function get(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}

/** Fresh dirs under `root`: user-data (with User/settings.json), extensions, empty config, logs. */
function prepareDirs(root, extraSettings = {}) {
  const dirs = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    config: path.join(root, 'config.yaml'),
    log: path.join(root, 'code-server.log'),
  };
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.mkdirSync(dirs.extensions, { recursive: true });
  fs.writeFileSync(dirs.config, '');
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...extraSettings }, null, 2));
  return dirs;
}

function baseArgs(dirs) {
  return [
    '--config', dirs.config,
    '--auth', 'none',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
}

function childEnv(extra) {
  const env = { ...process.env, ...extra };
  // Keep code-server from reading a config or password from the caller's environment.
  delete env.PASSWORD; delete env.HASHED_PASSWORD; delete env.CODE_SERVER_CONFIG; delete env.VSCODE_PROXY_URI;
  return env;
}

/** Runs a code-server CLI command to completion (e.g. --install-extension); resolves with its output. */
function runCli(dirs, args, { timeoutMs = 120000 } = {}) {
  const r = cp.spawnSync(process.execPath, [CODE_SERVER, ...baseArgs(dirs), ...args], {
    encoding: 'utf8', env: childEnv(), timeout: timeoutMs, killSignal: 'SIGKILL',
  });
  if (r.status !== 0) {
    throw new Error(`code-server ${args.join(' ')} failed (status ${r.status}, signal ${r.signal}):\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout + r.stderr;
}

/**
 * Starts code-server; resolves once GET /healthz answers. `dirs` from prepareDirs.
 * Returns { url, port, pid, stop() }.
 */
async function start(dirs, { env = {}, readyTimeoutMs = 90000, verbose = false } = {}) {
  const port = await freePort();
  const logFd = fs.openSync(dirs.log, 'a');
  const child = cp.spawn(process.execPath, [CODE_SERVER, ...baseArgs(dirs), '--bind-addr', `127.0.0.1:${port}`, '--log', verbose ? 'debug' : 'info'], {
    detached: true, // own process group: stop() kills the server and everything it started
    stdio: ['ignore', logFd, logFd],
    env: childEnv(env),
  });
  fs.closeSync(logFd);
  running.add(child.pid);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  const url = `http://127.0.0.1:${port}`;
  const handle = {
    url, port, pid: child.pid, dirs,
    async stop() { await killGroup(child.pid); running.delete(child.pid); },
  };
  try {
    await pollUntil(async () => {
      if (exited) throw Object.assign(new Error(`code-server exited early (${JSON.stringify(exited)}); log:\n${tail(dirs.log)}`), { fatal: true });
      const r = await get(`${url}/healthz`);
      return r !== undefined && r.status === 200 ? true : undefined;
    }, { timeoutMs: readyTimeoutMs, intervalMs: 250, what: `code-server /healthz on ${url}` });
  } catch (e) {
    await handle.stop();
    throw e;
  }
  return handle;
}

function alive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

/** SIGTERM the whole process group, then SIGKILL whatever is left after a few seconds. */
async function killGroup(pgid) {
  if (!alive(pgid)) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
  try {
    await pollUntil(() => (alive(pgid) ? undefined : true), { timeoutMs: 5000, intervalMs: 100, what: 'code-server process group to exit' });
  } catch {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
    await pollUntil(() => (alive(pgid) ? undefined : true), { timeoutMs: 5000, intervalMs: 100, what: 'code-server process group to die' });
  }
}

function tail(file, lines = 40) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return '(no log)'; }
}

/**
 * Workbench URL for a folder, optionally with extension development / test locations. code-server's CLI
 * does not take --extensionDevelopmentPath; the web workbench reads them from the `payload` query
 * parameter as vscode-remote URIs (as VS Code does when it opens an Extension Development Host window).
 */
function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const authority = `127.0.0.1:${server.port}`;
  const remote = (p) => `vscode-remote://${authority}${encodeURI(path.resolve(p))}`;
  const q = new URLSearchParams();
  if (folder) q.set('folder', path.resolve(folder));
  else q.set('ew', 'true');
  const payload = [];
  for (const p of [].concat(extensionDevelopmentPath || [])) payload.push(['extensionDevelopmentPath', remote(p)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (payload.length) q.set('payload', JSON.stringify(payload));
  return `${server.url}/?${q.toString()}`;
}

module.exports = { start, runCli, prepareDirs, workbenchUrl, killGroup, tail, USER_SETTINGS, CODE_SERVER };
