// SNS109: filter policy size limits: at most 5 keys, 150 value combinations and 256 KB.

import { isObject, toValue } from '../../parse/tree';
import { FILTER_MAX_BYTES, FILTER_MAX_COMBINATIONS, FILTER_MAX_KEYS, combinations, keyCount } from '../../settings/filter-policy';
import { anchorOf } from '../../iam/policy';
import { defineRule } from '../types';

export default defineRule({
  id: 'SNS109',
  name: 'valid-filter-policy-size',
  appliesTo: ['sns-filter-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A filter policy has at most 5 keys, 150 value combinations and 256 KB.',
    why: '"A filter policy can have a maximum of five keys" (nested policies count their leaf keys) and "the total combination of values in a filter policy must not exceed 150" (multiply the number of values of each array; each `$or` adds its alternatives). SNS rejects larger policies.',
    invalid: [{ format: 'json', code: '{\n  "a": ["1"], "b": ["1"], "c": ["1"], "d": ["1"], "e": ["1"], "f": ["1"]\n}\n', kind: 'sns-filter-policy' }],
    valid: [{ format: 'json', code: '{\n  "key_a": ["value_one", "value_two", "value_three"],\n  "key_b": ["value_one"],\n  "key_c": ["value_one", "value_two"]\n}\n', kind: 'sns-filter-policy' }],
    references: ['https://docs.aws.amazon.com/sns/latest/dg/subscription-filter-policy-constraints.html'],
  },
  messages: {
    tooManyKeys: 'The filter policy has {{count}} keys; the maximum is 5.',
    tooComplex: 'The filter policy has {{count}} value combinations; the maximum is 150.',
    tooLarge: 'The filter policy is {{size}} bytes; the maximum is 256 KB.',
  },
  check(ctx) {
    const root = ctx.unit.root;
    if (!isObject(root)) return;
    const at = anchorOf(root);
    const keys = keyCount(root);
    if (keys > FILTER_MAX_KEYS) ctx.report({ range: at, messageId: 'tooManyKeys', data: { count: keys } });
    const combos = combinations(root);
    if (combos > FILTER_MAX_COMBINATIONS) ctx.report({ range: at, messageId: 'tooComplex', data: { count: combos } });
    const size = Buffer.byteLength(JSON.stringify(toValue(root)), 'utf8');
    if (size > FILTER_MAX_BYTES) ctx.report({ range: at, messageId: 'tooLarge', data: { size } });
  },
});
