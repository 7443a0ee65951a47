// UI: run the extension's commands from the command palette.
'use strict';
const assert = require('node:assert/strict');
const { wb } = require('./hooks');

describe('UI: command palette', () => {
  it('AWS Policy: Set document kind overrides the detected kind shown in the status bar', async function () {
    const w = wb();
    await w.openFromExplorer('iam/hover.json');
    const kind = w.statusItem('awspolicy.kind');
    await kind.filter({ hasText: 'IAM identity policy' }).waitFor();

    await w.runCommand('AWS Policy: Set document kind');
    const rows = await w.quickInputRows();
    assert.deepEqual(rows.slice(0, 4), ['Automatic', 'IAM identity policy', 'IAM resource-based policy', 'IAM trust policy']);
    await w.screenshot(this.test.title, 'kind picker');
    await w.pick('IAM trust policy');
    await kind.filter({ hasText: 'IAM trust policy' }).waitFor();
    assert.match(await kind.getAttribute('aria-label'), /awspolicy: IAM trust policy \(chosen by the user\)/);
    await w.screenshot(this.test.title, 'status bar');

    await w.runCommand('AWS Policy: Set document kind');
    await w.pick('Automatic');
    await kind.filter({ hasText: 'IAM identity policy' }).waitFor();
  });

  it('AWS Policy: Show output opens the extension\'s output channel', async function () {
    const w = wb();
    await w.runCommand('AWS Policy: Show output');
    await w.page.locator('.part.panel .composite-bar .action-item.checked', { hasText: /^Output$/i }).waitFor({ state: 'visible' });
    // The channel picker of the Output view is a <select>; the selected channel is ours.
    const selected = await w.page.waitForFunction(() => {
      const el = document.querySelector('.part.panel select.monaco-select-box');
      const text = el && el.selectedIndex >= 0 ? el.options[el.selectedIndex].text : '';
      return /^AWS Policy \(awspolicy\)$/.test(text) ? text : false;
    }, null, { timeout: 30000 });
    assert.equal(await selected.jsonValue(), 'AWS Policy (awspolicy)');
    await w.screenshot(this.test.title, 'output');
  });
});
