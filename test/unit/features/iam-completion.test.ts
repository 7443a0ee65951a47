// Completions in IAM policies, `$0` marking the cursor: labels offered at each place, and the text after
// applying an item (snippet placeholders replaced by their defaults), in JSON, YAML and templates.

import * as assert from 'assert';
import { model } from '../../../server/src/core/analyze';
import { applyEdits, featureContext, getCompletions } from '../../../server/src/core/features';
import type { CompletionItem } from '../../../server/src/core/features';
import type { Catalog } from '../../../server/src/core/iam/catalog';
import { testServices } from '../../helpers/services';

const services = testServices();
const catalog = services.catalog as Catalog;

/** A snippet's text with placeholders at their defaults (the first choice of a choice list). */
function snippetText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length && '$}\\'.includes(s[i + 1])) {
      out += s[++i];
      continue;
    }
    if (c === '$') {
      const m = /^\$(\d+)|^\$\{(\d+):([^}]*)\}|^\$\{(\d+)\|([^|]*)\|\}/.exec(s.slice(i));
      if (m) {
        out += m[3] ?? (m[5] !== undefined ? m[5].split(',')[0] : '');
        i += m[0].length - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

function complete(text: string, uri = 'policy.json') {
  const offset = text.indexOf('$0');
  assert.ok(offset >= 0, 'no $0 cursor');
  const doc = model({ text: text.replace('$0', ''), uri });
  const items = getCompletions(doc, offset, services);
  const replace = featureContext(doc, offset, services).location.replace;
  const labels = items.map((i) => i.label);
  const apply = (label: string): string => {
    const item = items.find((i) => i.label === label) as CompletionItem;
    assert.ok(item, `no completion '${label}' among ${labels.slice(0, 20).join(', ')}`);
    const r = item.replace ?? replace;
    const insert = item.insertText ?? item.label;
    return applyEdits(doc.text, [{ offset: r.offset, length: r.length, newText: item.snippet ? snippetText(insert) : insert }]);
  };
  return { items, labels, apply, item: (label: string) => items.find((i) => i.label === label) };
}

const P = (statement: string) => `{\n  "Version": "2012-10-17",\n  "Statement": [\n    ${statement}\n  ]\n}\n`;

describe('IAM completions', () => {
  it('offers service prefixes, then the service\'s actions with access level and description', () => {
    const services1 = complete(P('{ "Effect": "Allow", "Action": "s3$0", "Resource": "*" }'));
    assert.ok(services1.labels.includes('s3') && services1.labels.includes('lambda'));
    assert.strictEqual(services1.labels.length, catalog.services().length);
    assert.strictEqual(services1.item('s3')!.retrigger, true);
    assert.strictEqual(services1.apply('s3'), P('{ "Effect": "Allow", "Action": "s3:", "Resource": "*" }'));

    const actions = complete(P('{ "Effect": "Allow", "Action": "s3:GetOb$0", "Resource": "*" }'));
    const get = actions.item('s3:GetObject')!;
    assert.strictEqual(get.detail, 'Read');
    assert.strictEqual(get.documentation, catalog.action('s3:GetObject')!.description);
    assert.ok(actions.labels.includes('s3:Get*') && actions.labels.includes('s3:*'));
    assert.strictEqual(actions.item('s3:*')!.detail, `all ${catalog.actionsOfService('s3').length} actions`);
    assert.strictEqual(actions.apply('s3:GetObject'), P('{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }'));
  });

  it('quotes actions where the value is not yet a string (JSON) and leaves YAML bare', () => {
    const bare = complete('{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": $0 }]\n}\n');
    assert.strictEqual(bare.apply('s3'), '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:" }]\n}\n');
    const yaml = complete('Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Action:\n      - sqs:Send$0\n    Resource: "*"\n', 'policy.yaml');
    assert.strictEqual(yaml.apply('sqs:SendMessage'), 'Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Action:\n      - sqs:SendMessage\n    Resource: "*"\n');
  });

  it('offers the ARN templates of the statement\'s actions for Resource, with placeholders', () => {
    const c = complete(P('{ "Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": "$0" }'));
    assert.deepStrictEqual(c.labels, ['*', 'arn:${Partition}:sqs:${Region}:${Account}:${QueueName}']);
    assert.strictEqual(c.item('arn:${Partition}:sqs:${Region}:${Account}:${QueueName}')!.insertText, 'arn:${1:aws}:sqs:${2:us-east-1}:${3:111122223333}:${4:QueueName}');
    assert.strictEqual(c.apply('arn:${Partition}:sqs:${Region}:${Account}:${QueueName}'), P('{ "Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": "arn:aws:sqs:us-east-1:111122223333:QueueName" }'));
    const yaml = complete('Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: $0\n', 'template.yaml');
    assert.ok(yaml.labels.includes('arn:${Partition}:s3:::${BucketName}/${ObjectName}'));
    assert.ok(yaml.apply('arn:${Partition}:s3:::${BucketName}/${ObjectName}').endsWith('            Resource: arn:aws:s3:::BucketName/ObjectName\n'));
  });

  it('offers condition operators, then the keys of the statement\'s actions before the global keys', () => {
    const ops = complete(P('{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "$0" } }'));
    assert.strictEqual(ops.labels.length, 27 + 26 + 2 * 26);
    assert.ok(['StringEquals', 'StringLikeIfExists', 'ForAnyValue:StringLike', 'Null'].every((l) => ops.labels.includes(l)));
    assert.ok(!ops.labels.includes('NullIfExists') && !ops.labels.includes('ForAllValues:Null'));
    const keys = complete(P('{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "StringLike": { "$0" } } }'));
    const sorted = [...keys.items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((i) => i.label);
    assert.ok(sorted.indexOf('s3:prefix') < sorted.indexOf('aws:SourceIp'));
    assert.ok(keys.labels.includes('aws:PrincipalOrgID'));
    assert.strictEqual(keys.item('aws:ResourceTag/${TagKey}')!.insertText, 'aws:ResourceTag/${1:TagKey}');
    const unquoted = complete(P('{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "StringLike": { $0 } } }'));
    assert.strictEqual(unquoted.apply('s3:prefix'), P('{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "StringLike": { "s3:prefix": "" } } }'));
  });

  it('offers the values of typed keys', () => {
    const bool = complete(P('{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "Bool": { "aws:SecureTransport": "$0" } } }'));
    assert.deepStrictEqual(bool.labels, ['true', 'false']);
    const type = complete(P('{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "StringEquals": { "aws:PrincipalType": $0 } } }'));
    assert.deepStrictEqual(type.labels, ['Account', 'User', 'FederatedUser', 'AssumedRole', 'Anonymous']);
    assert.strictEqual(type.apply('AssumedRole'), P('{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "StringEquals": { "aws:PrincipalType": "AssumedRole" } } }'));
    const regions = complete('Version: "2012-10-17"\nStatement:\n  - Effect: Deny\n    Action: "*"\n    Resource: "*"\n    Condition:\n      StringNotEquals:\n        aws:RequestedRegion: eu-$0\n', 'scp.yaml');
    assert.ok(regions.labels.includes('eu-west-1'));
  });

  it('offers principal forms, principal keys and service principals', () => {
    const forms = complete(P('{ "Effect": "Allow", "Principal": $0, "Action": "sts:AssumeRole" }'), 'trust.json');
    assert.deepStrictEqual(forms.labels, ['*', '{"AWS": ...}', '{"Service": ...}', '{"Federated": ...}', '{"CanonicalUser": ...}']);
    assert.strictEqual(forms.apply('{"Service": ...}'), P('{ "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }'));
    const keys = complete(P('{ "Effect": "Allow", "Principal": { "$0" }, "Action": "sts:AssumeRole" }'), 'trust.json');
    assert.deepStrictEqual(keys.labels, ['AWS', 'Service', 'Federated', 'CanonicalUser']);
    const svc = complete(P('{ "Effect": "Allow", "Principal": { "Service": "lam$0" }, "Action": "sts:AssumeRole" }'), 'trust.json');
    assert.ok(svc.labels.includes('lambda.amazonaws.com') && svc.labels.includes('ecs-tasks.amazonaws.com'));
    const aws = complete(P('{ "Effect": "Allow", "Principal": { "AWS": "$0" }, "Action": "sts:AssumeRole" }'), 'trust.json');
    assert.strictEqual(aws.apply('arn:aws:iam::111122223333:role/RoleName'), P('{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/RoleName" }, "Action": "sts:AssumeRole" }'));
  });

  it('offers policy variables inside Resource and Condition strings', () => {
    const c = complete(P('{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:u$0" }'));
    assert.ok(c.labels.includes('${aws:username}') && c.labels.includes('${aws:PrincipalTag/${TagKey}}'));
    assert.strictEqual(c.apply('${aws:username}'), P('{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}" }'));
    assert.strictEqual(c.apply('${aws:PrincipalTag/${TagKey}}'), P('{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:PrincipalTag/TagKey}" }'));
    const closed = complete(P('{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/${$0}" }'));
    assert.strictEqual(closed.apply('${aws:userid}'), P('{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/${aws:userid}" }'));
  });

  it('inserts statement elements with value snippets in JSON and YAML', () => {
    const json = complete(P('{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", $0 }'));
    assert.strictEqual(json.apply('Condition'), P('{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringEquals": { "": "" } } }'));
    const yaml = complete('Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Res$0\n', 'policy.yaml');
    assert.strictEqual(yaml.item('Resource')!.retrigger, true);
    assert.strictEqual(yaml.apply('Resource'), 'Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: \n');
  });

  it('works inside a policy embedded as a JSON string in a template', () => {
    const text = '{\n  "Resources": {\n    "P": {\n      "Type": "AWS::IAM::ManagedPolicy",\n      "Properties": {\n        "PolicyDocument": "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"sqs:Rec$0\\", \\"Resource\\": \\"*\\"}]}"\n      }\n    }\n  }\n}\n';
    const c = complete(text, 'template.json');
    assert.ok(c.labels.includes('sqs:ReceiveMessage'));
    assert.ok(c.apply('sqs:ReceiveMessage').includes('\\"Action\\": \\"sqs:ReceiveMessage\\"'));
  });
});
