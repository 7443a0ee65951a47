// Document kinds, associations and embedded units: what is ours (and what is not), and that every
// embedded document lands on host offsets.

import * as assert from 'assert';
import { buildDocument } from '../../server/src/core/model/document';
import { getPath, StringNode } from '../../server/src/core/parse/tree';
import { policyView } from '../../server/src/core/iam/policy';

const kind = (text: string, uri = 'x.json') => {
  const d = buildDocument({ text, uri });
  return d.kind + (d.policyType ? ':' + d.policyType : '');
};

describe('model: detection', () => {
  it('recognises each kind of AWS document', () => {
    assert.strictEqual(kind('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}'), 'iam-policy:identity');
    assert.strictEqual(kind('{"Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}'), 'iam-policy:trust');
    assert.strictEqual(kind('{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}'), 'iam-policy:resource');
    assert.strictEqual(kind('{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "ec2:*", "Resource": "*"}]}', 'org/scp-deny-regions.json'), 'iam-policy:scp');
    // A file name with "trust" decides only while the content could be a trust policy.
    assert.strictEqual(kind('{"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole"}]}', 'roles/app-trust-policy.json'), 'iam-policy:trust');
    assert.strictEqual(kind('{"Statement": [{"Effect": "Allow", "Action": "iam:DeleteRole", "Resource": "arn:aws:iam::*:role/x"}]}', 'managed/AWSOrganizationsServiceTrustPolicy.json'), 'iam-policy:identity');
    assert.strictEqual(kind('{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}'), 'asl');
    assert.strictEqual(kind('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n', 't.yaml'), 'cfn-template');
    assert.strictEqual(kind('{"VisibilityTimeout": "60", "DelaySeconds": "0"}'), 'sqs-queue-attributes');
    assert.strictEqual(kind('{"DisplayName": "x", "FifoTopic": "true"}'), 'sns-topic-attributes');
    assert.strictEqual(kind('{"store": ["a"], "price": [{"numeric": [">", 1]}]}'), 'sns-filter-policy');
    assert.strictEqual(kind('{"deadLetterTargetArn": "arn:aws:sqs:us-east-1:111122223333:d", "maxReceiveCount": 5}'), 'sqs-redrive-policy');
    assert.strictEqual(kind('{"policies": {}, "request": {}}'), 'simulation-request');
  });

  it('stays out of unrelated JSON and YAML', () => {
    assert.strictEqual(kind('{"name": "x", "version": "1.0.0", "scripts": {}}', 'package.json'), 'none');
    assert.strictEqual(kind('{"compilerOptions": {"strict": true}, "include": ["src"], "exclude": ["out"]}', 'tsconfig.json'), 'none');
    assert.strictEqual(kind('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n', 'k8s.yaml'), 'none');
    assert.strictEqual(kind('on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n', 'ci.yml'), 'none');
    assert.strictEqual(kind('[1, 2, 3]'), 'none');
    assert.strictEqual(kind(''), 'none');
  });

  it('lets associations and overrides win over content', () => {
    const d = buildDocument({ text: '{"name": "x"}', uri: '/ws/policies/p.json' }, { associations: { '**/policies/*.json': 'iam-scp' }, relativePath: 'policies/p.json' });
    assert.strictEqual(d.kind, 'iam-policy');
    assert.strictEqual(d.policyType, 'scp');
    assert.strictEqual(d.detection.source, 'association');
    const o = buildDocument({ text: '{"Statement": []}', uri: 'x.json' }, { kindOverride: { kind: 'none' } });
    assert.strictEqual(o.kind, 'none');
  });
});

describe('model: embedded units', () => {
  it('finds policies, state machines, queues and redrive policies in a template', () => {
    const text = [
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: x}, Action: "sts:AssumeRole"}]}',
      '      Policies:',
      '        - PolicyName: a',
      '          PolicyDocument: {Statement: []}',
      '  Bucket:',
      '    Type: AWS::S3::BucketPolicy',
      '    Properties:',
      '      PolicyDocument: !If [C, {Statement: []}, {Statement: [{Effect: Deny}]}]',
      '  Q:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      RedrivePolicy: {deadLetterTargetArn: x, maxReceiveCount: 3}',
      '  M:',
      '    Type: AWS::StepFunctions::StateMachine',
      '    Properties:',
      '      DefinitionString: !Join ["", ["{\\"StartAt\\": \\"", !Ref First, "\\", \\"States\\": {}}"]]',
      '',
    ].join('\n');
    const d = buildDocument({ text, uri: 't.yaml' });
    assert.deepStrictEqual(
      d.units.map((u) => `${u.kind}${u.policyType ? ':' + u.policyType : ''} ${u.embedding} ${u.location}`),
      [
        'cfn-template file ',
        'iam-policy:trust subtree Resources.Role.Properties.AssumeRolePolicyDocument',
        'iam-policy:identity subtree Resources.Role.Properties.Policies[0].PolicyDocument',
        'iam-policy:resource subtree Resources.Bucket.Properties.PolicyDocument(if true)',
        'iam-policy:resource subtree Resources.Bucket.Properties.PolicyDocument(if false)',
        'sqs-queue-attributes subtree Resources.Q.Properties',
        'sqs-redrive-policy subtree Resources.Q.Properties.RedrivePolicy',
        'asl string Resources.M.Properties.DefinitionString',
      ],
    );
    const asl = d.units[d.units.length - 1];
    assert.deepStrictEqual(asl.parseProblems, []);
    assert.strictEqual(asl.placeholders.length, 1);
    assert.strictEqual(text.slice(asl.placeholders[0].offset, asl.placeholders[0].offset + asl.placeholders[0].length), '!Ref First');
    const startAt = getPath(asl.root, ['StartAt']) as StringNode;
    assert.strictEqual(startAt.value, '${First}');
  });

  it('maps a JSON DefinitionString through escapes onto host characters', () => {
    const text = '{"Resources": {"M": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {"DefinitionString": "{\\"StartAt\\": \\"Go\\u0021\\", \\"States\\": {\\"Go!\\": {\\"Type\\": \\"Pass\\", \\"End\\": true}}}"}}}}';
    const d = buildDocument({ text, uri: 't.json' });
    const asl = d.units.find((u) => u.kind === 'asl')!;
    const startAt = getPath(asl.root, ['StartAt']) as StringNode;
    assert.strictEqual(startAt.value, 'Go!');
    assert.strictEqual(text.slice(startAt.offset, startAt.offset + startAt.length), '\\"Go\\u0021\\"');
    const pass = getPath(asl.root, ['States', 'Go!', 'Type'])!;
    assert.strictEqual(text.slice(pass.offset, pass.offset + pass.length), '\\"Pass\\"');
  });

  it('parses JSON in standalone SQS attribute strings (Policy, RedrivePolicy)', () => {
    const text = '{"Policy": "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"sqs:SendMessage\\", \\"Resource\\": \\"*\\"}]}", "VisibilityTimeout": "30"}';
    const d = buildDocument({ text, uri: 'q.json' });
    assert.deepStrictEqual(d.units.map((u) => `${u.kind}:${u.policyType ?? ''}:${u.embedding}`), ['sqs-queue-attributes::file', 'iam-policy:resource:string']);
    const effect = policyView(d.units[1].root)!.statements[0].effect!.value!;
    assert.strictEqual(text.slice(effect.offset, effect.offset + effect.length), '\\"Allow\\"');
  });

  it('replaces Fn::Sub placeholders outside strings so the JSON still parses', () => {
    const text = 'Resources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionString: !Sub \'{"StartAt": "A", "TimeoutSeconds": ${T}, "States": {}}\'\n';
    const d = buildDocument({ text, uri: 't.yaml' });
    const asl = d.units.find((u) => u.kind === 'asl')!;
    assert.deepStrictEqual(asl.parseProblems, []);
    const t = getPath(asl.root, ['TimeoutSeconds'])!;
    assert.strictEqual(t.type, 'number');
    assert.strictEqual(text.slice(t.offset, t.offset + 1), '$');
    assert.deepStrictEqual(asl.placeholders.map((p) => [p.name, p.inString]), [['T', false]]);
  });
});
