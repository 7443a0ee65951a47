// UI: run "Simulate policy evaluation" from the command palette on a request file and see the decision
// in the results panel, as a person would.
'use strict';
const assert = require('node:assert/strict');
const { wb } = require('./hooks');

describe('UI: simulate policy evaluation', () => {
  it('shows ExplicitDeny and the deciding statement for a request file', async function () {
    const w = wb();
    await w.openFromExplorer('iam/simulate/read-report.request.json');
    await w.runCommand('AWS Policy: Simulate policy evaluation');
    // The panel is a webview: its content lives in nested frames.
    const tab = w.page.locator('.tab', { hasText: 'Policy simulation' });
    await tab.waitFor({ state: 'visible', timeout: 60000 });
    const frame = w.page.frameLocator('iframe.webview').frameLocator('iframe');
    const body = frame.locator('body');
    await body.filter({ hasText: 'ExplicitDeny' }).waitFor({ timeout: 60000 });
    const text = await body.innerText();
    assert.match(text, /ExplicitDeny/);
    assert.match(text, /DenyInsecureTransport/);
    await w.screenshot(this.test.title, 'simulation panel');
  });
});
