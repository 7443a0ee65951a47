// Property tests over the analysis core (fast-check): random policies, templates and state machines in
// JSON and YAML, arbitrary JSON under every document kind, and mutations of real documents from the
// shared corpus. Whatever the input, nothing throws, every range lies inside the document on UTF-16
// boundaries, positions round-trip, and the result is deterministic. CI runs the default case counts;
// `npm run fuzz` multiplies them (AWSPOLICY_FUZZ_SCALE).

import * as assert from 'assert';
import fc from 'fast-check';
import { stringify as yamlStringify } from 'yaml';
import { KIND_NAMES, parseKindName } from '../../server/src/core';
import { GetAtt, Ref, Sub, renderJson, renderYaml } from '../../bench/generate/render';
import { checkText, corpusAvailable, corpusSample, fcParams, mutate, mutationArb, runs } from './invariants';
import { requireCorpus } from '../helpers/corpus';

const ACTIONS = ['s3:GetObject', 's3:*', '*', 's3:Get*', 'iam:PassRole', 'sqs:SendMessage', 'sts:AssumeRole', 'ec2:Describe*', 'kms:Decrypt', 'S3:getobject', 'nope:Nothing', 's3:', ':', '*a*a*a*a*a*a*a*a*b', 'lambda:InvokeFunction'];
const RESOURCES = ['*', 'arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket', 'arn:aws:sqs:us-east-1:123456789012:q', 'arn:aws:iam::123456789012:role/r', 'arn:aws:s3:::${aws:username}/*', 'arn:aws', 'arn:aws:lambda:*:*:function:*', 'not-an-arn', ''];
const PRINCIPALS: unknown[] = ['*', { AWS: '*' }, { AWS: 'arn:aws:iam::123456789012:root' }, { Service: 'lambda.amazonaws.com' }, { Federated: 'cognito-identity.amazonaws.com' }, { AWS: ['123456789012', 'AIDAEXAMPLE'] }, { CanonicalUser: 'abc' }];
const OPERATORS = ['StringEquals', 'StringLike', 'ArnLike', 'Bool', 'IpAddress', 'NumericLessThan', 'DateGreaterThan', 'ForAnyValue:StringEquals', 'StringEqualsIfExists', 'Null', 'Nonsense'];
const KEYS = ['aws:SourceIp', 'aws:SecureTransport', 'aws:PrincipalOrgID', 's3:prefix', 'aws:username', 'aws:RequestTag/${aws:username}', 'bad key', 'sqs:MessageAttribute'];

const scalar = fc.oneof(fc.constantFrom(...ACTIONS, ...RESOURCES), fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null));
const listOr = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | T[]> => fc.oneof(a, fc.array(a, { maxLength: 4 }));

const condition = fc.dictionary(fc.constantFrom(...OPERATORS), fc.dictionary(fc.constantFrom(...KEYS), listOr(scalar), { maxKeys: 2 }), { maxKeys: 2 });
const statement = fc.record(
  {
    Sid: fc.oneof(fc.string({ maxLength: 8 }), fc.constant('Same')),
    Effect: fc.constantFrom('Allow', 'Deny', 'allow', '', 'Maybe'),
    Principal: fc.constantFrom(...PRINCIPALS),
    NotPrincipal: fc.constantFrom(...PRINCIPALS),
    Action: listOr(fc.constantFrom(...ACTIONS)),
    NotAction: listOr(fc.constantFrom(...ACTIONS)),
    Resource: listOr(fc.constantFrom(...RESOURCES)),
    NotResource: listOr(fc.constantFrom(...RESOURCES)),
    Condition: condition,
    Extra: scalar,
  },
  { requiredKeys: [] },
);
const policy = fc.record(
  { Version: fc.constantFrom('2012-10-17', '2008-10-17', '2012-10-18', 1), Id: fc.string({ maxLength: 6 }), Statement: fc.oneof(fc.array(statement, { maxLength: 5 }), statement, scalar) },
  { requiredKeys: ['Statement'] },
);

const aslState = fc.record(
  {
    Type: fc.constantFrom('Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Map', 'Parallel', 'Bogus'),
    Next: fc.constantFrom('A', 'B', 'C', 'Missing'),
    End: fc.boolean(),
    Resource: fc.constantFrom('arn:aws:states:::lambda:invoke', 'arn:aws:lambda:us-east-1:123456789012:function:f', '${Fn}', 'x'),
    Seconds: fc.oneof(fc.integer(), fc.string({ maxLength: 3 })),
    Choices: fc.array(fc.record({ Variable: fc.constantFrom('$.a', '$$.x', 'bad'), StringEquals: fc.string({ maxLength: 3 }), Next: fc.constantFrom('A', 'B') }), { maxLength: 2 }),
    ResultPath: fc.constantFrom('$.r', '$', 'bad path', null),
    Retry: fc.array(fc.record({ ErrorEquals: fc.array(fc.constantFrom('States.ALL', 'States.Timeout', 'X'), { maxLength: 2 }), MaxAttempts: fc.integer({ min: -1, max: 5 }) }), { maxLength: 2 }),
  },
  { requiredKeys: ['Type'] },
);
const asl = fc.record({ StartAt: fc.constantFrom('A', 'B', 'Z'), States: fc.dictionary(fc.constantFrom('A', 'B', 'C'), aslState, { maxKeys: 3 }), Comment: fc.string({ maxLength: 5 }) }, { requiredKeys: ['States'] });

const intrinsic: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('R1', 'R2', 'AWS::Region', 'Missing').map((n) => Ref(n)),
  fc.constantFrom('R1', 'R2').map((n) => GetAtt(n, 'Arn')),
  fc.constantFrom('arn:aws:s3:::${R1}/*', '${AWS::AccountId}', '${Missing.Arn}', '${').map((s) => Sub(s)),
);
const RESOURCE_TYPES = ['AWS::IAM::Role', 'AWS::IAM::Policy', 'AWS::S3::BucketPolicy', 'AWS::SQS::Queue', 'AWS::SQS::QueuePolicy', 'AWS::SNS::Topic', 'AWS::SNS::Subscription', 'AWS::Lambda::Function', 'AWS::Lambda::EventSourceMapping', 'AWS::StepFunctions::StateMachine', 'AWS::Serverless::Function', 'AWS::KMS::Key', 'Custom::Thing'];
const resource = fc.record(
  {
    Type: fc.constantFrom(...RESOURCE_TYPES),
    Properties: fc.record(
      {
        PolicyDocument: policy,
        AssumeRolePolicyDocument: policy,
        Policies: fc.array(fc.record({ PolicyName: fc.string({ maxLength: 4 }), PolicyDocument: policy }), { maxLength: 2 }),
        Definition: asl,
        DefinitionString: fc.oneof(asl.map((a) => JSON.stringify(a, null, 1)), asl.map((a) => Sub(JSON.stringify(a))), fc.string({ maxLength: 20 })),
        RedrivePolicy: fc.oneof(fc.record({ deadLetterTargetArn: intrinsic, maxReceiveCount: scalar }), fc.string({ maxLength: 20 })),
        FilterPolicy: fc.dictionary(fc.string({ maxLength: 4 }), fc.array(scalar, { maxLength: 3 }), { maxKeys: 2 }),
        QueueName: fc.oneof(intrinsic, fc.string({ maxLength: 8 })),
        Role: intrinsic,
        EventSourceArn: intrinsic,
        VisibilityTimeout: scalar,
        FifoQueue: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    DependsOn: fc.constantFrom('R1', 'Missing'),
  },
  { requiredKeys: ['Type'] },
);
const template = fc.record({
  AWSTemplateFormatVersion: fc.constant('2010-09-09'),
  Resources: fc.dictionary(fc.constantFrom('R1', 'R2', 'R3', 'Queue', 'Role'), resource, { minKeys: 1, maxKeys: 4 }),
});

const probes = fc.array(fc.nat(), { minLength: 1, maxLength: 3 });

function asYamlValue(v: unknown): unknown {
  // Intrinsics only exist in the bench renderer; plain YAML serialisation gets their long form.
  return JSON.parse(renderJson(v));
}

describe('robustness: property tests over the core', function () {
  this.timeout(0);

  it('random IAM policies in JSON and YAML keep every invariant', () => {
    fc.assert(
      fc.property(policy, fc.boolean(), probes, (p, yaml, at) => {
        const text = yaml ? yamlStringify(p) : JSON.stringify(p, null, 2);
        checkText(text, yaml ? 'file:///p.yaml' : 'file:///p.json', { probes: at.map((x) => x % (text.length + 1)) });
      }),
      fcParams(runs(2500)),
    );
  });

  it('random CloudFormation templates (short-form tags in YAML, JSON in strings) keep every invariant', () => {
    fc.assert(
      fc.property(template, fc.boolean(), probes, (t, yaml, at) => {
        const text = yaml ? renderYaml(t) : renderJson(t);
        checkText(text, yaml ? 'file:///t.yaml' : 'file:///t.json', { probes: at.map((x) => x % (text.length + 1)) });
      }),
      fcParams(runs(1500)),
    );
  });

  it('random state machines keep every invariant', () => {
    fc.assert(
      fc.property(asl, fc.boolean(), (a, yaml) => {
        const text = yaml ? yamlStringify(a) : JSON.stringify(a);
        checkText(text, yaml ? 'file:///m.asl.yaml' : 'file:///m.asl.json', { kindOverride: { kind: 'asl' } });
      }),
      fcParams(runs(1000)),
    );
  });

  it('arbitrary JSON and YAML under every document kind keep every invariant', () => {
    const kinds = Object.keys(KIND_NAMES);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(...kinds), fc.boolean(), (v, kind, yaml) => {
        const text = yaml ? yamlStringify(asYamlValue(v)) : JSON.stringify(v);
        checkText(text, yaml ? 'file:///x.yaml' : 'file:///x.json', { kindOverride: parseKindName(kind) });
      }),
      fcParams(runs(1500)),
    );
  });

  it('arbitrary strings (binary garbage, unicode, lone surrogates) keep every invariant', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 })), fc.constantFrom('iam-policy', 'cfn-template', 'asl', undefined), fc.boolean(), (text, kind, yaml) => {
        checkText(text, yaml ? 'file:///g.yaml' : 'file:///g.json', { kindOverride: parseKindName(kind), probes: [0, text.length >> 1, text.length] });
      }),
      fcParams(runs(1000)),
    );
  });

  describe('mutations of real documents from the shared corpus', () => {
    const sample = corpusAvailable() ? corpusSample() : [];

    before(function () {
      requireCorpus(this);
    });

    it('finds real documents to mutate', () => {
      assert.ok(sample.length > 500, `expected the shared corpus beside the repository, found ${sample.length} small documents`);
    });

    it('deleted, duplicated and swapped characters, truncation, injected unicode and deep nesting keep every invariant', () => {
      fc.assert(
        fc.property(fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), probes, (pick, mutations, at) => {
          const doc = sample[pick % sample.length];
          let text = doc.text;
          for (const m of mutations) text = mutate(text, m);
          checkText(text, 'file://' + doc.file, { probes: at.map((x) => x % (text.length + 1)) });
        }),
        fcParams(runs(2500)),
      );
    });

    it('findings move by exactly the UTF-16 length of a prefix of astral and accented characters (YAML comment line)', () => {
      const yamlDocs = sample.filter((d) => /\.ya?ml$/.test(d.file));
      fc.assert(
        fc.property(fc.nat(), fc.constantFrom('# 😀é\n', '# \ud83d\ude00\ud83d\ude00 𝔸\n', '#\n'), (pick, prefix) => {
          const doc = yamlDocs[pick % yamlDocs.length];
          const plain = checkText(doc.text, 'file://' + doc.file, { determinism: false });
          const shifted = checkText(prefix + doc.text, 'file://' + doc.file, { determinism: false });
          const key = (f: { ruleId: string; messageId: string; offset: number; length: number }, d: number): string => `${f.ruleId}:${f.messageId}:${f.offset - d}:${f.length}`;
          assert.deepStrictEqual(shifted.findings.map((f) => key(f, prefix.length)), plain.findings.map((f) => key(f, 0)), doc.file);
        }),
        fcParams(runs(400)),
      );
    });
  });
});
