// Journey in a CloudFormation template that attaches AWS managed policies: (1) a policy named without
// its path (AWSLambdaBasicExecutionRole lives under service-role/) -> a CFN120 warning on the ARN -> the
// preferred quick fix writes the path and the warning goes away; (2) hovering a managed policy shows
// its path and what it allows; (3) completion in a new list item offers the policies and inserts the ARN.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const h = require('./helpers');

describe('AWS managed policies in a template: CFN120 quick fix, hover and completion', () => {
  before(h.activate);
  after(h.closeAll);

  it('warns about a managed policy ARN without its path and fixes it', async () => {
    const { doc } = await h.openFixture('cfn/managed-policies.yaml', { copy: true });
    await h.expectDiagnostics(doc, [{ code: 'CFN120', severity: 'warning', range: [13, 10, 13, 61], text: 'arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole' }]);
    const [diag] = await h.diagnosticsWithCode(doc, 'CFN120');
    assert.match(diag.message, /^AWS managed policy AWSLambdaBasicExecutionRole is under the path '\/service-role\/'/);
    const actions = await h.codeActions(doc, diag.range, vscode.CodeActionKind.QuickFix.value);
    const fixes = actions.filter((a) => a.title === 'Use AWS managed policy service-role/AWSLambdaBasicExecutionRole');
    assert.equal(fixes.length, 1, `actions offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fixes[0].isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit), 'the quick fix edit applies');
    assert.equal(doc.lineAt(13).text, '        - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
    await h.expectDiagnostics(doc, []);
  });

  it('shows what a managed policy allows on hover', async () => {
    const { doc } = await h.openFixture('cfn/managed-policies.yaml');
    const at = h.positionOf(doc, 'ReadOnlyAccess', { delta: 3 });
    const hovers = await h.poll(async () => {
      const hs = (await h.hoverAt(doc, at)).filter((x) => x.text.includes('**AWS managed policy `ReadOnlyAccess`**'));
      return hs.length ? hs : undefined;
    }, 'an awspolicy hover on ReadOnlyAccess');
    assert.deepEqual(hovers[0].range, [14, 10, 14, 48]);
    assert.match(hovers[0].text, /`arn:aws:iam::aws:policy\/ReadOnlyAccess` \(path `\/`, default version v\d+, updated \d{4}-\d\d-\d\d\)/);
  });

  it('completes a managed policy in a new list item with its ARN', async () => {
    const { doc, editor } = await h.openFixture('cfn/managed-policies.yaml', { copy: true });
    await h.replaceText(editor, '        - arn:aws:iam::aws:policy/ReadOnlyAccess\n', '        - arn:aws:iam::aws:policy/ReadOnlyAccess\n        - ViewOnlyAcc\n');
    const at = h.positionOf(doc, 'ViewOnlyAcc', { delta: 'ViewOnlyAcc'.length });
    const item = await h.poll(async () => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, at);
      return (list?.items ?? []).find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'ViewOnlyAccess');
    }, 'a ViewOnlyAccess completion');
    assert.equal(typeof item.insertText === 'string' ? item.insertText : item.insertText.value, 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess');
    assert.equal(item.detail, 'AWS managed policy under /job-function/');
  });
});
