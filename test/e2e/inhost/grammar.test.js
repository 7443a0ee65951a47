// The injection grammar as the editor sees it: contributed by the loaded extension (its file shipped),
// and the base grammars the unit test tokenizes with are still the running VS Code's.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const h = require('./helpers');

const VENDORED = path.resolve(__dirname, '..', '..', 'fixtures', 'grammars', 'vscode-1.100.3');

describe('grammar: injection contributed, base grammars current', () => {
  it('contributes awspolicy.injection for JSON, JSONC and YAML, and ships the file', async () => {
    await h.activate();
    const ext = vscode.extensions.getExtension(h.EXTENSION_ID);
    const grammars = ext.packageJSON.contributes.grammars;
    assert.deepEqual(grammars.map((g) => [g.scopeName, g.injectTo]), [['awspolicy.injection', ['source.json', 'source.json.comments', 'source.yaml']]]);
    const file = path.join(ext.extensionPath, grammars[0].path);
    const grammar = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(grammar.scopeName, 'awspolicy.injection');
  });

  it('tests against the base grammars this VS Code ships (test/fixtures/grammars/vscode-1.100.3)', () => {
    const root = path.join(vscode.env.appRoot, 'extensions');
    const pairs = [
      ['json', 'JSON.tmLanguage.json'], ['json', 'JSONC.tmLanguage.json'],
      ...['yaml', 'yaml-1.0', 'yaml-1.1', 'yaml-1.2', 'yaml-1.3', 'yaml-embedded'].map((n) => ['yaml', `${n}.tmLanguage.json`]),
    ];
    for (const [ext, name] of pairs) {
      const running = fs.readFileSync(path.join(root, ext, 'syntaxes', name), 'utf8');
      const vendored = fs.readFileSync(path.join(VENDORED, name), 'utf8');
      assert.ok(running === vendored, `${name} differs from VS Code ${vscode.version}'s: update test/fixtures/grammars (see its README)`);
    }
  });
});
