// SEC304 ASSUMABLE_BY_COMPUTE_SERVICE: EC2, EKS, ECS tasks or Lambda can assume a role whose policies in
// the same template allow privilege escalation or permissions management on every resource.

import { policiesOf } from '../../iam/boundary';
import { Reasoner } from '../../iam/coverage';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { ESCALATION_METHODS, unconstrainedGrant } from '../../iam/risk';
import { levelGrants } from '../shared/sec';
import { defineRule } from '../types';

const COMPUTE = /^(ec2|eks|ecs-tasks|lambda)\.amazonaws\.com(\.cn)?$/;

export default defineRule({
  id: 'SEC304',
  name: 'compute-service-trust',
  appliesTo: ['iam-policy'],
  policyTypes: ['trust'],
  defaultSeverity: 'hint',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'EC2, EKS, ECS tasks or Lambda can assume a role whose policies (in the same template) allow privilege escalation or permissions management on every resource.',
    why: 'A compute role\'s credentials are available to every process on the instance, in the container or in the function, and are a prime target when that code is compromised (instance metadata theft, dependency attacks). When the role may also escalate privileges or rewrite access policies, such a compromise becomes an account takeover. Compute roles without those permissions are not reported (cloudsplaining lists every compute role as AssumableByComputeService; this rule keeps the ones that matter).',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: ec2.amazonaws.com }\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: admin\n          PolicyDocument:\n            Version: "2012-10-17"\n            Statement:\n              - Effect: Allow\n                Action: iam:AttachRolePolicy\n                Resource: "*"\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: ec2.amazonaws.com }\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: logs\n          PolicyDocument:\n            Version: "2012-10-17"\n            Statement:\n              - Effect: Allow\n                Action: logs:PutLogEvents\n                Resource: "*"\n' }],
    references: ['https://cloudsplaining.readthedocs.io/en/latest/glossary/assumable-by-compute-service/', 'https://pathfinding.cloud/'],
  },
  messages: {
    compute: '{{service}} can assume this role, and its policies allow {{risk}} on every resource: code running there could take over the account.',
  },
  check(ctx) {
    const t = ctx.doc.template;
    const role = ctx.unit.resource;
    const policy = policyView(ctx.unit.root);
    if (t === undefined || role === undefined || policy === undefined) return;
    const entries = statementModels(policy)
      .filter((s) => s.effect === 'Allow' && s.principals !== undefined && !s.principals.negated)
      .flatMap((s) => s.principals!.entries.filter((e) => e.type === 'Service' && COMPUTE.test(e.value)));
    if (entries.length === 0) return;
    const r = new Reasoner(ctx.services.catalog);
    let risk: string | undefined;
    for (const u of policiesOf(t, ctx.doc.units, role)) {
      const view = policyView(u.root);
      if (view === undefined) continue;
      const statements = statementModels(view);
      const method = ESCALATION_METHODS.find((m) => m.actions.every((a) => unconstrainedGrant(r, statements, a) !== undefined));
      if (method !== undefined) {
        risk = `privilege escalation (${method.name})`;
        break;
      }
      const catalog = ctx.services.catalog;
      const pm = catalog !== undefined ? levelGrants(r, catalog, statements, ['Permissions management']) : [];
      if (pm.length > 0) {
        risk = `permissions management (${pm[0].actions[0]})`;
        break;
      }
    }
    if (risk === undefined) return;
    for (const e of entries) ctx.report({ node: e.node, messageId: 'compute', data: { service: e.value, risk } });
  },
});
