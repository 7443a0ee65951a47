// IAM401 INVALID_REGION: a Region condition value that is not a Region code.

import { KNOWN_REGIONS, REGION_SHAPE } from '../../iam/arn';
import { REGION_KEYS } from '../../iam/knowledge';
import { closest } from '../../iam/suggest';
import { hasWildcard, wildcardMatch } from '../../iam/wildcard';
import { flavorOf, replaceStringContent } from '../fixes';
import { entriesWithKey, entryValues, isDocPlaceholder } from '../shared/condition-values';
import { defineRule, Fix } from '../types';

export default defineRule({
  id: 'IAM401',
  name: 'valid-region',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Region conditions (`aws:RequestedRegion`, `ec2:Region`) take Region codes such as `eu-west-1`.',
    why: 'A value that is not a Region code (`eu-west`, `Ireland`, `us-east-1a`) never matches, so an Allow grants nothing and a Deny with StringNotEquals denies every Region (Access Analyzer: INVALID_REGION). A well-formed code awspolicy does not know (a Region launched after this release) is only a warning.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "ec2:*", "Resource": "*", "Condition": { "StringNotEquals": { "aws:RequestedRegion": ["eu-west-1", "eu-central"] } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "ec2:*", "Resource": "*", "Condition": { "StringNotLike": { "aws:RequestedRegion": ["eu-*", "us-east-1"] } } }]\n}\n' }],
    fixSafety: 'Replacing a misspelt Region with the nearest known one is a suggestion.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-requestedregion', 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html'],
  },
  messages: {
    malformed: "'{{value}}' is not a Region code (such as eu-west-1).",
    unknown: "'{{value}}' is not a Region awspolicy knows; check the code.",
    noMatch: "'{{value}}' matches no Region.",
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const e of entriesWithKey(ctx, REGION_KEYS)) {
      if (e.operator === undefined || e.operator.base.family !== 'String') continue;
      for (const v of entryValues(ctx, e)) {
        const text = v.text;
        if (v.variable || isDocPlaceholder(text) || text === '') continue;
        if (hasWildcard(text)) {
          if (!e.operator.base.wildcards) continue; // IAM122.
          if (!KNOWN_REGIONS.some((r) => wildcardMatch(text, r))) ctx.report({ node: v.node, messageId: 'noMatch', data: { value: text } });
          continue;
        }
        if (KNOWN_REGIONS.includes(text)) continue;
        const near = closest(text, KNOWN_REGIONS, 2);
        const fixes: Fix[] = near.map((n) => ({ title: `Change to '${n}'`, safety: 'suggestion' as const, edits: [replaceStringContent(v.node, n, flavor)] }));
        if (REGION_SHAPE.test(text)) ctx.report({ node: v.node, messageId: 'unknown', data: { value: text }, severity: 'warning', fixes });
        else ctx.report({ node: v.node, messageId: 'malformed', data: { value: text }, fixes });
      }
    }
  },
});
