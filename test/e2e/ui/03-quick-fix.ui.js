// UI: put the cursor on a diagnostic, click the lightbulb, apply the quick fix, see the new text.
'use strict';
const assert = require('node:assert/strict');
const { wb } = require('./hooks');

describe('UI: quick fix from the lightbulb', () => {
  it('adds "Version": "2012-10-17" to a policy that lacks it', async function () {
    const w = wb();
    await w.openFromExplorer('iam/missing-version.json');
    await w.waitForSquiggle('warning');
    const offered = await w.quickFixFromLightbulb('{', 'Add "Version": "2012-10-17"');
    assert.ok(offered.includes('Add "Version": "2012-10-17"'), JSON.stringify(offered));
    await w.waitForEditorLine(2, '  "Version": "2012-10-17",');
    await w.waitForNoSquiggles();
    assert.deepEqual((await w.editorLines()).slice(0, 3), [[1, '{'], [2, '  "Version": "2012-10-17",'], [3, '  "Statement": [']]);
    await w.screenshot(this.test.title, 'fixed');
  });
});
