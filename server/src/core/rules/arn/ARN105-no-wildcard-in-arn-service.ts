// ARN105 WILDCARD_IN_SERVICE_NAME: a wildcard in the service field of an ARN.

import { fieldRange, resourceEntries, statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { defineRule } from '../types';

export default defineRule({
  id: 'ARN105',
  name: 'no-wildcard-in-arn-service',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'Avoid wildcards in the service field of a resource ARN (`arn:aws:*code*:…`).',
    why: 'A wildcard in the service field lets the statement match resources of every service whose name fits the pattern, today and in the future (`*code*` matches CodeCommit, CodeBuild, CodeDeploy, CodePipeline, CodeArtifact, CodeGuru, …). Name the services instead. Access Analyzer reports it as WILDCARD_IN_SERVICE_NAME.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "codecommit:GitPull", "Resource": "arn:aws:code*:us-east-1:111122223333:app" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "codecommit:GitPull", "Resource": "arn:aws:codecommit:us-east-1:111122223333:app" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
  },
  messages: {
    wildcard: "The service field '{{service}}' of this ARN holds a wildcard: it matches resources of every service whose name fits; name the service.",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const e of resourceEntries(statementModels(policy))) {
      if (e.fields.length < 6 || e.fields[0].text !== 'arn') continue;
      const service = e.fields[2].text;
      if (!service.includes('*') && !service.includes('?')) continue;
      ctx.report({ range: fieldRange(e, 2), messageId: 'wildcard', data: { service } });
    }
  },
});
