// Journey: open an IAM policy with a mistake -> the exact diagnostic (code, range) -> fix the text -> gone.
'use strict';
const assert = require('node:assert/strict');
const h = require('./helpers');

describe('diagnostics: IAM policy with a wrong Effect', () => {
  let api;
  before(async () => { api = await h.activate(); });
  after(h.closeAll);

  it('reports IAM108 on the Effect value, and clears it once the value is fixed', async () => {
    const { doc, editor } = await h.openFixture('iam/wrong-effect.json', { copy: true });
    await h.expectDiagnostics(doc, [
      { code: 'IAM108', severity: 'error', range: [5, 16, 5, 23], text: '"allow"' },
    ]);
    const [d] = h.ours(doc.uri);
    assert.equal(d.message, 'Effect \'allow\' must be written "Allow" (case-sensitive).');
    assert.match(d.code.target.toString(), /\/docs\/rules\/IAM108\.md$/, 'the code links the rule page');
    const info = await h.documentInfo(api, doc);
    assert.equal(info.kind, 'iam-identity-policy');

    await h.replaceText(editor, '"Effect": "allow"', '"Effect": "Allow"');
    await h.expectDiagnostics(doc, []);
  });
});
