// ARN201 INVALID_ARN_RESOURCE: the resource field of an ARN matches none of its service's ARN formats.

import { isOpenField } from '../../iam/arn';
import { arnFormatIndex, candidateFormats, entryCandidates } from '../../iam/arn-formats';
import { fieldRange, resourceEntries, statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { listText } from '../../iam/precedence';
import { defineRule } from '../types';

/** The resource part of an ARN format (after the fifth colon). */
function resourcePart(format: string): string {
  return format.slice(format.split(':', 5).join(':').length + 1);
}

export default defineRule({
  id: 'ARN201',
  name: 'valid-arn-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'The resource part of an ARN matches one of the service\'s ARN formats (`role/…` for IAM roles, `table/…` for DynamoDB tables).',
    why: 'Each service names its resources with fixed prefixes (`arn:aws:iam::123456789012:role/name`, `arn:aws:dynamodb:us-east-1:123456789012:table/name`). A resource part that fits none of them (`roles/name`, a table ARN without `table/`) matches no resource, so the statement silently does nothing. The formats come from the bundled Service Authorization Reference. Access Analyzer reports it as an error (INVALID_ARN_RESOURCE); awspolicy warns, because the reference lists no format for some AWS-owned resources (CloudFormation transforms, AWS Backup recovery points of other services).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:GetRole", "Resource": "arn:aws:iam::111122223333:roles/app" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:GetRole", "Resource": "arn:aws:iam::111122223333:role/app" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html'],
  },
  messages: {
    invalid: "'{{resource}}' is not a resource of {{service}}: its ARNs end in {{formats}}.",
    case: "'{{resource}}' differs only in case from {{service}}'s ARN format {{format}}: ARN matching is case-sensitive, so it matches nothing.",
  },
  check(ctx) {
    const catalog = ctx.services.catalog;
    const policy = policyView(ctx.unit.root);
    if (catalog === undefined || policy === undefined) return;
    const index = arnFormatIndex(catalog);
    for (const e of resourceEntries(statementModels(policy))) {
      if (e.fields.length < 6 || e.fields[0].text !== 'arn') continue;
      const service = e.fields[2].text;
      const resource = e.fields[5].text;
      if (isOpenField(service) || resource.startsWith('${') || resource.startsWith('*')) continue;
      const candidates = entryCandidates(index, e);
      if (candidates === undefined || candidates.length > 0) continue;
      const folded = candidateFormats(index, service, resource, true) ?? [];
      if (folded.length > 0) {
        ctx.report({ range: fieldRange(e, 5), messageId: 'case', data: { resource, service, format: `'${resourcePart(folded[0].format)}'` } });
        continue;
      }
      const formats = [...new Set((index.byService.get(service) ?? []).map((f) => resourcePart(f.format)))];
      ctx.report({ range: fieldRange(e, 5), messageId: 'invalid', data: { resource, service, formats: listText(formats.map((f) => `'${f}'`), false, 4) } });
    }
  },
});
