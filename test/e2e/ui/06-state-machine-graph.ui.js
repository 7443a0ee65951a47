// UI: "AWS Policy: Show state machine graph" draws the workflow in a webview beside the editor (Parallel
// branches as groups, Catch edges distinct); clicking a state reveals it in the editor, and the graph
// follows edits to the document.
'use strict';
const assert = require('node:assert/strict');
const { wb } = require('./hooks');
const { WAIT_MS } = require('./workbench');

describe('UI: state machine graph', () => {
  it('draws the graph, reveals a clicked state and redraws after an edit', async function () {
    const w = wb();
    await w.openFromExplorer('asl/order.asl.json');
    await w.runCommand('AWS Policy: Show state machine graph');
    // A webview is an iframe holding the content frame.
    const view = w.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const ship = view.locator('svg g.state[data-name="Ship"]');
    await ship.first().waitFor({ state: 'attached', timeout: WAIT_MS });
    assert.equal(await view.locator('svg g.state[data-name]').count(), 7, 'five top-level states and two branch states');
    assert.ok(await view.locator('svg path.edge-catch').count() >= 1, 'a Catch edge');
    assert.equal(await view.locator('svg text', { hasText: 'Branch 2' }).count(), 1);
    await w.screenshot(this.test.title, 'graph');

    // Clicking a state selects its name in the editor, and the editor has the focus. A person whose click
    // seems lost clicks again: so does the test (every 30 s up to the limit), and it says so in the log.
    const rejected = view.locator('svg g.state[data-name="Rejected"]');
    const selected = w.statusItem('status.editor.selection').filter({ hasText: /Ln 26, Col 15 \(10 selected\)/ });
    const deadline = Date.now() + WAIT_MS;
    for (let clicks = 1; ; clicks++) {
      await rejected.click();
      const ok = await selected.waitFor({ timeout: Math.min(30000, deadline - Date.now()) }).then(() => true, () => false);
      if (ok) break;
      const bar = await w.page.$$eval('.statusbar-item', (els) => els.map((e) => e.textContent.trim()).filter(Boolean).join(' | '));
      const tab = await w.page.locator('.tabs-container .tab.active').first().textContent().catch(() => '?');
      console.log(`      (click ${clicks} on Rejected: no selection in the status bar; active tab "${tab}"; status bar: ${bar})`);
      if (Date.now() >= deadline) assert.fail(`clicking Rejected never selected its name (status bar: ${bar})`);
    }
    await w.screenshot(this.test.title, 'revealed');

    // Typing over the selected state name renames only the state: the graph shows the new name and
    // the transitions that still point at the old one as missing.
    // (The editor closes the quote itself.)
    await w.page.keyboard.press('Delete');
    await w.page.keyboard.type('"Refused');
    await w.waitForEditorLine(26, '    "Refused": { "Type": "Fail", "Error": "OrderRejected" }');
    await view.locator('svg g.state[data-name="Refused"]').waitFor({ state: 'attached', timeout: WAIT_MS });
    await view.locator('svg g.state.missing').first().waitFor({ state: 'attached', timeout: WAIT_MS });
    await w.screenshot(this.test.title, 'updated');
    await w.reset();
  });
});
