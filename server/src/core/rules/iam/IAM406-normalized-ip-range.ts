// IAM406 IMPROVE_IP_RANGE: a CIDR block with host bits set (`10.1.2.3/16`).

import { parseCidr } from '../../evaluator/ip';
import { flavorOf, replaceStringContent } from '../fixes';
import { literalValuesOf } from '../shared/condition-values';
import { defineRule } from '../types';

function format(bytes: number[], prefix: number): string {
  if (bytes.length === 4) return `${bytes.join('.')}/${prefix}`;
  const words: string[] = [];
  for (let i = 0; i < 16; i += 2) words.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
  // Compress the longest run of zero words (RFC 5952).
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (words[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === '0') j++;
    if (j - i > bestLen && j - i > 1) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const text = best < 0 ? words.join(':') : `${words.slice(0, best).join(':')}::${words.slice(best + bestLen).join(':')}`;
  return `${text}/${prefix}`;
}

export default defineRule({
  id: 'IAM406',
  name: 'normalized-ip-range',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Write CIDR blocks with their network address (`10.1.0.0/16`, not `10.1.2.3/16`).',
    why: 'IAM ignores the host bits after the prefix length, so `10.1.2.3/16` is `10.1.0.0/16`: a much wider range than the address suggests (Access Analyzer: IMPROVE_IP_RANGE). Either the prefix or the address is probably wrong.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "IpAddress": { "aws:SourceIp": "203.0.113.77/24" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "IpAddress": { "aws:SourceIp": ["203.0.113.0/24", "203.0.113.77/32", "203.0.113.78"] } } }]\n}\n' }],
    fixSafety: 'Writing the network address is safe: IAM already reads the block that way. If a single address was meant, change the prefix length by hand.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress'],
  },
  messages: {
    hostBits: "'{{value}}' has host bits set; IAM reads it as {{network}}.",
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const v of literalValuesOf(ctx, 'IpAddress')) {
      if (v.text.indexOf('/') === -1) continue;
      const block = parseCidr(v.text);
      if (block === undefined) continue;
      let bits = block.prefix;
      const masked = block.bytes.map((b) => {
        const take = Math.max(0, Math.min(8, bits));
        bits -= 8;
        return b & ((0xff << (8 - take)) & 0xff);
      });
      if (masked.every((b, i) => b === block.bytes[i])) continue;
      const network = format(masked, block.prefix);
      ctx.report({ node: v.node, messageId: 'hostBits', data: { value: v.text, network }, fixes: [{ title: `Write ${network}`, safety: 'safe', preferred: true, edits: [replaceStringContent(v.node, network, flavor)] }] });
    }
  },
});
