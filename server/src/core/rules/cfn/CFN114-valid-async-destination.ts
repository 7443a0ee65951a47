// CFN114 LAMBDA_ASYNC_FIFO_TARGET: asynchronous DLQs and destinations cannot be FIFO queues or topics; S3 only on failure.

import { queueOf, resourceAnchor, topicOf, wiring } from '../../cfn/resources';
import { defineRule } from '../types';

const ROLE_LABEL = { dlq: 'dead-letter queue', onSuccess: 'on-success destination', onFailure: 'on-failure destination' } as const;

export default defineRule({
  id: 'CFN114',
  name: 'valid-async-destination',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Lambda asynchronous dead-letter queues and destinations cannot be SQS FIFO queues or SNS FIFO topics; S3 buckets only as on-failure destinations; a DLQ is a queue or a topic.',
    why: 'Lambda does not deliver to "an unsupported destination type, such as an Amazon SQS FIFO queue or an Amazon SNS FIFO topic": the record is dropped and counted in `DestinationDeliveryFailures`. "S3 buckets are supported only for on-failure destinations", and `DeadLetterConfig` takes only a standard SQS queue or SNS topic.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Dlq:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: failures.fifo\n      FifoQueue: true\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): pass" }\n      DeadLetterConfig:\n        TargetArn: !GetAtt Dlq.Arn\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Dlq:\n    Type: AWS::SQS::Queue\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): pass" }\n      DeadLetterConfig:\n        TargetArn: !GetAtt Dlq.Arn\n' }],
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html', 'https://docs.aws.amazon.com/lambda/latest/api/API_OnFailure.html'],
  },
  messages: {
    fifoTarget: "The {{role}} of '{{owner}}' is FIFO {{what}} '{{target}}'; Lambda cannot deliver asynchronous results to FIFO queues or topics.",
    s3OnFailureOnly: "The {{role}} of '{{owner}}' is an S3 bucket; S3 buckets are supported only as on-failure destinations.",
    dlqService: "The dead-letter queue of '{{owner}}' must be an SQS queue or an SNS topic; this is {{what}}.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const a of wiring(t).asyncTargets) {
      if (a.eventSource !== undefined || a.target === undefined) continue;
      const role = ROLE_LABEL[a.role];
      const svc = a.target.service;
      if (svc === 's3' && a.role !== 'onFailure') {
        ctx.report({ node: a.node, messageId: a.role === 'dlq' ? 'dlqService' : 's3OnFailureOnly', data: { role, owner: a.owner.name, what: 'an S3 bucket' } });
        continue;
      }
      if (a.role === 'dlq' && svc !== undefined && svc !== 'sqs' && svc !== 'sns') {
        ctx.report({ node: a.node, messageId: 'dlqService', data: { owner: a.owner.name, what: a.target.resource ? `${a.target.resource.type} '${a.target.resource.name}'` : `a ${svc} ARN` } });
        continue;
      }
      const view = svc === 'sqs' ? queueOf(t, a.target) : svc === 'sns' ? topicOf(t, a.target) : undefined;
      if (view?.fifo !== true) continue;
      ctx.report({
        node: a.node,
        messageId: 'fifoTarget',
        data: { role, owner: a.owner.name, what: svc === 'sqs' ? 'queue' : 'topic', target: view.label },
        related: view.resource ? [{ message: `FIFO ${svc === 'sqs' ? 'queue' : 'topic'} '${view.resource.name}'`, ...resourceAnchor(view.resource) }] : undefined,
      });
    }
  },
});
