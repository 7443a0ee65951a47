// ARN210 RESOURCE_TYPE_MISMATCH: an allowed action none of whose resource types any Resource entry of
// the statement can match, so the statement does not grant it (S3 bucket/object mix-ups are ARN211's).

import { arnFormatIndex, arnTemplate } from '../../iam/arn-formats';
import { splitArnFields } from '../../iam/arn';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { listText } from '../../iam/precedence';
import { flavorOf } from '../fixes';
import { appendToList } from '../shared/list-edits';
import { s3Kind, unservedActions } from '../shared/resource-types';
import { defineRule } from '../types';

export default defineRule({
  id: 'ARN210',
  name: 'no-resource-type-mismatch',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Each allowed action needs at least one `Resource` entry of a resource type it acts on (or `"*"`, the only choice for actions without resource types).',
    why: 'An action is granted only on resources of the types it acts on: `sqs:SendMessage` on a topic ARN, or `ec2:DescribeInstances` (which takes only `"Resource": "*"`) on an instance ARN, grants nothing, and the error shows up only at run time as AccessDenied. The resource types and their ARN formats come from the bundled Service Authorization Reference; only actions written without wildcards are checked, and a single matching entry is enough. parliament reports this as RESOURCE_MISMATCH.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sns:us-east-1:111122223333:alerts" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:orders" }]\n}\n' }],
    fixSafety: 'Adding the ARN template of the action\'s resource type is a suggestion: it widens the statement (the template uses `*` for the names), and the author should narrow it.',
    references: ['https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html', 'https://github.com/duo-labs/parliament'],
  },
  messages: {
    mismatch: "None of this statement's resources is {{types}}, which '{{action}}' acts on, so the statement does not grant it.",
    starOnly: "'{{action}}' does not support resource-level permissions: only \"Resource\": \"*\" grants it, so this statement does not.",
  },
  check(ctx) {
    const catalog = ctx.services.catalog;
    const policy = policyView(ctx.unit.root);
    if (catalog === undefined || policy === undefined) return;
    const index = arnFormatIndex(catalog);
    const all = statementModels(policy);
    for (const s of all) {
      const needs = unservedActions(catalog, s, all, index);
      if (needs.length === 0) continue;
      const hasS3Arn = (s.resources?.items ?? []).some((r) => s3Kind(r.pattern) !== undefined);
      for (const need of needs) {
        if (need.types.length === 0) {
          ctx.report({ node: need.item.node, messageId: 'starOnly', data: { action: need.action.id } });
          continue;
        }
        // Object actions on bucket ARNs and the reverse are ARN211's.
        if (hasS3Arn && need.action.service === 's3' && need.types.some((t) => t === 'object' || t === 'bucket')) continue;
        const rt = catalog.resourceType(need.action.service, need.types[0]);
        const partition = partitionOf(s.resources!.items.map((i) => i.pattern));
        const template = rt?.arnFormats[0] !== undefined ? arnTemplate(rt.arnFormats[0], partition) : undefined;
        const edit = template !== undefined ? appendToList(ctx.doc, s.resources!.prop.value!, [template], flavorOf(ctx.doc, ctx.unit)) : undefined;
        ctx.report({
          node: need.item.node,
          messageId: 'mismatch',
          data: { action: need.action.id, types: listText(need.types.map((t) => `a ${t} ARN`)).replace(/ and /g, ' or ') },
          fixes: edit ? [{ title: `Add resource ${template} (then narrow it)`, safety: 'suggestion', edits: [edit] }] : undefined,
        });
      }
    }
  },
});

/** The partition the statement's other ARNs use (`aws` by default). */
function partitionOf(patterns: string[]): string {
  for (const p of patterns) {
    const f = splitArnFields(p);
    if (f.length >= 2 && f[0].text === 'arn' && /^aws(-[a-z-]+)?$/.test(f[1].text)) return f[1].text;
  }
  return 'aws';
}
