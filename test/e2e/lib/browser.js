// Debian's Chromium driven by playwright-core: headless, fresh profile, no background networking
// (this machine's network is closed; Chromium's own connections would only fail and slow it down).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.AWSPOLICY_E2E_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium with a fresh profile in `profileDir`; returns the persistent context. */
async function launch(profileDir, { viewport = { width: 1400, height: 900 } } = {}) {
  fs.rmSync(profileDir, { recursive: true, force: true });
  fs.mkdirSync(profileDir, { recursive: true });
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    // Clipboard access for the workbench; no other permissions.
    permissions: ['clipboard-read', 'clipboard-write'],
  });
}

module.exports = { launch, CHROMIUM, CHROMIUM_ARGS };
