// SEC405 LAMBDA_PUBLIC_INVOKE: an AWS::Lambda::Permission lets any principal invoke the function without
// a source restriction.

import { intrinsicName } from '../../model/template';
import { getValue } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC405',
  name: 'no-public-lambda-invoke',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'An `AWS::Lambda::Permission` with `Principal: "*"` and no `SourceArn`, `SourceAccount` or `PrincipalOrgID` lets anyone invoke the function.',
    why: 'A wildcard principal in a Lambda permission opens the function to every AWS account (and, for a function URL with `FunctionUrlAuthType: NONE`, to the internet). Name the calling service or account, and restrict it with `SourceArn`/`SourceAccount` (or `PrincipalOrgID`). A function URL permission with `FunctionUrlAuthType: AWS_IAM` still requires signed requests and is not reported. The Guard rule LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED checks the same.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Invoke:\n    Type: AWS::Lambda::Permission\n    Properties:\n      Action: lambda:InvokeFunction\n      FunctionName: my-function\n      Principal: "*"\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Invoke:\n    Type: AWS::Lambda::Permission\n    Properties:\n      Action: lambda:InvokeFunction\n      FunctionName: my-function\n      Principal: s3.amazonaws.com\n      SourceAccount: "111122223333"\n      SourceArn: arn:aws:s3:::uploads\n' }],
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-permission.html', 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
  },
  messages: {
    public: 'Permission {{resource}} lets any principal invoke the function: name the caller and add SourceArn or SourceAccount (or PrincipalOrgID).',
  },
  check(ctx) {
    const template = ctx.doc.template;
    if (template === undefined) return;
    for (const r of template.resources.values()) {
      if (r.type !== 'AWS::Lambda::Permission' || r.properties === undefined) continue;
      const principal = getValue(r.properties, 'Principal');
      if (principal?.type !== 'string' || principal.value !== '*') continue;
      if (['SourceArn', 'SourceAccount', 'PrincipalOrgID'].some((k) => getValue(r.properties, k) !== undefined)) continue;
      const auth = getValue(r.properties, 'FunctionUrlAuthType');
      if (auth !== undefined && (intrinsicName(auth) !== undefined || (auth.type === 'string' && auth.value === 'AWS_IAM'))) continue;
      ctx.report({ node: principal, messageId: 'public', data: { resource: r.name } });
    }
  },
});
