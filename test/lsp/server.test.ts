// Protocol tests: the real bundled server over stdio, driven the way an editor drives it.

import * as assert from 'assert';
import { CodeActionRequest, CompletionRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../helpers/lsp-client';

const POLICY = `{
  "Statement": [
    { "Effect": "allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*" }
  ]
}
`;

describe('language server over stdio', function () {
  this.timeout(60000);
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    const init = (await client.initialize()) as { capabilities: Record<string, unknown> };
    assert.ok(init.capabilities.hoverProvider);
    assert.ok(init.capabilities.completionProvider);
    assert.ok(init.capabilities.codeActionProvider);
  });

  after(async () => {
    await client.stop();
  });

  it('publishes exact diagnostics for a policy, with code, range and doc link', async () => {
    const uri = 'file:///ws/policy.json';
    await client.open(uri, 'json', POLICY);
    const p = await client.waitForDiagnostics(uri, (d) => d.diagnostics.length > 0);
    const byCode = Object.fromEntries(p.diagnostics.map((d) => [String(d.code), d]));
    assert.deepStrictEqual(Object.keys(byCode).sort(), ['IAM105', 'IAM108']);
    assert.deepStrictEqual(byCode.IAM108.range, { start: { line: 2, character: 16 }, end: { line: 2, character: 23 } });
    assert.strictEqual(byCode.IAM108.severity, 1);
    assert.strictEqual(byCode.IAM108.source, 'awspolicy');
    assert.match(byCode.IAM108.codeDescription!.href, /docs\/rules\/IAM108\.md$/);
    assert.strictEqual(p.version, 1);
  });

  it('re-validates the latest version after an edit and drops fixed findings', async () => {
    const uri = 'file:///ws/policy2.json';
    await client.open(uri, 'json', POLICY);
    await client.waitForDiagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'IAM108'));
    // Fixed and scoped to a bucket (on "*", s3:GetObject is a data-exfiltration finding, SEC203).
    const fixed = POLICY.replace('"allow"', '"Allow"').replace('{\n', '{\n  "Version": "2012-10-17",\n');
    await client.change(uri, 2, fixed);
    const p = await client.waitForDiagnostics(uri, (d) => d.version === 2);
    assert.deepStrictEqual(p.diagnostics, []);
  });

  it('serves hover, completion, code actions, symbols and folding from the same analysis', async () => {
    const uri = 'file:///ws/policy3.json';
    await client.open(uri, 'json', POLICY);
    await client.waitForDiagnostics(uri, (d) => d.diagnostics.length > 0);
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 8 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /\*\*Effect\*\*/);
    assert.match(hover.contents.value, /001_c00a1c0a5efdd332\.txt L61/);

    const completion = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 19 } })) as { items: { label: string }[] };
    assert.deepStrictEqual(completion.items.map((i) => i.label), ['Allow', 'Deny']);

    const diags = client.diagnostics.get(uri)!.diagnostics;
    const effect = diags.find((d) => d.code === 'IAM108')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: effect.range, context: { diagnostics: [effect] } })) as { title: string; isPreferred?: boolean; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[];
    const fix = actions.find((a) => a.isPreferred)!;
    assert.strictEqual(fix.title, 'Change to "Allow"');
    assert.deepStrictEqual(fix.edit.changes[uri], [{ range: { start: { line: 2, character: 17 }, end: { line: 2, character: 22 } }, newText: 'Allow' }]);

    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as { name: string }[];
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Statement #1']);
    const folds = (await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) as { startLine: number; endLine: number }[];
    assert.deepStrictEqual(folds, [{ startLine: 0, endLine: 3 }, { startLine: 1, endLine: 2 }]);
  });

  it('puts diagnostics on the host characters of a YAML template with an embedded policy and DefinitionString', async () => {
    const uri = 'file:///ws/template.yaml';
    const text = [
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Version: "2012-10-17"',
      '        Statement:',
      '          - Effect: Alow',
      '            Principal: { Service: states.amazonaws.com }',
      '            Action: sts:AssumeRole',
      '  Machine:',
      '    Type: AWS::StepFunctions::StateMachine',
      '    Properties:',
      '      RoleArn: !GetAtt Role.Arn',
      '      DefinitionString: !Sub |',
      '        {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true, "End": true}}}',
      '',
    ].join('\n');
    await client.open(uri, 'yaml', text);
    const p = await client.waitForDiagnostics(uri, (d) => d.diagnostics.length >= 2);
    const got = p.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]).sort();
    assert.deepStrictEqual(got, [
      ['ASL112', 15, 71, 76],
      ['IAM108', 7, 20, 24],
    ]);
  });

  it('stays silent on unrelated JSON and YAML', async () => {
    const pkg = 'file:///ws/package.json';
    await client.open(pkg, 'json', '{ "name": "x", "version": "1.0.0", "scripts": { "test": "mocha" } }');
    const k8s = 'file:///ws/pod.yaml';
    await client.open(k8s, 'yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: []\n');
    assert.deepStrictEqual((await client.waitForDiagnostics(pkg)).diagnostics, []);
    assert.deepStrictEqual((await client.waitForDiagnostics(k8s)).diagnostics, []);
  });

  it('survives hostile documents and keeps serving', async () => {
    const docs: [string, string][] = [
      ['file:///ws/empty.json', ''],
      ['file:///ws/garbage.json', '\u0000\u0001\uffff{{{[[[' + 'x'.repeat(1000)],
      ['file:///ws/deep.json', '['.repeat(10000) + ']'.repeat(10000)],
      ['file:///ws/proto.json', '{"__proto__": {"Statement": 1}, "constructor": {}, "Statement": [{"__proto__": "x"}]}'],
      ['file:///ws/bomb.yaml', 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\nStatement: *f\n'],
    ];
    for (const [uri, text] of docs) await client.open(uri, uri.endsWith('.yaml') ? 'yaml' : 'json', text);
    for (const [uri] of docs) await client.waitForDiagnostics(uri);
    const uri = 'file:///ws/after.json';
    await client.open(uri, 'json', POLICY);
    const p = await client.waitForDiagnostics(uri, (d) => d.diagnostics.length > 0);
    assert.ok(p.diagnostics.some((d) => d.code === 'IAM108'));
  });

  it('reports an oversized AWS document with one information diagnostic', async () => {
    const uri = 'file:///ws/huge.json';
    const big = '{"Version": "2012-10-17", "Statement": [' + Array.from({ length: 60000 }, (_, i) => `{"Sid": "S${i}", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket-${i}/*"}`).join(',') + ']}';
    assert.ok(big.length > 5 * 1024 * 1024);
    await client.open(uri, 'json', big);
    const p = await client.waitForDiagnostics(uri);
    assert.deepStrictEqual(p.diagnostics.map((d) => [d.code, d.severity]), [['AWSPOLICY001', 3]]);
  });
});

describe('language server over stdio: opening a document', function () {
  this.timeout(60000);
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    // A debounce far longer than this test's timeout: diagnostics can only come if opening skips it.
    client.settings = { validation: { debounceMs: 600000 } };
    await client.initialize();
    // Open only once the server has its settings (with the debounce), as an editor usually does.
    while (client.configurationRequests === 0) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 100));
  });

  after(async () => {
    await client.stop();
  });

  it('validates an opened document at once (the typing debounce applies to edits only)', async () => {
    const uri = 'file:///ws/opened.json';
    await client.open(uri, 'json', POLICY);
    const p = await client.waitForDiagnostics(uri, (d) => d.diagnostics.length > 0);
    assert.deepStrictEqual(p.diagnostics.map((d) => d.code).sort(), ['IAM105', 'IAM108']);
    assert.strictEqual(p.version, 1);
  });

  it('publishes nothing for an edit before its debounce ends, though the edit is analysed once typing pauses', async () => {
    const uri = 'file:///ws/edited.json';
    await client.open(uri, 'json', POLICY);
    await client.waitForDiagnostics(uri, (d) => d.version === 1);
    await client.change(uri, 2, POLICY.replace('"allow"', '"Allow"'));
    // Well past the 50 ms pause after which the worker analyses version 2.
    await new Promise((r) => setTimeout(r, 600));
    assert.strictEqual(client.diagnostics.get(uri)?.version, 1);
  });
});
