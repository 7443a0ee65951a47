// Journey: request code actions on a diagnostic -> apply the quick fix -> the expected text.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const h = require('./helpers');

describe('code actions: IAM105 missing Version', () => {
  before(h.activate);
  after(h.closeAll);

  it('offers the preferred quick fix that adds "Version": "2012-10-17", and applying it clears IAM105 and IAM135', async () => {
    const { doc } = await h.openFixture('iam/missing-version.json', { copy: true });
    await h.expectDiagnostics(doc, [
      { code: 'IAM105', severity: 'warning', range: [0, 0, 0, 1], text: '{' },
      // Without a Version the variable is literal text: IAM135 says so, and the same fix cures it.
      { code: 'IAM135', severity: 'error', range: [5, 37, 5, 52], text: '${aws:username}' },
    ]);
    const [diag] = await h.diagnosticsWithCode(doc, 'IAM105');

    const actions = await h.codeActions(doc, diag.range, vscode.CodeActionKind.QuickFix.value);
    const fixes = actions.filter((a) => a.title === 'Add "Version": "2012-10-17"');
    assert.equal(fixes.length, 1, `actions offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    const [fix] = fixes;
    assert.equal(fix.kind && fix.kind.value, 'quickfix');
    assert.equal(fix.isPreferred, true);
    // (vscode.executeCodeActionProvider does not convert CodeAction.diagnostics back: not checkable here.)

    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit applies');
    assert.equal(doc.getText(), [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    {',
      '      "Effect": "Allow",',
      '      "Action": "s3:ListBucket",',
      '      "Resource": "arn:aws:s3:::home-${aws:username}"',
      '    }',
      '  ]',
      '}',
      '',
    ].join('\n'));
    await h.expectDiagnostics(doc, []);
  });
});
