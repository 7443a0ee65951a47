// IAM203 INVALID_ACTION: the action does not exist in its service, or a wildcard matches no action.

import { flavorOf, replaceStringContent } from '../fixes';
import { actionEntries } from '../shared/actions';
import { catalogOf, typoCandidates } from '../shared/catalog';
import { isDocPlaceholder } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM203',
  name: 'valid-action',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Actions must exist in their service (`s3:GetObject`), and a wildcard should match at least one action.',
    why: 'An unknown action matches no request: the permission (or the Deny) silently does nothing (Access Analyzer: INVALID_ACTION). Names are case-insensitive; wildcards anywhere (`iam:List*Tags`) are matched against the catalog, so they are never reported when they match something. A name within two edits of a known action is an error (a typo); one that resembles no known action is only information with the catalog\'s date, because AWS adds actions every week and AWS managed policies use some before the Service Authorization Reference lists them.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": ["s3:getobject", "iam:List*Tags", "ec2:Describe*"], "Resource": "*" }]\n}\n' }],
    fixSafety: 'Replacing an unknown action with a near one is a suggestion: it decides what the statement grants.',
    references: ['https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html'],
  },
  messages: {
    unknown: "'{{action}}' is not an action of the {{service}} service in the catalog of {{date}} (AWS may have added it since).",
    unknownDidYouMean: "'{{action}}' is not an action of the {{service}} service; did you mean '{{suggestion}}'?",
    noMatch: "'{{action}}' matches no action (catalog of {{date}}).",
  },
  check(ctx) {
    const catalog = catalogOf(ctx);
    if (catalog === undefined) return;
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const { node, reading } of actionEntries(ctx)) {
      if (reading.kind === 'pattern' && catalog.matchActions(reading.pattern).length === 0) {
        ctx.report({ node, messageId: 'noMatch', data: { action: node.value, date: catalog.date }, severity: 'warning' });
        continue;
      }
      if (reading.kind !== 'unknownAction' || isDocPlaceholder(node.value)) continue;
      const near = typoCandidates(node.value, reading.suggestions);
      const fixes = reading.suggestions.map((n) => ({ title: `Change to '${n}'`, safety: 'suggestion' as const, edits: [replaceStringContent(node, n, flavor)] }));
      if (near.length > 0) ctx.report({ node, messageId: 'unknownDidYouMean', data: { action: node.value, service: reading.service, suggestion: near[0] }, fixes });
      else ctx.report({ node, messageId: 'unknown', data: { action: node.value, service: reading.service, date: catalog.date }, severity: 'info', fixes });
    }
  },
});
