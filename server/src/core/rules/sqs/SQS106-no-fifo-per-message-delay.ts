// SQS106 FIFO_PER_MESSAGE_DELAY: a Step Functions task sends to a FIFO queue with a per-message DelaySeconds.

import { getProperty } from '../../parse/tree';
import { queueOf, resourceAnchor } from '../../cfn/resources';
import { sendTasks } from '../../cfn/sends';
import { removeProperty, flavorOf } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'SQS106',
  name: 'no-fifo-per-message-delay',
  appliesTo: ['asl'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A message sent to a FIFO queue cannot carry its own `DelaySeconds`.',
    why: '"When you set FifoQueue, you can\'t set DelaySeconds per message. You can set this parameter only on a queue level." A Step Functions `sqs:sendMessage` task that does so fails at run time. The queue is recognised by the `.fifo` suffix of its URL, or through the template (`Ref`, `DefinitionSubstitutions`, `Fn::Sub`).',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "Send",\n  "States": {\n    "Send": {\n      "Type": "Task",\n      "Resource": "arn:aws:states:::sqs:sendMessage",\n      "Parameters": {\n        "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo",\n        "MessageBody.$": "$",\n        "MessageGroupId": "orders",\n        "DelaySeconds": 30\n      },\n      "End": true\n    }\n  }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "Send",\n  "States": {\n    "Send": {\n      "Type": "Task",\n      "Resource": "arn:aws:states:::sqs:sendMessage",\n      "Parameters": {\n        "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/orders",\n        "MessageBody.$": "$",\n        "DelaySeconds": 30\n      },\n      "End": true\n    }\n  }\n}\n' }],
    fixSafety: 'Removing the per-message delay is a suggestion: the message is then delivered without delay (set `DelaySeconds` on the queue if you need one).',
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html'],
  },
  messages: {
    perMessageDelay: "State '{{state}}' sends to FIFO queue '{{queue}}' with a per-message DelaySeconds; FIFO queues accept a delay only at queue level.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    for (const task of sendTasks(ctx.doc, ctx.unit)) {
      if (task.service !== 'sqs') continue;
      const delay = getProperty(task.params, 'DelaySeconds') ?? getProperty(task.params, 'DelaySeconds.$');
      const queue = queueOf(t, task.target);
      if (delay === undefined || queue?.fifo !== true) continue;
      ctx.report({
        node: delay.key,
        messageId: 'perMessageDelay',
        data: { state: task.state, queue: queue.label },
        related: queue.resource ? [{ message: `FIFO queue '${queue.resource.name}'`, ...resourceAnchor(queue.resource) }] : undefined,
        fixes: [{ title: 'Remove DelaySeconds', safety: 'suggestion', preferred: true, edits: [removeProperty(ctx.doc, delay, flavorOf(ctx.doc, ctx.unit))] }],
      });
    }
  },
});
