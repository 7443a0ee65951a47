// `aws:SourceIp` ranges in private address space, shared by IAM402–IAM405: AWS only ever sees public
// source addresses in `aws:SourceIp` (requests through a VPC endpoint carry `aws:VpcSourceIp`).

import { Cidr, cidrContains, parseCidr } from '../../evaluator/ip';
import { PRIVATE_RANGES } from '../../iam/knowledge';
import { ConditionEntry } from '../../iam/conditions';
import { ConditionValue, entriesWithKey, entryValues } from './condition-values';
import type { RuleContext } from '../types';

const PRIVATE: Cidr[] = PRIVATE_RANGES.map((r) => parseCidr(r)!);

/** Whether every address of the block is private. */
export function isPrivateBlock(block: Cidr): boolean {
  return PRIVATE.some((p) => p.bytes.length === block.bytes.length && block.prefix >= p.prefix && cidrContains(p, block.bytes));
}

export interface SourceIpEntry {
  entry: ConditionEntry;
  values: { value: ConditionValue; private: boolean }[];
}

/** `aws:SourceIp` entries of IpAddress (`negated` false) or NotIpAddress (true) blocks, with each value classified. */
export function sourceIpEntries(ctx: RuleContext, negated: boolean): SourceIpEntry[] {
  const out: SourceIpEntry[] = [];
  for (const e of entriesWithKey(ctx, ['aws:SourceIp'])) {
    if (e.operator?.base.family !== 'IpAddress' || e.operator.base.negated !== negated) continue;
    const values: SourceIpEntry['values'] = [];
    for (const v of entryValues(ctx, e)) {
      if (v.variable) continue;
      const block = parseCidr(v.text);
      if (block !== undefined) values.push({ value: v, private: isPrivateBlock(block) });
    }
    if (values.length > 0) out.push({ entry: e, values });
  }
  return out;
}
