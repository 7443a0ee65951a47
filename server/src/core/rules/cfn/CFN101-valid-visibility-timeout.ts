// CFN101 SQS_VISIBILITY_BELOW_FUNCTION_TIMEOUT: an SQS event source whose queue hides messages for less time than the function may run.

import { eventSourceAnchor, eventSourceLabel } from '../../cfn/resources';
import { raiseVisibilityFix, visibilityChecks, visibilityRelated } from '../../cfn/visibility';
import { defineRule } from '../types';

export default defineRule({
  id: 'CFN101',
  name: 'valid-visibility-timeout',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "For an SQS event source, the queue's visibility timeout (default 30 s) must be at least the function's timeout (default 3 s).",
    why: 'Lambda refuses to create the event source mapping: `InvalidParameterValueException: Queue visibility timeout: 30 seconds is less than Function timeout: 300 seconds`. Otherwise a message would become visible again, and be processed twice, while the function still works on it. The check follows `Ref`/`Fn::GetAtt` between resources, parameter defaults and SAM `Globals` and `Events`; it says nothing when a value cannot be known.',
    invalid: [{ format: 'yaml', code: 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n  Worker:\n    Type: AWS::Serverless::Function\n    Properties:\n      Timeout: 60\n      Events:\n        Jobs:\n          Type: SQS\n          Properties:\n            Queue: !GetAtt Queue.Arn\n' }],
    valid: [{ format: 'yaml', code: 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 360\n  Worker:\n    Type: AWS::Serverless::Function\n    Properties:\n      Timeout: 60\n      Events:\n        Jobs:\n          Type: SQS\n          Properties:\n            Queue: !GetAtt Queue.Arn\n' }],
    fixSafety: "Raising the queue's `VisibilityTimeout` to six times the function timeout plus the batching window (AWS's guidance, at most 12 hours) is safe: it only delays the retry of a message whose processing failed.",
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html', 'https://github.com/github-aws-runners/terraform-aws-github-runner/issues/465'],
  },
  messages: {
    belowTimeout: "Queue '{{queue}}' has a visibility timeout of {{visibility}} s, less than the {{timeout}} s timeout of function '{{function}}' that consumes it ({{source}}); Lambda rejects the event source mapping.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const c of visibilityChecks(t)) {
      if (c.visibility.value >= c.timeout.value) continue;
      ctx.report({
        range: eventSourceAnchor(c.es),
        messageId: 'belowTimeout',
        data: { queue: c.queue.name, visibility: c.visibility.value, timeout: c.timeout.value, function: c.fn.name, source: eventSourceLabel(c.es, false) },
        related: visibilityRelated(c),
        fixes: raiseVisibilityFix(ctx.doc, c),
      });
    }
  },
});
