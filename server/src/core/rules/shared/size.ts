// Policy size against the quotas of each policy type, shared by IAM501–IAM505. Sizes are measured on the
// policy as AWS stores it: JSON without insignificant whitespace (IAM does not count whitespace, and
// CloudFormation sends templates' policies minified). Resource-policy quotas are in bytes (UTF-8).

import type { AnalysisUnit } from '../../model/units';
import { toValue } from '../../parse/tree';
import { anchorOf } from '../../iam/policy';
import type { RuleContext } from '../types';

export interface Quota {
  limit: number;
  unit: 'characters' | 'bytes';
  /** What the quota applies to, for messages (`managed policy`). */
  what: string;
}

/** The minified size of the unit's policy in the quota's unit. */
export function policySize(unit: AnalysisUnit, unitOf: 'characters' | 'bytes'): number {
  const text = JSON.stringify(toValue(unit.root)) ?? '';
  return unitOf === 'bytes' ? utf8Length(text) : text.length;
}

/** Reports when the policy is over the quota, on the policy's anchor. */
export function checkQuota(ctx: RuleContext, quota: Quota | undefined): void {
  if (quota === undefined || ctx.unit.root === undefined || ctx.unit.root.type !== 'object') return;
  const size = policySize(ctx.unit, quota.unit);
  if (size <= quota.limit) return;
  ctx.report({ range: anchorOf(ctx.unit.root), messageId: 'tooLarge', data: { size: size.toLocaleString('en-US'), limit: quota.limit.toLocaleString('en-US'), unit: quota.unit, what: quota.what } });
}

/** UTF-8 length of a string (no Buffer: the core also runs outside Node). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
