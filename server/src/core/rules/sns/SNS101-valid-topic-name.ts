// SNS101 FIFO_TOPIC_NAME_SUFFIX: FIFO topic names end with `.fifo` (both directions); names are 1–256 characters of `[A-Za-z0-9_-]`.

import { attributeView, nameOf } from '../../settings/attributes';
import { FIFO_NAME_MESSAGES, checkFifoName } from '../shared/fifo';
import { defineRule } from '../types';

const NAME = /^[A-Za-z0-9_-]+(\.fifo)?$/;

export default defineRule({
  id: 'SNS101',
  name: 'valid-topic-name',
  appliesTo: ['sns-topic-attributes'],
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Topic names are 1–256 characters of letters, digits, `-` and `_`; a FIFO topic\'s name ends with `.fifo`, and only a FIFO topic\'s does.',
    why: '"For a FIFO (first-in-first-out) topic, the name must end with the .fifo suffix." CreateTopic rejects a FIFO topic without it, a `.fifo` name on a standard topic, and names with other characters or longer than 256. When `TopicName` is omitted CloudFormation generates one, and it may not append `.fifo` (cloudformation-coverage-roadmap#681): name FIFO topics explicitly.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Orders:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: orders\n      FifoTopic: true\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Orders:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: orders.fifo\n      FifoTopic: true\n' }],
    fixSafety: "Adding '.fifo' to a FIFO topic's name is safe. For a '.fifo' name on a standard topic, setting `FifoTopic: true` or removing the suffix are suggestions: only you know which topic type you meant.",
    references: ['https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html', 'https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/681'],
  },
  messages: {
    ...FIFO_NAME_MESSAGES,
    badCharacters: "The topic name '{{name}}' may contain only letters, digits, '-' and '_' (plus a final '.fifo').",
    tooLong: 'The topic name is {{length}} characters long; the maximum is 256.',
    empty: 'The topic name is empty.',
  },
  check(ctx) {
    const v = attributeView(ctx.doc, ctx.unit);
    if (v === undefined) return;
    checkFifoName(ctx, v, 'FifoTopic', 'topic');
    const node = v.nameProp?.value;
    const name = nameOf(v);
    if (node === undefined || name === undefined || ctx.isPlaceholder(node)) return;
    if (name.length === 0) ctx.report({ node, messageId: 'empty' });
    else if (!NAME.test(name)) ctx.report({ node, messageId: 'badCharacters', data: { name } });
    else if (name.length > 256) ctx.report({ node, messageId: 'tooLong', data: { length: name.length } });
  },
});
