// Journey: state machines in the real editor: go to definition from a transition, find all references
// of a state, rename a state (standalone file and a template's DefinitionString), the nested outline,
// and the graph command opening its webview beside the editor.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const h = require('./helpers');

const rangeOf = (r) => [r.start.line, r.start.character, r.end.line, r.end.character];

describe('state machines: navigation, rename, outline, graph', () => {
  before(h.activate);
  after(h.closeAll);

  it('goes from a Choice rule Next to the state it names', async () => {
    const { doc } = await h.openFixture('asl/order.asl.json');
    await h.documentInfo(await h.activate(), doc);
    const at = h.positionOf(doc, '"Next": "Ship"', { delta: 10 });
    const locations = await h.poll(async () => {
      const l = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, at);
      return l && l.length ? l : undefined;
    }, 'a definition for "Ship"');
    assert.equal(locations.length, 1);
    const loc = locations[0];
    const range = loc.targetRange || loc.range;
    assert.equal(doc.getText(range), '"Ship"');
    assert.equal(range.start.line, 16);
  });

  it('finds every reference to a state, declaration included', async () => {
    const { doc } = await h.openFixture('asl/order.asl.json');
    const at = h.positionOf(doc, '"Rejected": {', { delta: 3 });
    const refs = await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, at);
    assert.deepEqual(refs.map((l) => [rangeOf(l.range)[0], doc.getText(l.range)]).sort((a, b) => a[0] - b[0]), [
      [9, '"Rejected"'],
      [14, '"Rejected"'],
      [25, '"Rejected"'],
    ]);
  });

  it('renames a state and every reference to it', async () => {
    const { doc } = await h.openFixture('asl/order.asl.json', { copy: true });
    await h.documentInfo(await h.activate(), doc);
    const at = h.positionOf(doc, '"Next": "In stock?"', { delta: 11 });
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, at, 'Check stock');
    assert.ok(edit, 'a workspace edit');
    assert.equal(edit.get(doc.uri).length, 2);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const json = JSON.parse(doc.getText());
    assert.equal(json.States.Validate.Next, 'Check stock');
    assert.deepEqual(Object.keys(json.States), ['Validate', 'Check stock', 'Ship', 'Done', 'Rejected']);
    await h.expectDiagnostics(doc, []);
  });

  it('renames inside a template DefinitionString', async () => {
    const { doc } = await h.openFixture('asl/template.yaml', { copy: true });
    await h.documentInfo(await h.activate(), doc);
    const at = h.positionOf(doc, '"Next": "Second"', { delta: 10 });
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, at, 'Finish');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(doc.getText().includes('"First": { "Type": "Pass", "Next": "Finish" },\n            "Finish": { "Type": "Succeed" }'), doc.getText());
  });

  it('outlines states with Parallel branches nested', async () => {
    const { doc } = await h.openFixture('asl/order.asl.json');
    // VS Code's own JSON outline is merged in; ours are the symbols whose detail is a state type.
    const TYPES = ['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'];
    const symbols = await h.poll(async () => {
      const s = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      const mine = (s || []).filter((x) => TYPES.includes(x.detail));
      return mine.length ? mine : undefined;
    }, 'document symbols');
    assert.deepEqual(symbols.map((s) => s.name), ['Validate', 'In stock?', 'Ship', 'Done', 'Rejected']);
    const ship = symbols.find((s) => s.name === 'Ship');
    assert.deepEqual(ship.children.map((c) => [c.name, c.children.map((x) => x.name)]), [['Branch 1', ['Pack']], ['Branch 2', ['Notify']]]);
  });

  it('opens the state machine graph beside the editor', async () => {
    const { doc } = await h.openFixture('asl/order.asl.json');
    await vscode.commands.executeCommand('awspolicy.showStateMachineGraph', doc.uri);
    const tab = await h.poll(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Graph: order.asl.json'), 'the graph webview tab');
    assert.ok(tab);
  });
});
