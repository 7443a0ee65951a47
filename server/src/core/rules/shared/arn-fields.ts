// The ARNs of a policy's Resource/NotResource entries that the ARN2xx field rules can judge: six
// fields, a fixed lower-case service the catalog knows, and the catalog formats their resource part fits.

import { ArnField, isOpenField } from '../../iam/arn';
import { ArnFormat, ArnFormatIndex, entryCandidates } from '../../iam/arn-formats';
import { ResourceEntry, resourceEntries, statementModels } from '../../iam/grants';
import { PolicyView, policyView } from '../../iam/policy';
import { perObject } from '../../memo';
import { intrinsicArg, intrinsicName } from '../../model/template';
import type { ValueNode } from '../../parse/tree';
import type { RuleContext, TextEdit } from '../types';

export interface ArnFieldCheck {
  entry: ResourceEntry;
  fields: ArnField[];
  /** Formats of the service whose resource field the entry's resource part may match (never empty). */
  candidates: ArnFormat[];
}

/**
 * The judgeable ARNs of the unit's policy. ARN204–ARN207 all ask for them; they are computed once per
 * policy view (and format index) and shared. INVARIANT: callers only read the result.
 */
export function arnFieldChecks(ctx: RuleContext, index: ArnFormatIndex): readonly ArnFieldCheck[] {
  const policy = policyView(ctx.unit.root);
  if (policy === undefined) return [];
  return checksFor(index)(policy);
}

const checksFor = perObject((index: ArnFormatIndex) =>
  perObject((policy: PolicyView): readonly ArnFieldCheck[] => {
    const out: ArnFieldCheck[] = [];
    for (const entry of resourceEntries(statementModels(policy))) {
      const fields = entry.fields;
      if (fields.length < 6 || fields[0].text !== 'arn') continue;
      const service = fields[2].text;
      if (isOpenField(service) || service !== service.toLowerCase()) continue;
      const candidates = entryCandidates(index, entry);
      if (candidates === undefined || candidates.length === 0) continue;
      out.push({ entry, fields, candidates });
    }
    return out;
  }),
);

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
  const template = ctx.doc.template;
  const policy = policyView(ctx.unit.root);
  if (template === undefined || policy === undefined) return [];
  const out: RefNotArn[] = [];
  for (const s of statementModels(policy)) {
    for (const item of s.resources?.items ?? []) {
      if (intrinsicName(item.node) !== 'Ref') continue;
      const arg = intrinsicArg(item.node);
      if (arg?.type !== 'string') continue;
      const r = template.resources.get(arg.value);
      const returns = r !== undefined ? REF_RETURNS[r.type] : undefined;
      if (r !== undefined && returns !== undefined) out.push({ node: item.node, resource: arg.value, type: r.type, returns });
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
