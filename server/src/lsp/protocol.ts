// awspolicy's own protocol messages between the client and the server.

import { NotificationType, RequestType } from 'vscode-languageserver/node';
import type { DocumentModel } from '../core';
import { kindLabel, kindName } from '../core/model/kinds';

export interface DocumentInfo {
  uri: string;
  /** Settings name of the kind (`iam-trust-policy`, `cfn-template`, `none`). */
  kind: string;
  /** Status bar text (`IAM trust policy`, `CloudFormation template`). */
  label: string;
  /** Why the kind was chosen. */
  reason: string;
  source: 'content' | 'association' | 'override';
  /** Number of embedded documents analysed (policies, state machines, ...). */
  embedded: number;
}

export const DocumentInfoRequest = new RequestType<{ uri: string }, DocumentInfo | null, void>('awspolicy/documentInfo');
export const DocumentInfoChangedNotification = new NotificationType<DocumentInfo>('awspolicy/documentInfoChanged');
/** `kind: null` clears the override (back to associations and content sniffing). */
export const SetKindOverrideNotification = new NotificationType<{ uri: string; kind: string | null }>('awspolicy/setKindOverride');

export function documentInfo(uri: string, doc: DocumentModel): DocumentInfo {
  return {
    uri,
    kind: kindName({ kind: doc.kind, policyType: doc.policyType }),
    label: kindLabel(doc.kind, doc.policyType, doc.template?.isSam === true),
    reason: doc.detection.reason,
    source: doc.detection.source,
    embedded: doc.units.filter((u) => u.embedding !== 'file').length,
  };
}
