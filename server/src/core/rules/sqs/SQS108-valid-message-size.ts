// SQS108 MESSAGE_SIZE_LIMIT: a literal message body larger than the queue accepts.

import { toValue } from '../../parse/tree';
import { numberSetting, queueOf } from '../../cfn/resources';
import { literalSize, sendTasks } from '../../cfn/sends';
import { SQS_NUMBERS } from '../../settings/limits';
import { defineRule } from '../types';

export default defineRule({
  id: 'SQS108',
  name: 'valid-message-size',
  appliesTo: ['asl'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "A literal message body sent to a queue must fit the queue's `MaximumMessageSize` (1 MiB by default since 2025-08-04).",
    why: 'SQS rejects messages larger than the queue\'s maximum. The default and maximum became 1,048,576 bytes on 2025-08-04 (older material says 256 KB); a queue may set a lower limit. Only literal bodies of Step Functions `sqs:sendMessage` tasks are measured.',
    invalid: [{ format: 'yaml', code: `Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      MaximumMessageSize: 1024\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionSubstitutions:\n        QueueUrl: !Ref Queue\n      Definition:\n        StartAt: Send\n        States:\n          Send:\n            Type: Task\n            Resource: arn:aws:states:::sqs:sendMessage\n            Parameters:\n              QueueUrl: \${QueueUrl}\n              MessageBody: ${'x'.repeat(1100)}\n            End: true\n` }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionSubstitutions:\n        QueueUrl: !Ref Queue\n      Definition:\n        StartAt: Send\n        States:\n          Send:\n            Type: Task\n            Resource: arn:aws:states:::sqs:sendMessage\n            Parameters:\n              QueueUrl: ${QueueUrl}\n              MessageBody: {"kind": "ping"}\n            End: true\n' }],
    references: ['https://aws.amazon.com/about-aws/whats-new/2025/08/amazon-sqs-max-payload-size-1mib/', 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html'],
  },
  messages: {
    tooLarge: "The message body of state '{{state}}' is {{size}} bytes; queue '{{queue}}' accepts at most {{max}}.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    for (const task of sendTasks(ctx.doc, ctx.unit)) {
      if (task.service !== 'sqs' || task.body?.value === undefined || ctx.isPlaceholder(task.body.value)) continue;
      const size = literalSize(task.body.value, toValue);
      const queue = queueOf(t, task.target);
      const max = queue?.resource ? numberSetting(t, queue.resource.properties, 'MaximumMessageSize', SQS_NUMBERS.MaximumMessageSize.default)?.value : SQS_NUMBERS.MaximumMessageSize.max;
      if (size === undefined || max === undefined || size <= max) continue;
      ctx.report({ node: task.body.value, messageId: 'tooLarge', data: { state: task.state, size, queue: queue?.label ?? 'the queue', max } });
    }
  },
});
