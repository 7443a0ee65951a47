// UI: the injection grammar colours IAM actions, ARNs and policy variables inside JSON strings, as
// "Developer: Inspect Editor Tokens and Scopes" shows in the real editor.
'use strict';
const assert = require('node:assert/strict');
const { wb } = require('./hooks');

describe('UI: highlighting inside strings', () => {
  it('scopes s3:ListBucket and ${aws:username} with the injection grammar', async function () {
    const w = wb();
    await w.openFromExplorer('iam/missing-version.json');
    const scopes = async (token) => {
      await w.token(token).click();
      await w.runCommand('Developer: Inspect Editor Tokens and Scopes');
      const widget = w.page.locator('.token-inspect-widget');
      await widget.waitFor({ state: 'visible' });
      const text = await widget.innerText();
      await w.page.keyboard.press('Escape');
      await widget.waitFor({ state: 'hidden' });
      return text;
    };
    const action = await scopes('ListBucket');
    assert.ok(action.includes('entity.name.function.action.awspolicy'), action);
    assert.ok(action.includes('meta.iam-action.awspolicy'), action);
    const resource = await scopes('aws:username');
    assert.ok(resource.includes('variable.other.policy-variable.awspolicy'), resource);
    assert.ok(resource.includes('meta.arn.awspolicy'), resource);
    await w.token('ListBucket').click();
    await w.runCommand('Developer: Inspect Editor Tokens and Scopes');
    await w.page.locator('.token-inspect-widget').waitFor({ state: 'visible' });
    await w.screenshot(this.test.title, 'token inspector');
    await w.page.keyboard.press('Escape');
  });
});
