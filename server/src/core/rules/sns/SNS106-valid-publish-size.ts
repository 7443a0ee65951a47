// SNS106 PUBLISH_MESSAGE_SIZE: a literal message published to a topic is larger than the topic carries.

import { toValue } from '../../parse/tree';
import { numberSetting, topicOf } from '../../cfn/resources';
import { literalSize, sendTasks } from '../../cfn/sends';
import { SNS_DEFAULT_MESSAGE_SIZE } from '../../settings/limits';
import { defineRule } from '../types';

export default defineRule({
  id: 'SNS106',
  name: 'valid-publish-size',
  appliesTo: ['asl'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "A literal message published to a topic must fit the topic's `MaximumMessageSize` (256 KiB unless raised).",
    why: 'SNS rejects larger messages with `InvalidParameter`. A topic carries 262,144 bytes by default; since 2026 it can be raised up to 1 MiB per topic. Only literal messages of Step Functions `sns:publish` tasks are measured.',
    invalid: [{ format: 'yaml', code: `Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      MaximumMessageSize: 1024\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionSubstitutions:\n        TopicArn: !Ref Topic\n      Definition:\n        StartAt: Publish\n        States:\n          Publish:\n            Type: Task\n            Resource: arn:aws:states:::sns:publish\n            Parameters:\n              TopicArn: \${TopicArn}\n              Message: ${'x'.repeat(1100)}\n            End: true\n` }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionSubstitutions:\n        TopicArn: !Ref Topic\n      Definition:\n        StartAt: Publish\n        States:\n          Publish:\n            Type: Task\n            Resource: arn:aws:states:::sns:publish\n            Parameters:\n              TopicArn: ${TopicArn}\n              Message: done\n            End: true\n' }],
    references: ['https://docs.aws.amazon.com/sns/latest/api/API_Publish.html', 'https://docs.aws.amazon.com/sns/latest/dg/large-message-payloads.html'],
  },
  messages: {
    tooLarge: "The message of state '{{state}}' is {{size}} bytes; topic '{{topic}}' carries at most {{max}}.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    for (const task of sendTasks(ctx.doc, ctx.unit)) {
      if (task.service !== 'sns' || task.body?.value === undefined || ctx.isPlaceholder(task.body.value)) continue;
      const size = literalSize(task.body.value, toValue);
      const topic = topicOf(t, task.target);
      const max = topic?.resource ? numberSetting(t, topic.resource.properties, 'MaximumMessageSize', SNS_DEFAULT_MESSAGE_SIZE)?.value : SNS_DEFAULT_MESSAGE_SIZE;
      if (size === undefined || max === undefined || size <= max) continue;
      ctx.report({ node: task.body.value, messageId: 'tooLarge', data: { state: task.state, size, topic: topic?.label ?? 'the topic', max } });
    }
  },
});
