// Journey: an unrelated JSON file (package.json) -> no diagnostics, kind "none".
'use strict';
const assert = require('node:assert/strict');
const h = require('./helpers');

describe('unrelated JSON', () => {
  let api;
  before(async () => { api = await h.activate(); });
  after(h.closeAll);

  it('leaves package.json alone', async () => {
    const { doc } = await h.openFixture('unrelated/package.json');
    const info = await h.documentInfo(api, doc);
    assert.equal(info.kind, 'none');
    // Ordering sentinel: a policy opened afterwards gets its diagnostics; the server analyses documents
    // in the order they change, so by then package.json has been handled too.
    const { doc: later } = await h.openFixture('iam/missing-version.json');
    await h.diagnosticsWithCode(later, 'IAM105');
    assert.deepEqual(h.ours(doc.uri).map((d) => h.plain(doc, d)), []);
  });
});
