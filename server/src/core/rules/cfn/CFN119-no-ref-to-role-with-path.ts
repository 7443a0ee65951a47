// CFN119 IAM_REF_WITH_PATH: a property that looks an IAM role up by name gets `Ref` to a role created
// with a path other than `/`.

import { resolveString } from '../../cfn/resolve';
import { resourceAnchor } from '../../cfn/resources';
import { intrinsicArg, intrinsicName } from '../../model/template';
import { getProperty, isString } from '../../parse/tree';
import { replaceNode } from '../fixes';
import { defineRule } from '../types';

/**
 * Resource type → property that takes a role's name or ARN, and builds the ARN from a name without
 * the role's path. CodeBuild's `ServiceRole` is the case cfn-lint (E3050) and CodeBuild users know.
 */
const BY_NAME: Record<string, string> = {
  'AWS::CodeBuild::Project': 'ServiceRole',
};

export default defineRule({
  id: 'CFN119',
  name: 'no-ref-to-role-with-path',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "A CodeBuild project's `ServiceRole` must not be `Ref` to a role whose `Path` is not `/`: use the role's ARN (`!GetAtt Role.Arn`).",
    why: "`Ref` to an `AWS::IAM::Role` gives the role's name. CodeBuild turns a name into `arn:aws:iam::<account>:role/<name>`, without the path, so a role created under `/service/` is not found and the project cannot be created or run. The ARN carries the path.",
    fixSafety: 'Replacing `Ref` by `Fn::GetAtt ... Arn` is safe: both designate the same role, and the ARN is what CodeBuild resolves anyway.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  BuildRole:\n    Type: AWS::IAM::Role\n    Properties:\n      Path: /ci/\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: { Service: codebuild.amazonaws.com }\n            Action: sts:AssumeRole\n  Build:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      ServiceRole: !Ref BuildRole\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  BuildRole:\n    Type: AWS::IAM::Role\n    Properties:\n      Path: /ci/\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: { Service: codebuild.amazonaws.com }\n            Action: sts:AssumeRole\n  Build:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      ServiceRole: !GetAtt BuildRole.Arn\n' }],
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codebuild-project.html#cfn-codebuild-project-servicerole', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-friendly-names'],
  },
  messages: {
    refWithPath: "'{{property}}' of '{{resource}}' is the name of role '{{role}}', whose path is '{{path}}': the ARN built from the name lacks the path, so the role is not found. Use !GetAtt {{role}}.Arn.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const r of t.resources.values()) {
      const prop = BY_NAME[r.type];
      if (prop === undefined) continue;
      const node = getProperty(r.properties, prop)?.value;
      if (intrinsicName(node) !== 'Ref' || node === undefined) continue;
      const arg = intrinsicArg(node);
      const role = isString(arg) ? t.resources.get(arg.value) : undefined;
      if (role === undefined || role.type !== 'AWS::IAM::Role') continue;
      const path = resolveString(t, getProperty(role.properties, 'Path')?.value)?.value;
      if (path === undefined || path === '/') continue;
      const text = ctx.doc.format === 'yaml' ? `!GetAtt ${role.name}.Arn` : JSON.stringify({ 'Fn::GetAtt': [role.name, 'Arn'] });
      ctx.report({
        node,
        messageId: 'refWithPath',
        data: { property: prop, resource: r.name, role: role.name, path },
        related: [{ message: `Role '${role.name}'`, ...resourceAnchor(role) }],
        fixes: [{ title: `Use !GetAtt ${role.name}.Arn`, safety: 'safe', preferred: true, edits: [replaceNode(node, text)] }],
      });
    }
  },
});
