// Resource/NotResource entries of a template policy that `Ref` a resource whose `Ref` is not an ARN
// (ARN101, ARN111). Of the template they read only the referenced resource's type (`ctx.resourceTypeOf`).

import { policyView } from '../../iam/policy';
import { statementModels } from '../../iam/grants';
import { intrinsicArg, intrinsicName } from '../../model/template';
import type { ValueNode } from '../../parse/tree';
import type { RuleContext, TextEdit } from '../types';

/**
 * What `Ref` returns for resource types whose `Ref` is not their ARN (a name, a URL, an ID). A policy
 * `Resource` written as `!Ref Bucket` then matches nothing; `!GetAtt Bucket.Arn` is meant.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html
 */
const REF_RETURNS: Readonly<Record<string, string>> = {
  'AWS::S3::Bucket': 'bucket name',
  'AWS::SQS::Queue': 'queue URL',
  'AWS::Lambda::Function': 'function name',
  'AWS::Serverless::Function': 'function name',
  'AWS::DynamoDB::Table': 'table name',
  'AWS::Serverless::SimpleTable': 'table name',
  'AWS::IAM::Role': 'role name',
  'AWS::IAM::User': 'user name',
  'AWS::IAM::Group': 'group name',
  'AWS::Kinesis::Stream': 'stream name',
  'AWS::KMS::Key': 'key ID',
  'AWS::Logs::LogGroup': 'log group name',
  'AWS::ECR::Repository': 'repository name',
  'AWS::Events::EventBus': 'event bus name',
};

export interface RefNotArn {
  node: ValueNode;
  resource: string;
  type: string;
  returns: string;
}

/** Resource/NotResource entries of a template policy that `Ref` a resource whose `Ref` is not an ARN. */
export function refsNotArn(ctx: RuleContext): RefNotArn[] {
  const policy = policyView(ctx.unit.root);
  if (policy === undefined) return [];
  const out: RefNotArn[] = [];
  for (const s of statementModels(policy)) {
    for (const item of s.resources?.items ?? []) {
      if (intrinsicName(item.node) !== 'Ref') continue;
      const arg = intrinsicArg(item.node);
      if (arg?.type !== 'string') continue;
      const type = ctx.resourceTypeOf(arg.value);
      const returns = type !== undefined ? REF_RETURNS[type] : undefined;
      if (type !== undefined && returns !== undefined) out.push({ node: item.node, resource: arg.value, type, returns });
    }
  }
  return out;
}

/** The edit that turns `!Ref X` / `{"Ref": "X"}` into `!GetAtt X.Arn` / `{"Fn::GetAtt": ["X", "Arn"]}` (undefined for block-style YAML). */
export function getAttArnEdit(ctx: RuleContext, r: RefNotArn): TextEdit | undefined {
  const n = r.node;
  if (n.shortTag !== undefined) return { offset: n.offset, length: n.length, newText: `!GetAtt ${r.resource}.Arn` };
  if (ctx.doc.text.charCodeAt(n.offset) !== 123 /* { */) return undefined;
  if (ctx.unit.embedding === 'string') return undefined;
  return { offset: n.offset, length: n.length, newText: ctx.doc.format === 'yaml' ? `{ "Fn::GetAtt": [${r.resource}, Arn] }` : `{ "Fn::GetAtt": ["${r.resource}", "Arn"] }` };
}

/** Reports each `Ref` that is not an ARN (messageId `refNotArn`) with the `!GetAtt X.Arn` fix: ARN101, ARN111. */
export function reportRefsNotArn(ctx: RuleContext): void {
  for (const r of refsNotArn(ctx)) {
    const edit = getAttArnEdit(ctx, r);
    ctx.report({
      node: r.node,
      messageId: 'refNotArn',
      data: { type: r.type, resource: r.resource, returns: r.returns },
      fixes: edit ? [{ title: `Use !GetAtt ${r.resource}.Arn`, safety: 'safe', preferred: true, edits: [edit] }] : undefined,
    });
  }
}
