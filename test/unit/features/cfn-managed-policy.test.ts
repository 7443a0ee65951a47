// Hovers on AWS managed policies named in templates, `$0` marking the cursor: the hovered range and
// what the hover says (ARN, path, version, what the policy allows), in YAML and JSON, for ARNs, `!Sub`
// ARNs with `${AWS::Partition}` and SAM `Policies` names; none where the name or the path is wrong.

import * as assert from 'assert';
import { model } from '../../../server/src/core/analyze';
import { getHover } from '../../../server/src/core/features';
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
