// Hovers in IAM policies (standalone JSON/YAML and embedded in templates), `$0` marking the cursor:
// actions, wildcards, API operations, condition operators and keys, policy variables and ARNs.

import * as assert from 'assert';
import { model } from '../../../server/src/core/analyze';
import { getHover } from '../../../server/src/core/features';
import { Catalog } from '../../../server/src/core/iam/catalog';
import { buildIndex } from '../catalog/fixture';
import { NO_SERVICES } from '../../../server/src/core/services';
import { testServices } from '../../helpers/services';

const services = testServices();
const catalog = services.catalog as Catalog;

function hover(text: string, uri = 'policy.json', withServices = services) {
  const offset = text.indexOf('$0');
  assert.ok(offset >= 0, 'no $0 cursor');
  const doc = model({ text: text.replace('$0', ''), uri });
  const h = getHover(doc, offset, withServices);
  return h === undefined ? undefined : { contents: h.contents, target: doc.text.substr(h.offset, h.length) };
}

const P = (statement: string) => `{\n  "Version": "2012-10-17",\n  "Statement": [\n    ${statement}\n  ]\n}\n`;
const NOTE = `_IAM catalog of ${catalog.date} (${catalog.source.package} ${catalog.version})._`;

describe('IAM hovers', () => {
  it('describes an action: access level, resource types with ARN formats, keys, catalog date', () => {
    const h = hover(P('{ "Effect": "Allow", "Action": "s3:Get$0Object", "Resource": "*" }'))!;
    assert.strictEqual(h.target, '"s3:GetObject"');
    const lines = h.contents.split('\n');
    assert.strictEqual(lines[0], '**s3:GetObject** · Read');
    assert.strictEqual(lines[2], catalog.action('s3:GetObject')!.description);
    assert.ok(lines.includes('| object | no | `arn:${Partition}:s3:::${BucketName}/${ObjectName}` |'));
    assert.ok(lines.some((l) => l.startsWith('**Condition keys** (14): `aws:ResourceTag/${TagKey}`')));
    assert.strictEqual(lines[lines.length - 1], NOTE);
  });

  it('lists dependent actions and says when only "*" grants an action', () => {
    // The generated data has no dependent actions today, so a small in-test catalog checks them.
    const small = new Catalog(buildIndex({ date: '2026-01-02', services: [{ prefix: 'demo', name: 'Demo', resourceTypes: [{ name: 'thing', arn: 'arn:${Partition}:demo:${Region}:${Account}:thing/${ThingId}' }], actions: [{ name: 'RunThing', level: 'Write', description: 'Grants permission to run a thing', resources: [{ type: 'thing', required: true, dependentActions: ['iam:PassRole'] }], dependentActions: ['demo:DescribeThing'] }] }] }));
    const h = hover(P('{ "Effect": "Allow", "Action": "demo:Run$0Thing", "Resource": "*" }'), 'policy.json', { catalog: small })!;
    assert.strictEqual(h.contents, ['**demo:RunThing** · Write', '', 'Grants permission to run a thing', '', '| Resource type | Required | ARN |', '|---|---|---|', '| thing | yes | `arn:${Partition}:demo:${Region}:${Account}:thing/${ThingId}` |', '', '**Dependent actions:** `demo:DescribeThing`, `iam:PassRole`', '', `_IAM catalog of 2026-01-02 (${small.source.package} ${small.version})._`].join('\n'));
    const h2 = hover(P('{ "Effect": "Allow", "Action": "s3:ListAll$0MyBuckets", "Resource": "*" }'))!;
    assert.ok(h2.contents.includes('No resource types: only `"Resource": "*"` grants this action.'));
  });

  it('counts what a wildcard matches, grouped by access level', () => {
    const h = hover(P('{ "Effect": "Allow", "Action": ["s3:Get$0*"], "Resource": "*" }'))!;
    const n = catalog.matchActions('s3:Get*').length;
    assert.strictEqual(h.target, '"s3:Get*"');
    assert.strictEqual(h.contents.split('\n')[0], `**s3:Get*** matches ${n} actions`);
    assert.ok(h.contents.includes(`**Read** (${n}): GetAccelerateConfiguration, `));
    const across = hover(P('{ "Effect": "Allow", "Action": "*:ListTags$0ForResource", "Resource": "*" }'))!;
    assert.match(across.contents, /Across \d+ services\./);
  });

  it('names the action that grants an API operation, and near names of an unknown action', () => {
    const op = hover(P('{ "Effect": "Allow", "Action": "s3:Head$0Object", "Resource": "*" }'))!;
    assert.strictEqual(op.contents.split('\n\n').slice(0, 2).join('\n\n'), '**s3:HeadObject** is an API operation, not an IAM action.\n\nIt is authorized by `s3:GetObject`.');
    const typo = hover(P('{ "Effect": "Allow", "Action": "s3:GetObj$0ekt", "Resource": "*" }'))!;
    assert.ok(typo.contents.startsWith('**s3:GetObjekt** is not an action of the `s3` service in the catalog.\n\nDid you mean `s3:GetObject`'));
  });

  it('explains an operator and what happens when the key is missing', () => {
    const like = hover(P('{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "String$0Like": { "s3:prefix": "home/*" } } }'))!;
    assert.strictEqual(like.target, '"StringLike"');
    assert.ok(like.contents.startsWith('**StringLike** (condition operator)'));
    assert.ok(like.contents.includes('*Missing key:* When the key is absent the condition is **false**.'));
    const all = hover(P('{ "Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "*", "Condition": { "ForAll$0Values:StringEquals": { "aws:TagKeys": "team" } } }'))!;
    assert.ok(all.contents.includes('the condition is **true**: `ForAllValues` holds vacuously'));
  });

  it('describes a condition key and which of the statement\'s actions support it', () => {
    const key = hover(P('{ "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": "*", "Condition": { "StringLike": { "s3:pre$0fix": "home/*" } } }'))!;
    assert.strictEqual(key.target, '"s3:prefix"');
    assert.ok(key.contents.startsWith('**s3:prefix** · String\n\nFilters access by key name prefix\n\nSingle-valued.'));
    assert.ok(key.contents.includes('**Supported by** 2 s3 actions: ListBucket, ListBucketVersions'));
    assert.ok(key.contents.includes('In this statement: supported by 1 of 2 actions.'));
    const global = hover(P('{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "NotIpAddress": { "aws:Source$0Ip": "203.0.113.0/24" } } }'))!;
    assert.ok(global.contents.startsWith('**aws:SourceIp** · IPAddress · global condition key'));
    assert.ok(global.contents.includes('Available with every action'));
  });

  it('explains a policy variable under the cursor, with its exact range', () => {
    const h = hover(P('{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:user$0name}/*" }'))!;
    assert.strictEqual(h.target, '${aws:username}');
    assert.ok(h.contents.startsWith('**${aws:username}** (policy variable)\n\nThe friendly name of the IAM user'));
    const principal = hover(P('{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:user/${aws:user$0name}" }, "Action": "s3:GetObject", "Resource": "*" }'))!;
    assert.ok(principal.contents.includes('**Not substituted in Principal.**'));
  });

  it('decomposes an ARN and names its resource type', () => {
    const h = hover(P('{ "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:or$0ders" }'))!;
    assert.strictEqual(h.target, '"arn:aws:sqs:us-east-1:111122223333:orders"');
    assert.ok(h.contents.includes('| Partition | `aws` |\n| Service | `sqs` |\n| Region | `us-east-1` |\n| Account | `111122223333` |\n| Resource | `orders` |'));
    assert.ok(h.contents.includes('**Resource type:** sqs queue (`arn:${Partition}:sqs:${Region}:${Account}:${QueueName}`)'));
  });

  it('works in YAML, in a CloudFormation template and in a policy held in a JSON string', () => {
    const yaml = hover('Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Action: sqs:Send$0Message\n    Resource: "*"\n', 'policy.yaml')!;
    assert.strictEqual(yaml.target, 'sqs:SendMessage');
    assert.ok(yaml.contents.startsWith('**sqs:SendMessage** · Write'));
    const template = 'Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: "*"\n            Condition:\n              Bool:\n                aws:Secure$0Transport: true\n';
    const t = hover(template, 'template.yaml')!;
    assert.strictEqual(t.target, 'aws:SecureTransport');
    assert.ok(t.contents.startsWith('**aws:SecureTransport** · Bool · global condition key'));
    const inString = '{\n  "Resources": {\n    "P": {\n      "Type": "AWS::IAM::ManagedPolicy",\n      "Properties": {\n        "PolicyDocument": "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"s3:Put$0Object\\", \\"Resource\\": \\"*\\"}]}"\n      }\n    }\n  }\n}\n';
    const s = hover(inString, 'template.json')!;
    assert.strictEqual(s.target, '\\"s3:PutObject\\"');
    assert.ok(s.contents.startsWith('**s3:PutObject** · Write'));
  });

  it('shows the facts the study notes state: role session duration on AssumeRole, size quotas on Statement', () => {
    const h = hover(P('{ "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:Assume$0Role" }'), 'trust.json')!;
    const fact = h.contents.slice(h.contents.indexOf('\n---\n') + 5);
    assert.ok(fact.startsWith('\n**Role session duration**'));
    assert.ok(fact.includes('*Study notes:* When you assume a role, IAM provides temporary credentials that expire between 15 minutes and 36 hours. _(000_7b4e52f9abffff7d.txt L181)_'));
    assert.ok(fact.includes("*AWS today:* 900 seconds up to the role's `MaxSessionDuration`, which is 1 to 12 hours (default 1 hour)"));
    const s = hover('{\n  "Version": "2012-10-17",\n  "State$0ment": []\n}\n')!;
    assert.ok(s.contents.startsWith('**Statement**'));
    assert.ok(s.contents.includes('**Policy size quotas**\n\nIAM counts characters without whitespace: managed policies 6,144;'));
  });

  it('explains policy elements in YAML too', () => {
    const h = hover('Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Not$0Action: iam:*\n    Resource: "*"\n', 'policy.yaml')!;
    assert.strictEqual(h.target, 'NotAction');
    assert.ok(h.contents.startsWith('**NotAction**'));
  });

  it('without a catalog, element hovers still answer and catalog hovers stay silent', () => {
    assert.strictEqual(hover(P('{ "Effect": "Allow", "Action": "s3:Get$0Object", "Resource": "*" }'), 'policy.json', NO_SERVICES), undefined);
    assert.ok(hover(P('{ "Effect": "Allow", "Act$0ion": "s3:GetObject", "Resource": "*" }'), 'policy.json', NO_SERVICES)!.contents.startsWith('**Action**'));
    assert.ok(hover(P('{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "Bo$0ol": { "aws:SecureTransport": "true" } } }'), 'policy.json', NO_SERVICES)!.contents.startsWith('**Bool** (condition operator)'));
  });
});
