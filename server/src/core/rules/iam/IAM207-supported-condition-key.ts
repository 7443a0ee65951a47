// IAM207 UNSUPPORTED_ACTION_FOR_CONDITION_KEY: a service condition key that none of the statement's
// actions supports, so it is never in the request and the condition never applies as written.

import { coveredActions, supportedKeySet } from '../../iam/actions';
import { conditionEntries } from '../../iam/conditions';
import { KEYS_NEEDING_ACTION } from '../../iam/knowledge';
import { catalogOf } from '../shared/catalog';
import { literalStrings, hasUnknownParts, statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM207',
  name: 'supported-condition-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A service condition key must be supported by at least one of the statement\'s actions.',
    why: 'Service keys are set only for the actions that support them: `s3:prefix` exists in `s3:ListBucket` requests, not in `s3:GetObject` ones. A key none of the actions supports is never present, so a positive condition never matches and a negated one always does (Access Analyzer: UNSUPPORTED_ACTION_FOR_CONDITION_KEY). Wildcard actions count through every action they match; statements with NotAction or `*` are not checked. Reported as a warning although Access Analyzer calls it an error: the Service Authorization Reference misses some action–key pairs that AWS managed policies rely on.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringLike": { "s3:prefix": "home/*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": ["s3:GetObject", "s3:List*"], "Resource": "*", "Condition": { "StringLike": { "s3:prefix": "home/*" }, "StringEquals": { "aws:PrincipalTag/team": "blue" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html'],
  },
  messages: {
    unsupported: "None of this statement's actions ({{actions}}) supports '{{key}}', so it is never present.",
  },
  check(ctx) {
    const catalog = catalogOf(ctx);
    if (catalog === undefined) return;
    for (const s of statementsOf(ctx)) {
      if (s.action === undefined || hasUnknownParts(ctx, s.action)) continue;
      const texts = literalStrings(ctx, s.action).map((a) => a.value);
      if (texts.length === 0 || texts.some((t) => t === '*' || t.startsWith('*'))) continue;
      const entries = conditionEntries(s);
      if (entries.length === 0) continue;
      const actions = coveredActions(catalog, texts);
      if (actions === undefined || actions.length === 0) continue;
      const sets = actions.map((a) => supportedKeySet(catalog, a));
      for (const e of entries) {
        const info = catalog.conditionKey(e.key);
        if (info === undefined || info.global || KEYS_NEEDING_ACTION[e.key.toLowerCase()] !== undefined) continue;
        if (catalog.service(info.prefix) === undefined) continue; // saml:, identity-provider keys: set by the session, not by an action.
        const name = info.name.toLowerCase();
        if (sets.some((set) => set.has(name))) continue;
        const shown = texts.length <= 3 ? texts.join(', ') : `${texts.slice(0, 3).join(', ')}, …`;
        ctx.report({ node: e.keyProp.key, messageId: 'unsupported', data: { key: e.key, actions: shown } });
      }
    }
  },
});
