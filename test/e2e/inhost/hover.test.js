// Journey: hover a policy element key -> the hover explains it and cites the study notes.
'use strict';
const assert = require('node:assert/strict');
const h = require('./helpers');

describe('hover: policy elements', () => {
  before(h.activate);
  after(h.closeAll);

  it('explains Effect (Allow/Deny, explicit deny wins) with the study-note reference', async () => {
    const { doc } = await h.openFixture('iam/hover.json');
    await h.documentInfo(await h.activate(), doc);
    const at = h.positionOf(doc, '"Effect"', { delta: 3 });
    const hovers = await h.poll(async () => {
      const hs = (await h.hoverAt(doc, at)).filter((x) => x.text.includes('**Effect**'));
      return hs.length ? hs : undefined;
    }, 'an awspolicy hover on "Effect"');
    assert.equal(hovers.length, 1);
    const [hover] = hovers;
    assert.deepEqual(hover.range, [4, 6, 4, 14], 'the hover covers the key "Effect"');
    assert.match(hover.text, /^\*\*Effect\*\*\n/);
    assert.ok(hover.text.includes('`Allow` or `Deny` (case-sensitive)'), hover.text);
    assert.ok(hover.text.includes('an explicit `Deny` in any applicable policy overrides every `Allow`'), hover.text);
    assert.match(hover.text, /\*Study notes:\* Effect: whether the statement allows or denies access \(Allow, Deny\)\. _\(\S+\.txt L\d+/);
    assert.ok(hover.text.includes('[AWS documentation](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html)'), hover.text);
  });

  it('has no awspolicy hover on a value that is not an element name', async () => {
    const { doc } = await h.openFixture('iam/hover.json');
    const at = h.positionOf(doc, '"Deny"', { delta: 2 });
    const hovers = await h.hoverAt(doc, at);
    assert.deepEqual(hovers.filter((x) => x.text.includes('**Effect**')), []);
  });
});
