// CFN102 SQS_VISIBILITY_BELOW_6X_TIMEOUT: the queue's visibility timeout is below six times the function timeout plus the batching window.

import { eventSourceAnchor, eventSourceLabel } from '../../cfn/resources';
import { raiseVisibilityFix, visibilityChecks, visibilityRelated } from '../../cfn/visibility';
import { defineRule } from '../types';

export default defineRule({
  id: 'CFN102',
  name: 'require-visibility-margin',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: "For an SQS event source, the queue's visibility timeout should be at least six times the function's timeout plus `MaximumBatchingWindowInSeconds`.",
    why: 'AWS: "set the source queue\'s visibility timeout to at least six times the timeout that you configure on your function", plus the batching window. When Lambda is throttled, it retries a batch while the messages stay in flight; a shorter visibility timeout lets them reappear and be processed twice. (cfn-lint checks only 1×; CFN101 reports that error.)',
    invalid: [{ format: 'yaml', code: 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 120\n  Worker:\n    Type: AWS::Serverless::Function\n    Properties:\n      Timeout: 60\n      Events:\n        Jobs:\n          Type: SQS\n          Properties:\n            Queue: !GetAtt Queue.Arn\n' }],
    valid: [{ format: 'yaml', code: 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 370\n  Worker:\n    Type: AWS::Serverless::Function\n    Properties:\n      Timeout: 60\n      Events:\n        Jobs:\n          Type: SQS\n          Properties:\n            Queue: !GetAtt Queue.Arn\n            MaximumBatchingWindowInSeconds: 10\n' }],
    fixSafety: "Raising the queue's `VisibilityTimeout` to the recommended value (at most 12 hours) is safe: it only delays the retry of a message whose processing failed.",
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html'],
  },
  messages: {
    belowMargin: "Queue '{{queue}}' has a visibility timeout of {{visibility}} s; for function '{{function}}' ({{source}}) AWS recommends at least 6 × {{timeout}} s + {{window}} s batching window = {{recommended}} s.",
  },
  check(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return;
    for (const c of visibilityChecks(t)) {
      if (c.visibility.value < c.timeout.value || c.visibility.value >= Math.min(c.recommended, 43200)) continue;
      ctx.report({
        range: eventSourceAnchor(c.es),
        messageId: 'belowMargin',
        data: { queue: c.queue.name, visibility: c.visibility.value, timeout: c.timeout.value, window: c.window.value, recommended: c.recommended, function: c.fn.name, source: eventSourceLabel(c.es, false) },
        related: visibilityRelated(c),
        fixes: raiseVisibilityFix(ctx.doc, c),
      });
    }
  },
});
