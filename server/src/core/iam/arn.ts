// ARNs as they are written in policies: split into their six fields without breaking `${...}` policy
// variables or template placeholders (which may hold colons), with each field's position kept so that
// findings land on the exact characters, also when the ARN is built with `Fn::Sub` or `Fn::Join`.
// Also the curated facts ARN checks need beyond the catalog: partitions and the shape of Region names.

import { embeddedText } from '../model/embedded';
import { intrinsicName } from '../model/template';
import { StringNode, ValueNode, stringRange } from '../parse/tree';
import { wildcardMatch } from './wildcard';

/** One field of an ARN: its text and its position in the ARN text (end exclusive). */
export interface ArnField {
  text: string;
  start: number;
  end: number;
}

/**
 * The text of a value that may hold an ARN, with a way back to host ranges. Parts whose value is not
 * known statically (`${AWS::Region}`, a `Ref` inside `Fn::Join`) appear as `${...}` in `text`.
 */
export interface ArnText {
  text: string;
  node: ValueNode;
  /** Whether the text came from an intrinsic function (`Fn::Sub`, `Fn::Join`) rather than a plain string. */
  intrinsic: boolean;
  /** Host range of characters [start, start + length) of `text`. */
  range(start: number, length: number): { offset: number; length: number };
}

/** The ARN text of a string, an `Fn::Sub` with a string template, or an `Fn::Join` of strings and intrinsics. */
export function arnText(node: ValueNode | undefined): ArnText | undefined {
  if (node === undefined) return undefined;
  if (node.type === 'string') {
    const s: StringNode = node;
    return { text: s.value, node, intrinsic: false, range: (start, length) => stringRange(s, start, length) };
  }
  const fn = intrinsicName(node);
  if (fn !== 'Fn::Sub' && fn !== 'Fn::Join') return undefined;
  const emb = embeddedText(node);
  if (emb === undefined) return undefined;
  return { text: emb.text, node, intrinsic: true, range: (start, length) => emb.map.rangeToHost(start, length) };
}

/** Index of the `}` that closes the `${` at `i`, or -1. */
function closeOf(s: string, i: number): number {
  return s.indexOf('}', i + 2);
}

/**
 * Splits an ARN into at most six fields (`arn`, partition, service, region, account, resource) on colons
 * outside `${...}`; the resource field keeps any further colons. A text with fewer colons gives fewer fields.
 */
export function splitArnFields(s: string): ArnField[] {
  const fields: ArnField[] = [];
  let start = 0;
  let i = 0;
  while (i < s.length && fields.length < 5) {
    const c = s.charCodeAt(i);
    if (c === 36 /* $ */ && s.charCodeAt(i + 1) === 123 /* { */) {
      const close = closeOf(s, i);
      if (close === -1) break;
      i = close + 1;
      continue;
    }
    if (c === 58 /* : */) {
      fields.push({ text: s.slice(start, i), start, end: i });
      start = i + 1;
    }
    i++;
  }
  fields.push({ text: s.slice(start), start, end: s.length });
  return fields;
}

/** Whether a text holds a `${...}` variable or placeholder. */
export function hasVariable(s: string): boolean {
  return s.indexOf('${') !== -1;
}

/** Whether a text is only wildcards (`*`, `**`, `?*`). */
export function isAllWildcard(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 42 && c !== 63) return false;
  }
  return true;
}

/** Whether a field's value is not a fixed literal (wildcards, variables or placeholders). */
export function isOpenField(s: string): boolean {
  return s.indexOf('*') !== -1 || s.indexOf('?') !== -1 || hasVariable(s);
}

/** The partitions AWS has today (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html). */
export const PARTITIONS: readonly string[] = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

/**
 * The shape of a Region code: a 2–4 letter area, one or more words, a number (`us-east-1`,
 * `us-gov-west-1`, `us-isob-east-1`, `eusc-de-east-1`). New Regions keep this shape, so a well-formed
 * but unknown code is not reported.
 */
export const REGION_SHAPE = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;

/** Region codes known today, for did-you-mean suggestions. */
export const KNOWN_REGIONS: readonly string[] = [
  'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-south-2',
  'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7',
  'ca-central-1', 'ca-west-1', 'cn-north-1', 'cn-northwest-1', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1',
  'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eusc-de-east-1', 'il-central-1', 'me-central-1', 'me-south-1',
  'mx-central-1', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-gov-east-1', 'us-gov-west-1', 'us-iso-east-1', 'us-iso-west-1',
  'us-isob-east-1', 'us-isof-east-1', 'us-isof-south-1', 'us-west-1', 'us-west-2', 'eu-isoe-west-1',
];

/**
 * Whether an account field can be an account: 12 digits, `aws` (AWS-owned resources such as managed
 * policies), or a pattern / variable that may produce 12 digits.
 */
export function plausibleAccount(s: string): boolean {
  if (s === 'aws' || /^\d{12}$/.test(s)) return true;
  if (hasVariable(s)) return true;
  if (s.indexOf('*') !== -1) return /^[\d*?]*$/.test(s);
  if (s.indexOf('?') !== -1) return s.length === 12 && /^[\d?]+$/.test(s);
  return false;
}

/**
 * Whether a value is a documentation placeholder the author has not filled in yet (`<account-id>`,
 * `ACCOUNT-ID`, `account-id`, `{{region}}`, prose such as `A list of resources`). Such values are not
 * ARNs either, but reporting them as errors would drown the real mistakes in examples copied from the
 * AWS documentation: rules report them once, as information.
 */
export function isDocPlaceholder(text: string, word?: 'account' | 'region' | 'partition'): boolean {
  if (/<[^>]*>/.test(text) || /\{\{[^}]*\}\}/.test(text) || /\s/.test(text.trim())) return true;
  if (word === undefined) return false;
  if (/^[A-Z][A-Z0-9_-]*[A-Z0-9]$/.test(text) && (/[-_]/.test(text) || text.length >= 5)) return true;
  if (word === 'account') return /account|acct/i.test(text);
  if (word === 'region') return /region/i.test(text);
  return /partition/i.test(text);
}

/** A `Resource` value that may stand for an ARN: `*`, a variable or placeholder first, or a first field that may match `arn`. */
export function mayBeArn(text: string): boolean {
  if (isAllStars(text) || text.startsWith('${')) return true;
  const colon = text.indexOf(':');
  const head = colon < 0 ? text : text.slice(0, colon);
  if (head === 'arn') return true;
  return (head.includes('*') || head.includes('?')) && wildcardMatch(head, 'arn');
}

function isAllStars(s: string): boolean {
  return s.length > 0 && /^\*+$/.test(s);
}
