// ARN110 TYPED_ARN_PROPERTY_FORMAT: template properties that take the ARN of a specific resource type
// (an IAM role, an SNS topic, a Lambda function, an SQS queue) get an ARN of that type: a literal of the
// right shape, `!GetAtt X.Arn` (or `!Ref X` where `Ref` is the ARN) of a resource of that type.

import { arnText, splitArnFields } from '../../iam/arn';
import { getAttParts } from '../../cfn/resolve';
import { intrinsicArg, intrinsicName } from '../../model/template';
import { ValueNode, asList, getValue } from '../../parse/tree';
import { defineRule } from '../types';

type ArnKind = 'role' | 'topic' | 'function' | 'queue';

interface Spec {
  types: readonly string[];
  /** Property path below Properties; `*` walks array items. */
  path: readonly string[];
  kind: ArnKind;
}

const SPECS: readonly Spec[] = [
  { types: ['AWS::Lambda::Function'], path: ['Role'], kind: 'role' },
  { types: ['AWS::StepFunctions::StateMachine'], path: ['RoleArn'], kind: 'role' },
  { types: ['AWS::Events::Rule'], path: ['Targets', '*', 'RoleArn'], kind: 'role' },
  { types: ['AWS::Scheduler::Schedule'], path: ['Target', 'RoleArn'], kind: 'role' },
  { types: ['AWS::Pipes::Pipe'], path: ['RoleArn'], kind: 'role' },
  { types: ['AWS::SNS::Subscription'], path: ['TopicArn'], kind: 'topic' },
  { types: ['AWS::SNS::TopicPolicy'], path: ['Topics', '*'], kind: 'topic' },
  { types: ['AWS::S3::Bucket'], path: ['NotificationConfiguration', 'TopicConfigurations', '*', 'Topic'], kind: 'topic' },
  { types: ['AWS::S3::Bucket'], path: ['NotificationConfiguration', 'LambdaConfigurations', '*', 'Function'], kind: 'function' },
  { types: ['AWS::S3::Bucket'], path: ['NotificationConfiguration', 'QueueConfigurations', '*', 'Queue'], kind: 'queue' },
];

/** The service and resource prefix of each kind, how `Ref` and `Fn::GetAtt` of a resource yield it, and the literal's shape. */
const KINDS: Readonly<Record<ArnKind, { label: string; service: string; resource: RegExp; shape: RegExp; types: readonly string[]; refIsArn: boolean }>> = {
  role: { label: 'an IAM role', service: 'iam', resource: /^role\//, shape: /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\/-]+$/, types: ['AWS::IAM::Role'], refIsArn: false },
  topic: { label: 'an SNS topic', service: 'sns', resource: /^[\w-]+(\.fifo)?$/, shape: /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[\w-]{1,256}(\.fifo)?$/, types: ['AWS::SNS::Topic'], refIsArn: true },
  function: { label: 'a Lambda function', service: 'lambda', resource: /^function:/, shape: /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w$-]+)?$/, types: ['AWS::Lambda::Function', 'AWS::Serverless::Function', 'AWS::Lambda::Alias', 'AWS::Lambda::Version'], refIsArn: false },
  queue: { label: 'an SQS queue', service: 'sqs', resource: /^[\w-]{1,80}(\.fifo)?$/, shape: /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[\w-]{1,80}(\.fifo)?$/, types: ['AWS::SQS::Queue'], refIsArn: false },
};

function collect(node: ValueNode | undefined, path: readonly string[], i: number, out: ValueNode[]): void {
  if (node === undefined) return;
  if (i === path.length) {
    out.push(node);
    return;
  }
  if (path[i] === '*') {
    if (intrinsicName(node) === undefined) for (const item of asList(node)) collect(item, path, i + 1, out);
    return;
  }
  collect(getValue(node, path[i]), path, i + 1, out);
}

export default defineRule({
  id: 'ARN110',
  name: 'valid-typed-arn-property',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Template properties that take an IAM role, SNS topic, Lambda function or SQS queue ARN get an ARN of that type.',
    why: 'A Lambda function\'s `Role`, a state machine\'s `RoleArn`, an S3 notification\'s `Topic`, `Function` or `Queue` must be ARNs of that resource type. `!Ref` of a role, function or queue returns its name or URL, not its ARN, and a role name or an ARN of another type is rejected at deployment (or, for notifications, when S3 validates the destination). cfn-lint reports these as E1156, E1158, E1160 and E3511.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: lambda.amazonaws.com }\n            Action: sts:AssumeRole\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: app.handler\n      Role: !Ref Role\n      Code: { ZipFile: "def handler(e, c): return e" }\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: lambda.amazonaws.com }\n            Action: sts:AssumeRole\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: app.handler\n      Role: !GetAtt Role.Arn\n      Code: { ZipFile: "def handler(e, c): return e" }\n' }],
    fixSafety: 'Replacing `!Ref X` by `!GetAtt X.Arn` is safe: the template as written is rejected.',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html#cfn-lambda-function-role', 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html'],
  },
  messages: {
    refNotArn: "{{property}} takes {{label}} ARN, but Ref of {{resource}} returns its name or URL: use !GetAtt {{resource}}.Arn.",
    wrongResource: '{{property}} takes {{label}} ARN, but {{resource}} is {{type}}.',
    wrongArn: "{{property}} takes {{label}} ARN; '{{value}}' is not one.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const r of t.resources.values()) {
      for (const spec of SPECS) {
        if (!spec.types.includes(r.type) || r.properties === undefined) continue;
        const nodes: ValueNode[] = [];
        collect(r.properties, spec.path, 0, nodes);
        const kind = KINDS[spec.kind];
        const property = spec.path.filter((p) => p !== '*').join('.');
        for (const n of nodes) {
          const fn = intrinsicName(n);
          if (fn === 'Ref' || fn === 'Fn::GetAtt') {
            const arg = intrinsicArg(n);
            const name = fn === 'Ref' ? (arg?.type === 'string' ? arg.value : undefined) : getAttParts(arg)?.resource;
            const target = name !== undefined ? t.resources.get(name) : undefined;
            if (target === undefined || target.type === '' || target.type.startsWith('Custom::')) continue;
            const attribute = fn === 'Ref' ? 'Ref' : getAttParts(arg)?.attribute;
            if (!kind.types.includes(target.type)) {
              ctx.report({ node: n, messageId: 'wrongResource', data: { property, label: kind.label, resource: target.name, type: target.type } });
            } else if (attribute === 'Ref' && !kind.refIsArn) {
              const edit = n.shortTag !== undefined ? { offset: n.offset, length: n.length, newText: `!GetAtt ${target.name}.Arn` } : ctx.doc.format === 'json' ? { offset: n.offset, length: n.length, newText: `{ "Fn::GetAtt": ["${target.name}", "Arn"] }` } : undefined;
              ctx.report({ node: n, messageId: 'refNotArn', data: { property, label: kind.label, resource: target.name }, fixes: edit ? [{ title: `Use !GetAtt ${target.name}.Arn`, safety: 'safe', preferred: true, edits: [edit] }] : undefined });
            }
            continue;
          }
          const text = arnText(n);
          if (text === undefined) continue;
          const value = text.text;
          if (value.includes('${')) {
            // A template value: judge the parts that are written out (service and resource prefix).
            const f = splitArnFields(value);
            if (f.length < 6 || f[0].text !== 'arn' || f[2].text.includes('${') || f[5].text.startsWith('${')) continue;
            if (f[2].text === kind.service && (spec.kind === 'topic' || spec.kind === 'queue' || kind.resource.test(f[5].text))) continue;
          } else if (kind.shape.test(value)) continue;
          ctx.report({ node: n, messageId: 'wrongArn', data: { property, label: kind.label, value } });
        }
      }
    }
  },
});
