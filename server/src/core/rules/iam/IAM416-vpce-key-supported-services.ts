// IAM416 USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES: `aws:VpceAccount`, `aws:VpceOrgID` and
// `aws:VpceOrgPaths` exist only for some services, so statements using them must name their services
// (not `*`, a wildcard service or NotAction). The catalog does not record which services set them.

import { conditionEntries } from '../../iam/conditions';
import { keyIn } from '../../iam/knowledge';
import { hasWildcard } from '../../iam/wildcard';
import { hasUnknownParts, literalStrings, statementsOf } from '../shared/iam';
import { defineRule } from '../types';

const VPCE_KEYS = ['aws:VpceAccount', 'aws:VpceOrgID', 'aws:VpceOrgPaths'];

export default defineRule({
  id: 'IAM416',
  name: 'vpce-key-supported-services',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Scope statements that use `aws:VpceAccount`, `aws:VpceOrgID` or `aws:VpceOrgPaths` to the services that support them.',
    why: 'These keys are set only by some services; for the others the key is absent, so a Deny with a negated operator denies every request made through a VPC endpoint and a positive condition never matches (Access Analyzer: USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES). List the supporting services in Action (see the key\'s documentation), or add `IfExists`.',
    invalid: [{ format: 'json', kind: 'iam-scp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "*", "Resource": "*", "Condition": { "StringNotEquals": { "aws:VpceOrgID": "o-a1b2c3d4e5" } } }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-scp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEquals": { "aws:VpceOrgID": "o-a1b2c3d4e5" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-vpceorgid'],
  },
  messages: {
    unscoped: "'{{key}}' is set only by some services, but this statement's {{element}} reaches every service; list the supporting services in Action.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      const entries = conditionEntries(s).filter((e) => keyIn(VPCE_KEYS, e.key) && e.operator !== undefined && e.operator.base.family !== 'Null' && !e.operator.ifExists);
      if (entries.length === 0) continue;
      let element: string | undefined;
      if (s.notAction !== undefined) element = 'NotAction';
      else if (s.action !== undefined && !hasUnknownParts(ctx, s.action)) {
        const unscoped = literalStrings(ctx, s.action).some((a) => a.value.indexOf(':') < 0 || hasWildcard(a.value.slice(0, a.value.indexOf(':'))));
        if (unscoped) element = 'Action';
      }
      if (element === undefined) continue;
      for (const e of entries) ctx.report({ node: e.keyProp.key, messageId: 'unscoped', data: { key: e.key, element } });
    }
  },
});
