// IAM201 INVALID_SERVICE: the prefix of a condition key is not a service (or identity provider) that
// has condition keys.

import { closest } from '../../iam/suggest';
import { stringRange } from '../../parse/tree';
import { catalogOf, isProviderKey, keyPrefix, typoCandidates } from '../shared/catalog';
import { isDocPlaceholder } from '../shared/condition-values';
import { entriesOf } from '../shared/condition-values';
import { defineRule, Fix } from '../types';

export default defineRule({
  id: 'IAM201',
  name: 'valid-condition-key-service',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'The prefix of a condition key must be `aws`, a service prefix (`s3`, `ec2`) or an identity provider.',
    why: 'A key whose prefix names no service is never present in a request, so the condition never matches (Access Analyzer: INVALID_SERVICE). A prefix within two edits of a real one is reported as an error (a typo); one that resembles nothing is only information, because it may be newer than the catalog. Keys of identity providers (`accounts.google.com:aud`, an OIDC provider\'s host) are not in the catalog and are not reported.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "StringLike": { "s4:prefix": "home/*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "StringLike": { "s3:prefix": "home/*" } } }]\n}\n' }],
    fixSafety: 'Replacing the prefix with a near service is a suggestion.',
    references: ['https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html'],
  },
  messages: {
    unknown: "'{{prefix}}' is not a service with condition keys in the catalog of {{date}} (AWS may have added it since).",
    unknownDidYouMean: "'{{prefix}}' is not a service with condition keys; did you mean '{{suggestion}}'?",
  },
  check(ctx) {
    const catalog = catalogOf(ctx);
    if (catalog === undefined) return;
    let prefixes: string[] | undefined;
    for (const e of entriesOf(ctx)) {
      const colon = e.key.indexOf(':');
      if (colon <= 0 || isProviderKey(e.key) || ctx.isPlaceholder(e.keyProp.key) || isDocPlaceholder(e.key)) continue;
      if (catalog.isConditionKeyPrefix(keyPrefix(e.key))) continue;
      const written = e.key.slice(0, colon);
      const range = stringRange(e.keyProp.key, 0, colon);
      prefixes ??= catalog.services().map((s) => s.prefix).filter((p) => catalog.isConditionKeyPrefix(p));
      const near = typoCandidates(written, closest(written, prefixes, 2));
      const fixes: Fix[] = near.map((n) => ({ title: `Change to '${n}'`, safety: 'suggestion' as const, edits: [{ ...range, newText: n }] }));
      if (near.length > 0) ctx.report({ range, messageId: 'unknownDidYouMean', data: { prefix: written, suggestion: near[0] }, fixes });
      else ctx.report({ range, messageId: 'unknown', data: { prefix: written, date: catalog.date }, severity: 'info' });
    }
  },
});
