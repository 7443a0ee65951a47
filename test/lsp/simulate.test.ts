// The simulation requests of the real bundled server over stdio: the policies of a document (code
// lenses), a request against the policy at a position, with ranges for the deciding statements, and a
// request document run as a whole.

import * as assert from 'assert';
import { TestClient } from '../helpers/lsp-client';

const POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*" },
    { "Sid": "NoLogs", "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::b/logs/*" }
  ]
}
`;

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

describe('language server: policy simulation', function () {
  this.timeout(60000);
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    await client.initialize();
  });

  after(async () => {
    await client.stop();
  });

  it('lists the policies and statements of a document', async () => {
    const uri = 'file:///ws/sim-policy.json';
    await client.open(uri, 'json', POLICY);
    const r = (await client.connection.sendRequest('awspolicy/simulationTargets', { uri })) as { requestDocument: boolean; targets: { unit: number; role: string; range: Range; statements: { sid: string; range: Range }[] }[] };
    assert.strictEqual(r.requestDocument, false);
    assert.strictEqual(r.targets.length, 1);
    assert.strictEqual(r.targets[0].role, 'identity');
    assert.deepStrictEqual(r.targets[0].statements.map((s) => [s.sid, s.range.start]), [
      ['Read', { line: 3, character: 4 }],
      ['NoLogs', { line: 4, character: 4 }],
    ]);
  });

  it('simulates a request against the policy at a position and returns highlight ranges', async () => {
    const uri = 'file:///ws/sim-policy2.json';
    await client.open(uri, 'json', POLICY);
    const r = (await client.connection.sendRequest('awspolicy/simulate', {
      uri,
      position: { line: 3, character: 10 },
      request: { principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::b/logs/x' },
    })) as { result: { decision: string; reasonCode: string }; highlights: { range: Range; effect: string; deciding: boolean }[]; text: string };
    assert.strictEqual(r.result.decision, 'ExplicitDeny');
    assert.deepStrictEqual(
      r.highlights.filter((h) => h.deciding).map((h) => [h.effect, h.range.start]),
      [['Deny', { line: 4, character: 4 }]],
    );
    assert.match(r.text, /^arn:aws:iam::111122223333:user\/alice → s3:GetObject on arn:aws:s3:::b\/logs\/x\nDecision: ExplicitDeny\n/);
  });

  it('reports a request that does not follow the contract', async () => {
    const uri = 'file:///ws/sim-policy3.json';
    await client.open(uri, 'json', POLICY);
    const r = await client.connection.sendRequest('awspolicy/simulate', { uri, request: { principal: 'x', action: 'GetObject', resource: '*' } });
    assert.deepStrictEqual(r, { error: '"request.action" must be a string of the form "service:Action"' });
  });

  it('runs a request document as a whole', async () => {
    const uri = 'file:///ws/check.request.json';
    const text = JSON.stringify({ policies: { identity: [JSON.parse(POLICY)] }, request: { principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::b/data' } }, null, 2);
    await client.open(uri, 'json', text);
    const targets = (await client.connection.sendRequest('awspolicy/simulationTargets', { uri })) as { requestDocument: boolean };
    assert.strictEqual(targets.requestDocument, true);
    const r = (await client.connection.sendRequest('awspolicy/simulate', { uri })) as { result: { decision: string }; highlights: { deciding: boolean; range: Range }[] };
    assert.strictEqual(r.result.decision, 'Allow');
    assert.deepStrictEqual(r.highlights.filter((h) => h.deciding).map((h) => h.range.start.line), [6]);
  });
});
