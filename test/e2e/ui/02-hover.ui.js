// UI: move the mouse onto a policy element key and read the hover.
'use strict';
const assert = require('node:assert/strict');
const { wb } = require('./hooks');

describe('UI: hover', () => {
  it('shows what Effect means, with the study notes, under the mouse', async function () {
    const w = wb();
    await w.openFromExplorer('iam/hover.json');
    const text = await w.hover('"Effect"', 'Study notes');
    assert.match(text, /^Effect\n/);
    assert.ok(text.includes('Allow or Deny (case-sensitive).'), text);
    assert.ok(text.includes('Study notes: Effect: whether the statement allows or denies access (Allow, Deny).'), text);
    await w.screenshot(this.test.title, 'hover');
    await w.moveMouseAway();
  });
});
