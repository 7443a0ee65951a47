// Hovers and completions on SQS, SNS, Lambda, event source mapping and S3 settings, `$0` marking the
// cursor: the hovered range and what the hover says (the notes' value and AWS's today, with since when),
// reference hovers on `!GetAtt`/`!Ref`/`${X}`, and completion labels and inserted text, in JSON and YAML
// templates and in standalone attribute files.

import * as assert from 'assert';
import { model } from '../../../server/src/core/analyze';
import { applyEdits, featureContext, getCompletions, getHover } from '../../../server/src/core/features';
import type { CompletionItem } from '../../../server/src/core/features';

function at(text: string, uri: string) {
  const offset = text.indexOf('$0');
  assert.ok(offset >= 0, 'no $0 cursor');
  return { doc: model({ text: text.replace('$0', ''), uri }), offset };
}

function hover(text: string, uri: string): { range: string; contents: string } | undefined {
  const { doc, offset } = at(text, uri);
  const h = getHover(doc, offset);
  return h === undefined ? undefined : { range: doc.text.slice(h.offset, h.offset + h.length), contents: h.contents };
}

function complete(text: string, uri: string) {
  const { doc, offset } = at(text, uri);
  const items = getCompletions(doc, offset);
  const replace = featureContext(doc, offset).location.replace;
  const labels = items.map((i) => i.label);
  const apply = (label: string): string => {
    const item = items.find((i) => i.label === label) as CompletionItem;
    assert.ok(item, `no completion '${label}' among ${labels.join(', ')}`);
    const r = item.replace ?? replace;
    return applyEdits(doc.text, [{ offset: r.offset, length: r.length, newText: item.insertText ?? item.label }]);
  };
  return { labels, apply, item: (l: string) => items.find((i) => i.label === l) };
}

const SAM = `Transform: AWS::Serverless-2016-10-31
Resources:
  Jobs:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 120
      MaximumMessageSize: 262144
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Timeout: 60
      Events:
        JobQueue:
          Type: SQS
          Properties:
            BatchSize: 10
            Queue: !GetAtt Jobs.Arn
`;

describe('SQS/SNS/Lambda/S3 hovers', () => {
  it('shows the notes\' value and AWS\'s today with since when (SQS MaximumMessageSize in a template)', () => {
    const h = hover(SAM.replace('MaximumMessageSize', 'Maximum$0MessageSize'), 'template.yaml');
    assert.ok(h);
    assert.strictEqual(h.range, 'MaximumMessageSize');
    assert.match(h.contents, /\*Study notes:\* Maximum message size 256 KB\./);
    assert.match(h.contents, /\*AWS today \(since 2025-08-04\):\* 1,024 to 1,048,576 bytes/);
  });

  it('shows the same fact in a standalone attribute file, and the duration of a seconds value', () => {
    const key = hover('{\n  "VisibilityTimeout": "60",\n  "MaximumMess$0ageSize": "1048576"\n}\n', 'queue-attributes.json');
    assert.ok(key);
    assert.strictEqual(key.range, '"MaximumMessageSize"');
    assert.match(key.contents, /since 2025-08-04/);
    const value = hover(SAM.replace('VisibilityTimeout: 120', 'VisibilityTimeout: 1$020'), 'template.yaml');
    assert.ok(value);
    assert.strictEqual(value.range, '120');
    assert.match(value.contents, /^`VisibilityTimeout`: 120 s \(2 minutes\)/);
    assert.match(value.contents, /Default 30 s; 0–43,200 s \(12 hours\)/);
  });

  it('covers Lambda, SAM event, event source mapping, SNS subscription and S3 properties', () => {
    const cases: [string, string, RegExp][] = [
      [SAM.replace('Timeout: 60', 'Time$0out: 60'), 'Timeout', /Default 3 s, 1–900 s/],
      [SAM.replace('BatchSize: 10', 'Batch$0Size: 10'), 'BatchSize', /above 10 needs `MaximumBatchingWindowInSeconds`/],
      ['Resources:\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      Starting$0Position: LATEST\n', 'StartingPosition', /not allowed for SQS/],
      ['Resources:\n  S:\n    Type: AWS::SNS::Subscription\n    Properties:\n      Proto$0col: sqs\n', 'Protocol', /FIFO topics accept `sqs` only/],
      ['Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Bucket$0Name: reports\n', 'BucketName', /AWS today \(since about 2026-03\)/],
      ['Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Ephemeral$0Storage:\n        Size: 1024\n', 'EphemeralStorage', /512–10,240 MB/],
      ['Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      Fifo$0Topic: true\n', 'FifoTopic', /AWS today \(since 2023-09\):\* FIFO topics deliver to SQS FIFO \*\*and SQS standard\*\* queues/],
      ['{\n  "deadLetterTargetArn": "arn:aws:sqs:us-east-1:123456789012:dlq",\n  "maxReceive$0Count": 5\n}\n', '"maxReceiveCount"', /"at least 5"/],
      [SAM.replace('Type: AWS::Serverless::Function', 'Type: AWS::Serverless::Func$0tion'), 'AWS::Serverless::Function', /\*\*asynchronous 1 MB\*\* \(was 256 KB\)/],
    ];
    for (const [text, range, re] of cases) {
      const h = hover(text, text.startsWith('{') ? 'redrive.json' : 'template.yaml');
      assert.ok(h, `no hover for ${range}`);
      assert.strictEqual(h.range, range);
      assert.match(h.contents, re);
    }
  });

  it('shows the resolved resource on !GetAtt / Ref / ${X} targets', () => {
    const getAtt = hover(SAM.replace('!GetAtt Jobs.Arn', '!GetAtt Jo$0bs.Arn'), 'template.yaml');
    assert.ok(getAtt);
    assert.strictEqual(getAtt.range, 'Jobs.Arn');
    assert.match(getAtt.contents, /^\*\*Jobs\*\*: `AWS::SQS::Queue`/);
    assert.match(getAtt.contents, /Standard queue; visibility timeout 120 s \(2 minutes\)/);
    assert.match(getAtt.contents, /`Jobs.Arn` returns the queue ARN\./);
    const json = '{"Parameters":{"Name":{"Type":"String","Default":"orders"}},"Resources":{"Q":{"Type":"AWS::SQS::Queue","Properties":{"QueueName":{"Ref":"Na$0me"}}},"S":{"Type":"AWS::SNS::Subscription","Properties":{"Endpoint":{"Fn::Sub":"${Q.QueueUrl}"}}}}}';
    const param = hover(json, 'template.json');
    assert.ok(param);
    assert.strictEqual(param.range, '"Name"');
    assert.match(param.contents, /parameter of type `String`[\s\S]*Default: `orders`/);
    const sub = hover(json.replace('Na$0me', 'Name').replace('${Q.QueueUrl}', '${Q$0.QueueUrl}'), 'template.json');
    assert.ok(sub);
    assert.strictEqual(sub.range, '${Q.QueueUrl}');
    assert.match(sub.contents, /`Q.QueueUrl` returns the queue URL/);
  });
});

describe('SQS/SNS/Lambda/S3 completions', () => {
  it('offers attribute names in a standalone attribute file (not those already written)', () => {
    const c = complete('{\n  "VisibilityTimeout": "60",\n  "$0"\n}\n', 'queue-attributes.json');
    assert.ok(c.labels.includes('MaximumMessageSize') && c.labels.includes('RedrivePolicy') && c.labels.includes('Policy'));
    assert.ok(!c.labels.includes('VisibilityTimeout'));
    assert.strictEqual(c.apply('DelaySeconds'), '{\n  "VisibilityTimeout": "60",\n  "DelaySeconds"\n}\n');
  });

  it('offers string values in attribute files and booleans in templates', () => {
    const file = complete('{\n  "VisibilityTimeout": "60",\n  "FifoQueue": $0\n}\n', 'queue-attributes.json');
    assert.deepStrictEqual(file.labels, ['true', 'false']);
    assert.strictEqual(file.apply('true'), '{\n  "VisibilityTimeout": "60",\n  "FifoQueue": "true"\n}\n');
    const yaml = complete(SAM.replace('MaximumMessageSize: 262144', 'FifoQueue: $0'), 'template.yaml');
    assert.strictEqual(yaml.apply('true'), SAM.replace('MaximumMessageSize: 262144', 'FifoQueue: true'));
  });

  it('offers property names of SAM events, event source mappings and Lambda functions', () => {
    const ev = complete(SAM.replace('            Queue: !GetAtt Jobs.Arn\n', '            Queue: !GetAtt Jobs.Arn\n            Max$0\n'), 'template.yaml');
    assert.ok(ev.labels.includes('MaximumBatchingWindowInSeconds') && ev.labels.includes('ScalingConfig'));
    assert.ok(!ev.labels.includes('BatchSize'), 'BatchSize is already written');
    const esm = complete('Resources:\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      Sta$0\n', 'template.yaml');
    assert.strictEqual(esm.apply('StartingPosition'), 'Resources:\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      StartingPosition: \n');
    const fn = complete('{"Resources":{"F":{"Type":"AWS::Lambda::Function","Properties":{"Timeout":10, $0}}}}', 'template.json');
    assert.ok(fn.labels.includes('MemorySize') && fn.labels.includes('EphemeralStorage') && !fn.labels.includes('Timeout'));
  });

  it('offers enum values: SNS protocols, starting positions, Lambda runtimes', () => {
    assert.ok(complete('Resources:\n  S:\n    Type: AWS::SNS::Subscription\n    Properties:\n      Protocol: $0\n', 'template.yaml').labels.includes('sqs'));
    assert.deepStrictEqual(complete('Resources:\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      StartingPosition: $0\n', 'template.yaml').labels, ['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP']);
    const rt = complete('{"Resources":{"F":{"Type":"AWS::Lambda::Function","Properties":{"Runtime": $0}}}}', 'template.json');
    assert.ok(rt.labels.includes('python3.13') && !rt.labels.includes('python3.8'));
  });

  it('offers !GetAtt/!Ref targets of the right type', () => {
    const text = `Resources:
  Jobs:
    Type: AWS::SQS::Queue
  Alerts:
    Type: AWS::SNS::Topic
  Dlq:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt $0
`;
    const dlq = complete(text, 'template.yaml');
    assert.deepStrictEqual(dlq.labels, ['Jobs.Arn', 'Dlq.Arn']);
    assert.strictEqual(dlq.apply('Jobs.Arn'), text.replace('!GetAtt $0', '!GetAtt Jobs.Arn'));
    const topic = complete('{"Resources":{"Q":{"Type":"AWS::SQS::Queue"},"T":{"Type":"AWS::SNS::Topic"},"S":{"Type":"AWS::SNS::Subscription","Properties":{"TopicArn":{"Ref":"$0"}}}}}', 'template.json');
    assert.deepStrictEqual(topic.labels, ['T']);
    const esm = complete('{"Resources":{"Q":{"Type":"AWS::SQS::Queue"},"F":{"Type":"AWS::Lambda::Function"},"M":{"Type":"AWS::Lambda::EventSourceMapping","Properties":{"FunctionName":{"Ref":$0}}}}}', 'template.json');
    assert.deepStrictEqual(esm.labels, ['F']);
    assert.strictEqual(esm.item('F')!.insertText, '"F"');
  });

  it('offers the logical ID, then the attribute, in the list form of Fn::GetAtt', () => {
    const json = (getAtt: string) => `{"Resources":{"Jobs":{"Type":"AWS::SQS::Queue"},"Alerts":{"Type":"AWS::SNS::Topic"},"Dlq":{"Type":"AWS::SQS::Queue","Properties":{"RedrivePolicy":{"deadLetterTargetArn":{"Fn::GetAtt":${getAtt}}}}}}}`;
    // The first item is a logical ID (not `Jobs.Arn`, which CloudFormation would reject there); queues first.
    const first = complete(json('[$0]'), 'template.json');
    assert.deepStrictEqual(first.labels, ['Jobs', 'Alerts', 'Dlq']);
    assert.deepStrictEqual(['Jobs', 'Alerts', 'Dlq'].map((l) => first.item(l)!.sortText), ['0Jobs', '1Alerts', '0Dlq']);
    assert.strictEqual(first.apply('Jobs'), json('["Jobs"]'));
    const inString = complete(json('["Jo$0bs", "Arn"]'), 'template.json');
    assert.strictEqual(inString.item('Jobs')!.insertText, 'Jobs');
    // The second item: the attributes of the resource the first one names, the one that fits first.
    const second = complete(json('["Jobs", $0]'), 'template.json');
    assert.deepStrictEqual(second.labels, ['Arn', 'QueueName', 'QueueUrl']);
    assert.deepStrictEqual(second.labels.map((l) => second.item(l)!.sortText), ['0Arn', '1QueueName', '1QueueUrl']);
    assert.strictEqual(second.apply('Arn'), json('["Jobs", "Arn"]'));
    assert.deepStrictEqual(complete(json('["Alerts", "$0"]'), 'template.json').labels, ['TopicArn', 'TopicName']);
    assert.deepStrictEqual(complete(json('["Nowhere", $0]'), 'template.json').labels, []);
    // YAML, the list under the full-form key.
    const yaml = `Resources:
  Jobs:
    Type: AWS::SQS::Queue
  Dlq:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy:
        deadLetterTargetArn:
          Fn::GetAtt:
            - Jobs
            - $0
`;
    const y = complete(yaml, 'template.yaml');
    assert.deepStrictEqual(y.labels, ['Arn', 'QueueName', 'QueueUrl']);
    assert.strictEqual(y.apply('Arn'), yaml.replace('$0', 'Arn'));
  });
});
