// CFN111 SERVICE_TO_ENCRYPTED_TARGET_KEY: an encrypted queue or topic written by SNS or S3 needs a
// customer-managed KMS key whose key policy lets that service use it.

import type { TemplateModel, TemplateResource } from '../../model/template';
import { getProperty } from '../../parse/tree';
import { policyAllows } from '../../cfn/access';
import { resolveString, resolveTarget } from '../../cfn/resolve';
import { resourceAnchor, wiring } from '../../cfn/resources';
import type { ValueNode } from '../../parse/tree';
import { defineRule } from '../types';

interface Delivery {
  principal: string;
  target: TemplateResource;
  /** Where the delivery is declared (the finding's place). */
  node: ValueNode;
  what: string;
}

/** Deliveries by a service into a queue or topic of the template. */
function deliveries(t: TemplateModel): Delivery[] {
  const w = wiring(t);
  const out: Delivery[] = [];
  for (const s of w.subscriptions) {
    const q = s.endpoint?.resource;
    if (s.protocol === 'sqs' && q?.type === 'AWS::SQS::Queue' && s.endpointNode) out.push({ principal: 'sns.amazonaws.com', target: q, node: s.endpointNode, what: 'SNS delivers to' });
    // The subscription's dead-letter queue.
    const dlqNode = s.node && getProperty(getProperty(s.node, 'RedrivePolicy')?.value, 'deadLetterTargetArn')?.value;
    const dlq = resolveTarget(t, dlqNode)?.resource;
    if (dlqNode && dlq?.type === 'AWS::SQS::Queue') out.push({ principal: 'sns.amazonaws.com', target: dlq, node: dlqNode, what: 'SNS sends undeliverable messages to' });
  }
  for (const n of w.notifications) {
    const r = n.target?.resource;
    if ((n.kind === 'queue' && r?.type === 'AWS::SQS::Queue') || (n.kind === 'topic' && r?.type === 'AWS::SNS::Topic')) out.push({ principal: 's3.amazonaws.com', target: r!, node: n.node, what: 'S3 sends notifications to' });
  }
  return out;
}

export default defineRule({
  id: 'CFN111',
  name: 'require-service-key-access',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A KMS-encrypted queue or topic that SNS or S3 writes to needs a customer-managed key whose key policy lets that service use it.',
    why: 'The service encrypts each message with the queue\'s or topic\'s key, so it needs `kms:GenerateDataKey*` and `kms:Decrypt` on it. The AWS-managed keys (`alias/aws/sqs`, `alias/aws/sns`) cannot grant that: for SNS dead-letter queues AWS states "you must use a custom KMS with a key policy that grants the Amazon SNS service principal access". The same requirement for SNS → SQS and S3 → SQS/SNS deliveries is not yet confirmed on the AWS pages, so this is a warning. A key of the template is checked through its `KeyPolicy`.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      KmsMasterKeyId: alias/aws/sqs\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: sqs\n      Endpoint: !GetAtt Queue.Arn\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy:\n        Statement:\n          - Effect: Allow\n            Principal: { Service: sns.amazonaws.com }\n            Action: [kms:GenerateDataKey*, kms:Decrypt]\n            Resource: "*"\n  Topic:\n    Type: AWS::SNS::Topic\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      KmsMasterKeyId: !Ref Key\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: sqs\n      Endpoint: !GetAtt Queue.Arn\n' }],
    references: ['https://docs.aws.amazon.com/sns/latest/dg/sns-dead-letter-queues.html', 'https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html'],
  },
  messages: {
    awsManagedKey: "{{what}} {{type}} '{{target}}', which is encrypted with the AWS-managed key {{key}}; its key policy cannot grant {{principal}}, so use a customer-managed key.",
    keyPolicy: "{{what}} {{type}} '{{target}}', whose KMS key '{{key}}' does not let {{principal}} use it (kms:GenerateDataKey*, kms:Decrypt).",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const d of deliveries(t)) {
      const keyNode = getProperty(d.target.properties, 'KmsMasterKeyId')?.value;
      if (keyNode === undefined) continue;
      const type = d.target.type === 'AWS::SQS::Queue' ? 'queue' : 'topic';
      const literal = resolveString(t, keyNode)?.value;
      const related = [{ message: `KmsMasterKeyId of '${d.target.name}'`, offset: keyNode.offset, length: keyNode.length }];
      if (literal !== undefined && /^(alias\/aws\/(sqs|sns)|arn:[^:]+:kms:[^:]*:[^:]*:alias\/aws\/(sqs|sns))$/.test(literal)) {
        ctx.report({ node: d.node, messageId: 'awsManagedKey', data: { what: d.what, type, target: d.target.name, key: literal, principal: d.principal }, related });
        continue;
      }
      const key = resolveTarget(t, keyNode)?.resource;
      if (key?.type !== 'AWS::KMS::Key') continue;
      const policy = getProperty(key.properties, 'KeyPolicy')?.value;
      const q = { principal: d.principal, action: 'kms:GenerateDataKey', target: key };
      if (policyAllows(t, policy, q) !== 'no') continue;
      ctx.report({ node: d.node, messageId: 'keyPolicy', data: { what: d.what, type, target: d.target.name, key: key.name, principal: d.principal }, related: [...related, { message: `Key '${key.name}'`, ...resourceAnchor(key) }] });
    }
  },
});
