// Journey: snippets are offered in completion and insert a document the server accepts as is.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const h = require('./helpers');

function snippetText(file, name, editor) {
  const s = JSON.parse(fs.readFileSync(path.join(vscode.extensions.getExtension(h.EXTENSION_ID).extensionPath, 'snippets', file), 'utf8'))[name];
  const unit = editor.options.insertSpaces ? ' '.repeat(editor.options.tabSize) : '\t';
  // Defaults of this snippet's placeholders, as inserted (no nested placeholders in our snippets).
  return s.body.join('\n').replace(/\t/g, unit).replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\d+/g, '').replace(/\\\$/g, '$');
}

async function untitled(language) {
  const doc = await vscode.workspace.openTextDocument({ language, content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

describe('snippets', () => {
  let api;
  before(async () => { api = await h.activate(); });
  after(async () => {
    // Untitled documents: revert and close without a save prompt.
    while (vscode.window.activeTextEditor) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('offers the policy skeletons in JSON completion', async () => {
    const { doc } = await untitled('json');
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 0));
    const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const p of ['iam-identity-policy', 'iam-trust-lambda', 'iam-trust-ec2', 'iam-trust-ecs-tasks', 's3-bucket-policy-tls-only', 'sqs-queue-policy-sns', 'scp-deny-list', 'asl-state-machine']) {
      assert.ok(snippets.includes(p), `${p} offered; snippets: ${JSON.stringify(snippets)}`);
    }
  });

  it('inserts the TLS-only bucket policy in JSON: the server classifies it and reports nothing', async () => {
    const { doc, editor } = await untitled('json');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'json', name: 'S3 bucket policy: deny non-TLS requests' });
    assert.equal(doc.getText(), snippetText('json.json', 'S3 bucket policy: deny non-TLS requests', editor));
    assert.equal(JSON.parse(doc.getText()).Statement[0].Condition.Bool['aws:SecureTransport'], 'false');
    const info = await h.poll(async () => { const i = await api.documentInfo(doc.uri); return i && i.kind !== 'none' ? i : undefined; }, 'the inserted policy to be classified');
    assert.equal(info.kind, 'iam-resource-policy');
    // Ordering sentinel (as in unrelated.test.js): a later document's diagnostics arrive first.
    const { doc: later } = await h.openFixture('iam/missing-version.json');
    await h.diagnosticsWithCode(later, 'IAM105');
    assert.deepEqual(h.ours(doc.uri).map((d) => h.plain(doc, d)), []);
  });

  it('inserts an ASL Task state in YAML with the editor\'s indentation', async () => {
    const { doc, editor } = await untitled('yaml');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'yaml', name: 'ASL state: Task (Lambda invoke)' });
    const text = doc.getText();
    assert.equal(text, snippetText('yaml.json', 'ASL state: Task (Lambda invoke)', editor));
    assert.ok(text.includes('\n    Payload.$: $\n'), text);
  });
});
