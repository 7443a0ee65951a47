// IAM202 INVALID_SERVICE_IN_ACTION: the service prefix of an action does not exist.

import { stringRange } from '../../parse/tree';
import { actionEntries } from '../shared/actions';
import { catalogOf, typoCandidates } from '../shared/catalog';
import { isDocPlaceholder } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM202',
  name: 'valid-action-service',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'The service prefix of an action must be a real service (`s3`, `lambda`, `dynamodb`, ...).',
    why: 'An action with an unknown prefix matches no request: the permission silently does nothing (Access Analyzer: INVALID_SERVICE_IN_ACTION). The prefix is not always the service\'s name (`elasticfilesystem`, `es`, `states`), which makes typos common. A prefix within two edits of a real one is an error (a typo); one that resembles nothing is only information: it may be a service newer than the catalog or a retired one still found in old policies.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "lamda:InvokeFunction", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": ["lambda:InvokeFunction", "s3*:Get*"], "Resource": "*" }]\n}\n' }],
    fixSafety: 'Replacing the prefix with a near service is a suggestion: it decides what the statement grants.',
    references: ['https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html'],
  },
  messages: {
    unknown: "'{{service}}' is not a service prefix in the catalog of {{date}} (a retired service, or one newer than the catalog).",
    unknownDidYouMean: "'{{service}}' is not a service prefix; did you mean '{{suggestion}}'?",
  },
  check(ctx) {
    const date = catalogOf(ctx)?.date ?? '';
    for (const { node, reading } of actionEntries(ctx)) {
      if (reading.kind !== 'unknownService' || isDocPlaceholder(node.value)) continue;
      const range = stringRange(node, 0, reading.service.length);
      const near = typoCandidates(reading.service, reading.suggestions);
      const fixes = near.map((n) => ({ title: `Change to '${n}'`, safety: 'suggestion' as const, edits: [{ ...range, newText: n }] }));
      if (near.length > 0) ctx.report({ range, messageId: 'unknownDidYouMean', data: { service: reading.service, suggestion: near[0] }, fixes });
      else ctx.report({ range, messageId: 'unknown', data: { service: reading.service, date }, severity: 'info' });
    }
  },
});
