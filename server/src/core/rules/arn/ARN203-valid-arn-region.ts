// ARN203 INVALID_ARN_REGION: the Region field of an ARN is not a Region code.

import { KNOWN_REGIONS, REGION_SHAPE, isDocPlaceholder, isOpenField } from '../../iam/arn';
import { editDistance } from '../../iam/suggest';
import { fieldRange, resourceEntries, statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import type { Fix } from '../types';
import { defineRule } from '../types';

export default defineRule({
  id: 'ARN203',
  name: 'valid-arn-region',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'The Region field of an ARN is empty, a wildcard, or a Region code such as `us-east-1`.',
    why: 'Region codes have a fixed shape (`us-east-1`, `eu-central-2`, `us-gov-west-1`); a Region name (`Frankfurt`), an Availability Zone (`us-east-1a`) or a typo (`us-east1`) matches no resource. Well-formed codes that are not known yet are accepted, since new Regions open regularly. Access Analyzer reports it as INVALID_ARN_REGION.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east1:111122223333:orders" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:orders" }]\n}\n' }],
    fixSafety: 'Replacing the value by the closest Region code is a suggestion: only the author knows which Region was meant.',
    references: ['https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html'],
  },
  messages: {
    invalid: "'{{region}}' is not a Region code (such as us-east-1).",
    placeholder: "'{{region}}' looks like a placeholder from an example: replace it with a Region code (such as us-east-1).",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const e of resourceEntries(statementModels(policy))) {
      if (e.fields.length < 6 || e.fields[0].text !== 'arn') continue;
      const region = e.fields[3].text;
      if (region === '' || isOpenField(region) || REGION_SHAPE.test(region)) continue;
      const range = fieldRange(e, 3);
      if (isDocPlaceholder(region, 'region')) {
        ctx.report({ range, messageId: 'placeholder', data: { region }, severity: 'info' });
        continue;
      }
      const near = KNOWN_REGIONS.map((r) => [r, editDistance(region.toLowerCase(), r, 2)] as const).filter(([, d]) => d <= 2).sort((a, b) => a[1] - b[1]).slice(0, 2);
      const fixes: Fix[] = near.map(([r], i) => ({ title: `Use '${r}'`, safety: 'suggestion', preferred: i === 0 ? undefined : undefined, edits: [{ ...range, newText: r }] }));
      ctx.report({ range, messageId: 'invalid', data: { region }, fixes });
    }
  },
});
