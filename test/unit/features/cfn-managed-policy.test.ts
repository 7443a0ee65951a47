// Hovers on AWS managed policies named in templates, `$0` marking the cursor: the hovered range and
// what the hover says (ARN, path, version, what the policy allows), in YAML and JSON, for ARNs, `!Sub`
// ARNs with `${AWS::Partition}` and SAM `Policies` names; none where the name or the path is wrong.
// Completion of their ARNs (SAM: names): which are offered, and the text each inserts.

import * as assert from 'assert';
import { model } from '../../../server/src/core/analyze';
import { applyEdits, featureContext, getCompletions, getHover } from '../../../server/src/core/features';
import { testServices } from '../../helpers/services';

function hover(text: string, uri: string): { range: string; contents: string } | undefined {
  const offset = text.indexOf('$0');
  assert.ok(offset >= 0, 'no $0 cursor');
  const doc = model({ text: text.replace('$0', ''), uri });
  const h = getHover(doc, offset, testServices());
  return h === undefined ? undefined : { range: doc.text.slice(h.offset, h.offset + h.length), contents: h.contents };
}

const ROLE = (arn: string): string => `Resources:
  Worker:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - ${arn}
`;

describe('AWS managed policy hovers', () => {
  it('shows the path, version and what the policy allows on a ManagedPolicyArns entry', () => {
    const h = hover(ROLE('arn:aws:iam::aws:policy/service-role/AWSLambda$0BasicExecutionRole'), 'file:///t/template.yaml');
    assert.deepStrictEqual(h, {
      range: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      contents: [
        '**AWS managed policy `AWSLambdaBasicExecutionRole`**',
        '',
        '`arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole` (path `/service-role/`, default version v1, updated 2015-04-09)',
        '',
        'It allows logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents.',
      ].join('\n'),
    });
  });

  it('reads ${AWS::Partition} in a !Sub ARN, counts the action entries it does not list, and says when only service-linked roles can have it', () => {
    const h = hover(ROLE('!Sub arn:${AWS::Partition}:iam::aws:policy/aws-service-role/AWSSupport$0ServiceRolePolicy'), 'file:///t/template.yaml');
    assert.ok(h);
    assert.strictEqual(h.range, 'arn:${AWS::Partition}:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy');
    assert.match(h.contents, /^\*\*AWS managed policy `AWSSupportServiceRolePolicy`\*\*\n\n`arn:aws:iam::aws:policy\/aws-service-role\/AWSSupportServiceRolePolicy` \(path `\/aws-service-role\/`, default version v\d+, updated \d{4}-\d\d-\d\d\)\n\nIt allows .* and \d+ more action entries\.\n\nFor service-linked roles only: IAM does not attach it to roles, users or groups that you create\.$/);
  });

  it('answers on a SAM Policies name and in a JSON template', () => {
    const sam = hover('Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Policies:\n        - AWSLambda$0Execute\n', 'file:///t/template.yaml');
    assert.strictEqual(sam?.range, 'AWSLambdaExecute');
    assert.match(sam.contents, /^\*\*AWS managed policy `AWSLambdaExecute`\*\*\n\n`arn:aws:iam::aws:policy\/AWSLambdaExecute` \(path `\/`/);
    const json = hover('{"Resources": {"G": {"Type": "AWS::IAM::Group", "Properties": {"ManagedPolicyArns": ["arn:aws:iam::aws:policy/Read$0OnlyAccess"]}}}}', 'file:///t/template.json');
    assert.strictEqual(json?.range, '"arn:aws:iam::aws:policy/ReadOnlyAccess"');
    assert.match(json.contents, /^\*\*AWS managed policy `ReadOnlyAccess`\*\*/);
  });

  it('gives no hover where the path or the name is wrong (CFN120 reports those), nor on a customer managed policy', () => {
    assert.strictEqual(hover(ROLE('arn:aws:iam::aws:policy/AWSLambda$0BasicExecutionRole'), 'file:///t/template.yaml'), undefined);
    assert.strictEqual(hover(ROLE('arn:aws:iam::aws:policy/NoSuch$0Policy'), 'file:///t/template.yaml'), undefined);
    assert.strictEqual(hover(ROLE('arn:aws:iam::123456789012:policy/Read$0OnlyAccess'), 'file:///t/template.yaml'), undefined);
  });
});

function complete(text: string, uri: string): { labels: string[]; documented: number; apply: (label: string) => string } {
  const offset = text.indexOf('$0');
  const doc = model({ text: text.replace('$0', ''), uri });
  const services = testServices();
  const items = getCompletions(doc, offset, services).filter((i) => i.detail?.startsWith('AWS managed policy'));
  const replace = featureContext(doc, offset, services).location.replace;
  return {
    labels: items.map((i) => i.label),
    documented: items.filter((i) => i.documentation?.startsWith(`**AWS managed policy \`${i.label}\`**`)).length,
    apply: (label) => {
      const item = items.find((i) => i.label === label);
      assert.ok(item, `no completion '${label}'`);
      return applyEdits(doc.text, [{ offset: (item.replace ?? replace).offset, length: (item.replace ?? replace).length, newText: item.insertText ?? item.label }]);
    },
  };
}

describe('AWS managed policy completions', () => {
  it('offers the policies whose name holds what is typed, and inserts the ARN with its path', () => {
    const c = complete(ROLE('arn:aws:iam::aws:policy/AWSLambdaBasicExe$0'), 'file:///t/template.yaml');
    assert.deepStrictEqual(c.labels, ['AWSLambdaBasicExecutionRole']);
    assert.strictEqual(c.documented, 1);
    assert.strictEqual(c.apply('AWSLambdaBasicExecutionRole'), ROLE('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole').replace('$0', ''));
  });

  it('offers every attachable policy on an empty item, never one for service-linked roles', () => {
    const c = complete(ROLE('$0'), 'file:///t/template.yaml');
    assert.ok(c.labels.length > 1000, `${c.labels.length} policies`);
    assert.ok(c.labels.includes('ReadOnlyAccess'));
    assert.ok(!c.labels.includes('AWSSupportServiceRolePolicy'));
    // A list that long goes without the summaries (they would make the answer 0.8 MB).
    assert.strictEqual(c.documented, 0);
  });

  it('quotes in JSON, inserts names in SAM Policies, and answers only on managed policy properties', () => {
    const json = complete('{"Resources": {"G": {"Type": "AWS::IAM::Group", "Properties": {"ManagedPolicyArns": [$0]}}}}', 'file:///t/template.json');
    assert.strictEqual(json.apply('ViewOnlyAccess'), '{"Resources": {"G": {"Type": "AWS::IAM::Group", "Properties": {"ManagedPolicyArns": ["arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"]}}}}');
    const sam = complete('Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Policies:\n        - AmazonS3ReadOnly$0\n', 'file:///t/template.yaml');
    assert.deepStrictEqual(sam.labels, ['AmazonS3ReadOnlyAccess']);
    assert.strictEqual(sam.apply('AmazonS3ReadOnlyAccess'), 'Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Policies:\n        - AmazonS3ReadOnlyAccess\n');
    const boundary = complete('Resources:\n  U:\n    Type: AWS::IAM::User\n    Properties:\n      PermissionsBoundary: PowerUserAcc$0\n', 'file:///t/template.yaml');
    assert.deepStrictEqual(boundary.labels, ['PowerUserAccess']);
    assert.deepStrictEqual(complete('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: ReadOnly$0\n', 'file:///t/template.yaml').labels, []);
  });
});
