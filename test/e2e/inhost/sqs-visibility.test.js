// Journeys in a SAM template: (1) a queue consumed by a function has a visibility timeout below six times
// the function's timeout -> a CFN102 warning on the event's queue reference that names both resources,
// with related information -> the preferred quick fix raises the queue's VisibilityTimeout to 360 and the
// warning goes away; (2) hovering an SQS property shows the study notes' value and AWS's value today.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const h = require('./helpers');

describe('SQS in a SAM template: visibility timeout quick fix and hover', () => {
  before(h.activate);
  after(h.closeAll);

  it('warns that VisibilityTimeout is below 6 × the function timeout and fixes it', async () => {
    const { doc } = await h.openFixture('sqs/jobs.yaml', { copy: true });
    await h.expectDiagnostics(doc, [{ code: 'CFN102', severity: 'warning', range: [20, 19, 20, 39], text: '!GetAtt JobQueue.Arn' }]);
    const [diag] = await h.diagnosticsWithCode(doc, 'CFN102');
    assert.match(diag.message, /Queue 'JobQueue' has a visibility timeout of 120 s; for function 'Worker' \(SAM event 'Jobs'\) AWS recommends at least 6 × 60 s \+ 0 s batching window = 360 s\./);
    const related = (diag.relatedInformation || []).map((r) => [r.message, r.location.range.start.line]);
    assert.deepEqual(related, [
      ["Visibility timeout of queue 'JobQueue': 120 s (2 minutes)", 7],
      ["Timeout of function 'Worker': 60 s", 15],
    ]);

    const actions = await h.codeActions(doc, diag.range, vscode.CodeActionKind.QuickFix.value);
    const fixes = actions.filter((a) => a.title === "Set VisibilityTimeout of 'JobQueue' to 360 (6 × 60 s)");
    assert.equal(fixes.length, 1, `actions offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fixes[0].isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit), 'the quick fix edit applies');
    assert.equal(doc.lineAt(7).text, '      VisibilityTimeout: 360');
    await h.expectDiagnostics(doc, []);
  });

  it('explains MaximumMessageSize: 256 KB in the study notes, 1 MiB since 2025-08-04', async () => {
    const { doc } = await h.openFixture('sqs/jobs.yaml');
    await h.documentInfo(await h.activate(), doc);
    const at = h.positionOf(doc, 'MaximumMessageSize', { delta: 4 });
    const hovers = await h.poll(async () => {
      const hs = (await h.hoverAt(doc, at)).filter((x) => x.text.includes('**MaximumMessageSize (bytes)**'));
      return hs.length ? hs : undefined;
    }, 'an awspolicy hover on MaximumMessageSize');
    assert.equal(hovers.length, 1);
    assert.deepEqual(hovers[0].range, [8, 6, 8, 24]);
    assert.match(hovers[0].text, /\*Study notes:\* Maximum message size 256 KB\./);
    assert.match(hovers[0].text, /\*AWS today \(since 2025-08-04\):\* 1,024 to 1,048,576 bytes, \*\*default 1,048,576 \(1 MiB\)\*\*/);
  });

  it('shows the queue behind !GetAtt JobQueue.Arn', async () => {
    const { doc } = await h.openFixture('sqs/jobs.yaml');
    const at = h.positionOf(doc, 'JobQueue.Arn', { delta: 2 });
    const hovers = await h.poll(async () => {
      const hs = (await h.hoverAt(doc, at)).filter((x) => x.text.includes('**JobQueue**'));
      return hs.length ? hs : undefined;
    }, 'an awspolicy hover on the GetAtt target');
    assert.match(hovers[0].text, /`AWS::SQS::Queue`[\s\S]*Standard queue; visibility timeout 120 s \(2 minutes\)[\s\S]*`JobQueue.Arn` returns the queue ARN\./);
  });
});
