// Journeys over the IAM catalog: hover an action (access level, ARN formats, catalog date), complete
// actions after a service prefix, and fix a misspelt action with the did-you-mean quick fix.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const h = require('./helpers');

describe('IAM catalog: hover, completion and did-you-mean', () => {
  before(h.activate);
  after(h.closeAll);

  it('hovers an action: access level, the object ARN format and the catalog date', async () => {
    const { doc } = await h.openFixture('iam/catalog.json');
    await h.documentInfo(await h.activate(), doc);
    const at = h.positionOf(doc, 's3:GetObject', { delta: 4 });
    const [hover] = await h.poll(async () => {
      const hs = (await h.hoverAt(doc, at)).filter((x) => x.text.startsWith('**s3:GetObject**'));
      return hs.length ? hs : undefined;
    }, 'an awspolicy hover on s3:GetObject');
    assert.deepEqual(hover.range, [5, 17, 5, 31], 'the hover covers "s3:GetObject" with its quotes');
    assert.match(hover.text, /^\*\*s3:GetObject\*\* · Read\n/);
    assert.ok(hover.text.includes('| object | no | `arn:${Partition}:s3:::${BucketName}/${ObjectName}` |'), hover.text);
    assert.match(hover.text, /_IAM catalog of \d{4}-\d{2}-\d{2} \(@cloud-copilot\/iam-data [\d.]+\)\._$/);
    const wildcard = await h.poll(async () => {
      const hs = (await h.hoverAt(doc, h.positionOf(doc, 's3:List*', { delta: 3 }))).filter((x) => x.text.startsWith('**s3:List***'));
      return hs.length ? hs[0] : undefined;
    }, 'an awspolicy hover on s3:List*');
    assert.match(wildcard.text, /^\*\*s3:List\*\*\* matches \d+ actions\n\n\*\*List\*\* \(\d+\): ListAccessGrants/);
  });

  it('completes the actions of a service with their access level', async () => {
    const { doc } = await h.openFixture('iam/catalog.json');
    await h.documentInfo(await h.activate(), doc);
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, h.positionOf(doc, 's3:GetObject', { delta: 6 }));
    const get = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 's3:GetObject');
    assert.ok(get, 'the completion list has s3:GetObject');
    assert.equal(get.detail, 'Read');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('s3:Get*') && labels.includes('s3:*'), 'wildcards are offered too');
  });

  it('reports a misspelt action and fixes it with the did-you-mean quick fix', async () => {
    const { doc } = await h.openFixture('iam/typo-action.json', { copy: true });
    await h.expectDiagnostics(doc, [{ code: 'IAM203', severity: 'error', range: [5, 16, 5, 30], text: '"s3:GetObjekt"' }]);
    const [diag] = await h.diagnosticsWithCode(doc, 'IAM203');
    assert.equal(diag.message, "'s3:GetObjekt' is not an action of the s3 service; did you mean 's3:GetObject'?");
    const actions = await h.codeActions(doc, diag.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === "Change to 's3:GetObject' (changes what the document allows)");
    assert.ok(fix, `actions offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit applies');
    assert.ok(doc.getText().includes('"Action": "s3:GetObject"'));
    await h.expectDiagnostics(doc, []);
  });
});
