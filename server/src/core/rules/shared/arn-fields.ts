// The ARNs of a policy's Resource/NotResource entries that the ARN2xx field rules can judge: six
// fields, a fixed lower-case service the catalog knows, and the catalog formats their resource part fits.
// It reads the unit alone (rules using it may declare scope 'resource'); `Ref`s to resources whose `Ref`
// is not an ARN, which need the template, are in ref-not-arn.ts.

import { ArnField, isOpenField } from '../../iam/arn';
import { ArnFormat, ArnFormatIndex, entryCandidates } from '../../iam/arn-formats';
import { ResourceEntry, resourceEntries, statementModels } from '../../iam/grants';
import { PolicyView, policyView } from '../../iam/policy';
import { perObject } from '../../memo';
import type { RuleContext } from '../types';

export interface ArnFieldCheck {
  entry: ResourceEntry;
  fields: ArnField[];
  /** Formats of the service whose resource field the entry's resource part may match (never empty). */
  candidates: ArnFormat[];
}

/**
 * The judgeable ARNs of the unit's policy. ARN204–ARN207 all ask for them; they are computed once per
 * policy view (and format index) and shared. INVARIANT: callers only read the result.
 */
export function arnFieldChecks(ctx: RuleContext, index: ArnFormatIndex): readonly ArnFieldCheck[] {
  const policy = policyView(ctx.unit.root);
  if (policy === undefined) return [];
  return checksFor(index)(policy);
}

const checksFor = perObject((index: ArnFormatIndex) =>
  perObject((policy: PolicyView): readonly ArnFieldCheck[] => {
    const out: ArnFieldCheck[] = [];
    for (const entry of resourceEntries(statementModels(policy))) {
      const fields = entry.fields;
      if (fields.length < 6 || fields[0].text !== 'arn') continue;
      const service = fields[2].text;
      if (isOpenField(service) || service !== service.toLowerCase()) continue;
      const candidates = entryCandidates(index, entry);
      if (candidates === undefined || candidates.length === 0) continue;
      out.push({ entry, fields, candidates });
    }
    return out;
  }),
);
