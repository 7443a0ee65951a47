// SEC304 ASSUMABLE_BY_COMPUTE_SERVICE: EC2, EKS, ECS tasks or Lambda can assume the role.

import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
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
    summary: 'EC2, EKS, ECS tasks or Lambda can assume the role: whatever code runs there holds its permissions.',
    why: 'A compute role\'s credentials are available to every process on the instance, in the container or in the function, and are a prime target when that code is compromised (instance metadata theft, dependency attacks). Keep compute roles narrow. This is a hint that makes those roles easy to spot; cloudsplaining reports it as AssumableByComputeService.',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "cloudformation.amazonaws.com" }, "Action": "sts:AssumeRole" }]\n}\n' }],
    references: ['https://cloudsplaining.readthedocs.io/en/latest/glossary/assumable-by-compute-service/'],
  },
  messages: {
    compute: '{{service}} can assume this role: code running there holds its permissions, so keep them narrow.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const s of statementModels(policy)) {
      if (s.effect !== 'Allow' || s.principals === undefined || s.principals.negated) continue;
      for (const e of s.principals.entries) {
        if (e.type === 'Service' && COMPUTE.test(e.value)) ctx.report({ node: e.node, messageId: 'compute', data: { service: e.value } });
      }
    }
  },
});
