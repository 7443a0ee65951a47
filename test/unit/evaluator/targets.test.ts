// Simulation inside documents: the policies of a standalone policy and of a template, the request
// pickers' suggestions, a request evaluated against one embedded policy with statement ranges in the
// host text, guardrail assumptions, and a `*.request.json` document run as a whole.

import * as assert from 'assert';
import { buildDocument } from '../../../server/src/core';
import { simulateRequestDocument, simulateTarget, simulationSuggestions, simulationTargets, targetAt } from '../../../server/src/core/evaluator';

const TEMPLATE = [
  'Resources:',
  '  Role:',
  '    Type: AWS::IAM::Role',
  '    Properties:',
  '      AssumeRolePolicyDocument:',
  '        Version: "2012-10-17"',
  '        Statement:',
  '          - Effect: Allow',
  '            Principal: { Service: lambda.amazonaws.com }',
  '            Action: sts:AssumeRole',
  '      Policies:',
  '        - PolicyName: read',
  '          PolicyDocument:',
  '            Version: "2012-10-17"',
  '            Statement:',
  '              - Sid: Read',
  '                Effect: Allow',
  '                Action: s3:Get*',
  '                Resource: arn:aws:s3:::data/*',
  '              - Sid: NoSecrets',
  '                Effect: Deny',
  '                Action: s3:*',
  '                Resource: arn:aws:s3:::data/secret/*',
  '',
].join('\n');

const USER = 'arn:aws:iam::111122223333:user/alice';

describe('evaluator: simulation targets in documents', () => {
  const doc = buildDocument({ text: TEMPLATE, uri: 'file:///t.yaml', languageId: 'yaml' });

  it('lists the trust policy and the inline policy with their statements', () => {
    const targets = simulationTargets(doc);
    assert.deepStrictEqual(
      targets.map((t) => [t.location, t.policyType, t.role, t.statements.map((s) => s.sid ?? s.index)]),
      [
        ['Resources.Role.Properties.AssumeRolePolicyDocument', 'trust', 'resource', [0]],
        ['Resources.Role.Properties.Policies[0].PolicyDocument', 'identity', 'identity', ['Read', 'NoSecrets']],
      ],
    );
    const inline = targets[1];
    assert.strictEqual(TEMPLATE.slice(inline.statements[1].offset).startsWith('Sid: NoSecrets'), true);
    assert.strictEqual(targetAt(doc, TEMPLATE.indexOf('s3:Get*'))?.unit, inline.unit);
  });

  it('evaluates a request against the inline policy and points at the deciding statement', () => {
    const inline = simulationTargets(doc)[1];
    const sim = simulateTarget(doc, inline.unit, { principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::data/secret/key' })!;
    assert.strictEqual(sim.result.decision, 'ExplicitDeny');
    const deciding = sim.result.statements.filter((s) => s.deciding);
    assert.deepStrictEqual(deciding.map((s) => [s.sid, s.range?.line]), [['NoSecrets', 20]]);
    assert.deepStrictEqual(sim.assumptions, []);
    const ok = simulateTarget(doc, inline.unit, { principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::data/public/key' })!;
    assert.strictEqual(ok.result.decision, 'Allow');
  });

  it('evaluates the trust policy as the resource-based policy of sts:AssumeRole', () => {
    const trust = simulationTargets(doc)[0];
    const ok = simulateTarget(doc, trust.unit, { principal: 'lambda.amazonaws.com', action: 'sts:AssumeRole', resource: 'arn:aws:iam::111122223333:role/Role' })!;
    assert.strictEqual(ok.result.decision, 'Allow');
    const no = simulateTarget(doc, trust.unit, { principal: USER, action: 'sts:AssumeRole', resource: 'arn:aws:iam::111122223333:role/Role' })!;
    assert.strictEqual(no.result.decision, 'ImplicitDeny');
    assert.strictEqual(no.result.reasonCode, 'resource-policy-required');
  });

  it('evaluates an SCP next to an assumed allow-all identity policy, and says so', () => {
    const scp = buildDocument({ text: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ec2:*","Resource":"*"}]}', uri: 'file:///scp.json', languageId: 'json' }, { kindOverride: { kind: 'iam-policy', policyType: 'scp' } });
    const [t] = simulationTargets(scp);
    assert.strictEqual(t.role, 'scp');
    const s3 = simulateTarget(scp, t.unit, { principal: USER, action: 's3:GetObject', resource: '*' })!;
    assert.strictEqual(s3.result.decision, 'ImplicitDeny');
    assert.strictEqual(s3.result.reasonCode, 'scp-no-allow');
    assert.strictEqual(s3.assumptions.length, 1);
    const ec2 = simulateTarget(scp, t.unit, { principal: USER, action: 'ec2:RunInstances', resource: '*' })!;
    assert.strictEqual(ec2.result.decision, 'ExplicitDeny');
  });

  it('suggests the actions, resources and condition keys a policy names', () => {
    const policy = buildDocument({
      text: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: USER }, Action: ['sqs:SendMessage'], Resource: 'arn:aws:sqs:*:111122223333:q', Condition: { StringEquals: { 'aws:SourceAccount': '1' } } }] }),
      uri: 'file:///q.json',
      languageId: 'json',
    });
    assert.deepStrictEqual(simulationSuggestions(policy, undefined), {
      actions: ['sqs:SendMessage'],
      resources: ['arn:aws:sqs:*:111122223333:q'],
      principals: [USER],
      contextKeys: ['aws:SourceAccount'],
    });
  });

  it('runs a request document, with statement ranges in it', () => {
    const text = JSON.stringify(
      {
        policies: { identity: [{ Version: '2012-10-17', Statement: [{ Sid: 'A', Effect: 'Allow', Action: 's3:*', Resource: '*' }] }] },
        request: { principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' },
      },
      null,
      2,
    );
    const req = buildDocument({ text, uri: 'file:///x.request.json', languageId: 'json' });
    assert.strictEqual(req.kind, 'simulation-request');
    const r = simulateRequestDocument(req);
    assert.ok(!('error' in r));
    if ('error' in r) return;
    assert.strictEqual(r.result.decision, 'Allow');
    assert.strictEqual(r.result.statements[0].range?.line, 7);
    assert.strictEqual(text.slice(r.result.statements[0].range!.offset).startsWith('{\n            "Sid": "A"'), true);
  });
});
