// Duplicate statement IDs, shared by IAM112 (a warning where the service accepts duplicates) and IAM304
// (an error where it does not: IAM, whose documentation says "In IAM, the Sid value must be unique
// within a JSON policy", Organizations, SQS and SNS).

import type { PolicyType } from '../../model/kinds';
import type { AnalysisUnit } from '../../model/units';
import { statementsOf } from './iam';
import type { RuleContext } from '../types';

/** IAM (identity, boundary, session and trust policies), Organizations (SCPs, RCPs) and SQS and SNS require unique Sids. */
export function requiresUniqueSids(unit: AnalysisUnit): boolean {
  const t: PolicyType | undefined = unit.policyType;
  if (t === 'scp' || t === 'rcp' || t === 'identity' || t === 'boundary' || t === 'session' || t === 'trust') return true;
  const r = unit.context.policyResource;
  return t === 'resource' && (r === 'AWS::SQS::Queue' || r === 'AWS::SNS::Topic');
}

/** Reports every Sid that repeats an earlier one, pointing at the first. */
export function reportDuplicateSids(ctx: RuleContext): void {
  const seen = new Map<string, { offset: number; length: number }>();
  for (const s of statementsOf(ctx)) {
    const v = s.sid?.value;
    if (v?.type !== 'string' || v.value === '' || ctx.isPlaceholder(v)) continue;
    const first = seen.get(v.value);
    if (first === undefined) {
      seen.set(v.value, { offset: v.offset, length: v.length });
      continue;
    }
    ctx.report({ node: v, messageId: 'duplicate', data: { sid: v.value }, related: [{ message: `First statement with Sid '${v.value}'`, offset: first.offset, length: first.length }] });
  }
}
