// Journey: a CloudFormation YAML template with an embedded policy and a DefinitionString -> diagnostics
// on the exact host characters (inside the YAML, inside the JSON block scalar); a quick fix edits YAML.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const h = require('./helpers');

describe('CloudFormation YAML: embedded policy and state machine', () => {
  let api;
  before(async () => { api = await h.activate(); });
  after(h.closeAll);

  it('reports the embedded mistakes on their host characters', async () => {
    const { doc } = await h.openFixture('cfn/template.yaml');
    assert.equal(doc.languageId, 'yaml');
    await h.expectDiagnostics(doc, [
      // PolicyDocument: "- Effect: Alow" (a YAML plain scalar)
      { code: 'IAM108', severity: 'error', range: [9, 20, 9, 24], text: 'Alow' },
      // DefinitionString: !Sub | ... the second "Next" inside the JSON of the block scalar
      { code: 'ASL112', severity: 'error', range: [20, 55, 20, 61], text: '"Next"' },
    ]);
    const info = await h.documentInfo(api, doc);
    assert.equal(info.kind, 'cfn-template');
    assert.equal(info.embedded, 3, 'policy, state machine and trust policy are analysed as embedded units');
  });

  it('fixes the embedded Effect in YAML syntax', async () => {
    const { doc } = await h.openFixture('cfn/template.yaml', { copy: true });
    const [diag] = await h.diagnosticsWithCode(doc, 'IAM108');
    const actions = await h.codeActions(doc, diag.range, vscode.CodeActionKind.QuickFix.value);
    // Effect 'Alow' is not a case slip, so both values are offered as suggestions, labelled as such.
    assert.deepEqual(actions.filter((a) => a.kind && a.kind.value === 'quickfix').map((a) => [a.title, a.isPreferred === true]), [
      ['Change to "Allow" (changes what the document allows)', false],
      ['Change to "Deny" (changes what the document allows)', false],
    ]);
    const fix = actions[0];
    assert.ok(fix, `actions offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.lineAt(9).text, '          - Effect: Allow');
    await h.expectDiagnostics(doc, [{ code: 'ASL112', severity: 'error', range: [20, 55, 20, 61], text: '"Next"' }]);
  });
});
