// Which operator families fit which condition-key types, shared by IAM213 and IAM214.

import type { ConditionKeyType } from '../../iam/catalog';
import type { OperatorFamily } from '../../iam/conditions';

/** The families whose comparisons fit a key type (`Null` fits every key). */
export const FITTING_FAMILIES: Readonly<Record<ConditionKeyType, readonly OperatorFamily[]>> = {
  String: ['String'],
  ArrayOfString: ['String'],
  ARN: ['Arn', 'String'],
  ArrayOfARN: ['Arn', 'String'],
  Bool: ['Bool'],
  ArrayOfBool: ['Bool'],
  Numeric: ['Numeric'],
  Date: ['Date'],
  IPAddress: ['IpAddress'],
};

/** Keys documented with two types (`aws:EpochTime`: Date or Numeric). */
export const EXTRA_FAMILIES: Readonly<Record<string, readonly OperatorFamily[]>> = {
  'aws:epochtime': ['Numeric'],
};

/** The operator family that fits a key type best (for messages). */
export function familyFor(type: ConditionKeyType): string {
  return { String: 'String', ArrayOfString: 'String', ARN: 'Arn', ArrayOfARN: 'Arn', Bool: 'Bool', ArrayOfBool: 'Bool', Numeric: 'Numeric', Date: 'Date', IPAddress: 'IpAddress' }[type];
}
