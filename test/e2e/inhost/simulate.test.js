// Journey: "Simulate policy evaluation" — a request file and a policy simulated in the real editor;
// the decision, the deciding statement and its highlight; the results panel and the code lenses.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const h = require('./helpers');

const ALICE = 'arn:aws:iam::111122223333:user/alice';

describe('simulate policy evaluation', () => {
  before(h.activate);
  after(h.closeAll);

  it('runs a *.request.json file: explicit deny from the TLS-only statement', async () => {
    const { doc } = await h.openFixture('iam/simulate/read-report.request.json');
    await h.documentInfo(await h.activate(), doc);
    const r = await vscode.commands.executeCommand('awspolicy.simulateJson', doc.uri);
    assert.ok(r && !r.error, JSON.stringify(r));
    assert.equal(r.result.decision, 'ExplicitDeny');
    const deciding = r.highlights.filter((x) => x.deciding);
    assert.equal(deciding.length, 1);
    assert.equal(deciding[0].effect, 'Deny');
    const sid = r.result.statements[deciding[0].trace].sid;
    assert.equal(sid, 'DenyInsecureTransport');
  });

  it('simulates a request against an open policy: Allow by ReadReports, ExplicitDeny by NoDeletes', async () => {
    const { doc } = await h.openFixture('iam/simulate/reports-policy.json');
    await h.documentInfo(await h.activate(), doc);
    const allow = await vscode.commands.executeCommand('awspolicy.simulateJson', doc.uri, {
      request: { principal: ALICE, action: 's3:GetObject', resource: 'arn:aws:s3:::acme-reports/2026/q3.csv' },
    });
    assert.equal(allow.result.decision, 'Allow', JSON.stringify(allow));
    const allowing = allow.highlights.filter((x) => x.deciding);
    assert.deepEqual(allowing.map((x) => [x.effect, x.range.start.line]), [['Allow', 3]]);

    const deny = await vscode.commands.executeCommand('awspolicy.simulateJson', doc.uri, {
      request: { principal: ALICE, action: 's3:DeleteObject', resource: 'arn:aws:s3:::acme-reports/2026/q3.csv' },
    });
    assert.equal(deny.result.decision, 'ExplicitDeny');
    assert.deepEqual(deny.highlights.filter((x) => x.deciding).map((x) => [x.effect, x.range.start.line]), [['Deny', 9]]);

    const none = await vscode.commands.executeCommand('awspolicy.simulateJson', doc.uri, {
      request: { principal: ALICE, action: 's3:PutObject', resource: 'arn:aws:s3:::acme-reports/x' },
    });
    assert.equal(none.result.decision, 'ImplicitDeny');
  });

  it('offers a Simulate code lens above the policy and each statement', async () => {
    const { doc } = await h.openFixture('iam/simulate/reports-policy.json');
    const lenses = await h.poll(async () => {
      const ls = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri)) || [];
      const ours = ls.filter((l) => l.command && l.command.command === 'awspolicy.simulate');
      return ours.length >= 3 ? ours : undefined;
    }, 'the Simulate code lenses');
    assert.deepEqual(lenses.map((l) => l.range.start.line).sort((a, b) => a - b), [0, 3, 9]);
  });

  it('shows the decision in the Policy simulation panel when run as a command', async () => {
    const { doc } = await h.openFixture('iam/simulate/read-report.request.json');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('awspolicy.simulate', doc.uri);
    const tab = await h.poll(async () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Policy simulation'), 'the Policy simulation panel');
    assert.ok(tab.input instanceof vscode.TabInputWebview, 'the results are a webview panel');
  });
});
