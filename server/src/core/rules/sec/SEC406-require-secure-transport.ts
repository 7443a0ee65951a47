// SEC406 REQUIRE_SECURE_TRANSPORT: an S3 bucket, SQS queue or SNS topic policy without a Deny of requests
// that do not use TLS (`aws:SecureTransport` false).

import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { escapeForHostString, flavorOf } from '../fixes';
import { appendItemText } from '../shared/list-edits';
import { resourcePolicyService } from '../shared/trust';
import { defineRule } from '../types';

const WHAT: Readonly<Record<string, string>> = { s3: 'bucket', sqs: 'queue', sns: 'topic' };

export default defineRule({
  id: 'SEC406',
  name: 'require-secure-transport',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource'],
  defaultSeverity: 'info',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'An S3 bucket, SQS queue or SNS topic policy denies requests that do not use TLS (`"Bool": {"aws:SecureTransport": "false"}`).',
    why: 'S3, SQS and SNS still accept plain-HTTP requests unless a policy denies them; without TLS, request and response bodies (objects, messages) travel in clear text and can be altered. Policies that only admit AWS service principals (an SNS topic delivering to a queue) are not reported: services call with TLS. AWS Security Hub checks it for buckets (S3.5) and topics (SNS.4); the deny statement costs nothing for clients that already use HTTPS, which every AWS SDK does by default.',
    invalid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:444455556666:orders" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:444455556666:orders" },\n    { "Effect": "Deny", "Principal": "*", "Action": "sqs:*", "Resource": "arn:aws:sqs:us-east-1:444455556666:orders", "Condition": { "Bool": { "aws:SecureTransport": "false" } } }\n  ]\n}\n' }],
    fixSafety: 'Adding the TLS-only Deny is a suggestion: it changes what the policy allows (plain-HTTP requests are refused from then on), which can break an old client that does not use HTTPS.',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5', 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html'],
  },
  messages: {
    missing: 'This {{what}} policy does not deny requests without TLS: add a Deny on aws:SecureTransport "false".',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined || policy.statement === undefined) return;
    const statements = statementModels(policy);
    // Only policies that admit callers other than AWS services (which always use TLS): accounts, roles, everyone.
    if (!statements.some((s) => s.effect === 'Allow' && (s.principals === undefined || s.principals.unknown || s.principals.negated || s.principals.entries.some((e) => e.type !== 'Service')))) return;
    const service = resourcePolicyService(ctx.unit.context.policyResource, statements);
    const what = service !== undefined ? WHAT[service] : undefined;
    if (what === undefined) return;
    const tlsDeny = statements.some((s) => s.effect === 'Deny' && (s.conditionUnknown || s.conditions.some((c) => c.key.toLowerCase() === 'aws:securetransport' && c.values.some((v) => v.toLowerCase() === 'false'))));
    if (tlsDeny) return;
    // The Deny covers the resources the Allow statements name (for S3, the bucket and its objects).
    const flavor = flavorOf(ctx.doc, ctx.unit);
    const quote = (s: string): string => (flavor === 'json-in-string' ? escapeForHostString(JSON.stringify(s)) : JSON.stringify(s));
    const resources: string[] = [];
    let readable = true;
    for (const s of statements) {
      if (s.effect !== 'Allow' || s.resources === undefined || s.resources.negated) continue;
      for (const i of s.resources.items) {
        const raw = ctx.text.slice(i.node.offset, i.node.offset + i.node.length);
        if (raw.includes('\n')) readable = false;
        const bucket = service === 's3' && i.node.type === 'string' ? /^(arn:[^:]*:s3:::[^/]+)/.exec(i.text)?.[1] : undefined;
        const texts = bucket !== undefined ? [quote(bucket), quote(`${bucket}/*`)] : [raw];
        for (const t of texts) if (!resources.includes(t)) resources.push(t);
      }
      if (s.resources.unknown) readable = false;
    }
    const arr = policy.statement.value;
    let fixes;
    if (readable && resources.length > 0 && arr?.type === 'array') {
      const k = (key: string): string => (flavor === 'yaml' ? key : quote(key));
      const star = quote('*');
      const text = `{ ${k('Sid')}: ${quote('DenyInsecureTransport')}, ${k('Effect')}: ${quote('Deny')}, ${k('Principal')}: ${star}, ${k('Action')}: ${quote(`${service}:*`)}, ${k('Resource')}: [${resources.join(', ')}], ${k('Condition')}: { ${k('Bool')}: { ${quote('aws:SecureTransport')}: ${quote('false')} } } }`;
      const edit = appendItemText(ctx.doc, arr, text);
      if (edit) fixes = [{ title: 'Add a Deny of requests without TLS (aws:SecureTransport "false")', safety: 'suggestion' as const, edits: [edit] }];
    }
    ctx.report({ node: policy.statement.key, messageId: 'missing', data: { what }, fixes });
  },
});
