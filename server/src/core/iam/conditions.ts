// Condition operators and the Condition element as rules, hovers and completions read them: the
// operator table (family, negation, `IfExists`, the `ForAnyValue:`/`ForAllValues:` set qualifiers, what
// happens when the key is missing), a parser for operator names as written, and a flat view of a
// statement's Condition block (operator → key → values) on the node tree.

import { intrinsicName } from '../model/template';
import { ObjectNode, PropertyNode, ValueNode, asList, isObject } from '../parse/tree';
import type { StatementView } from './policy';
import { perObject } from '../memo';

/** The value type an operator compares. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

export interface BaseOperator {
  /** Canonical name (`StringNotEquals`). */
  name: string;
  family: OperatorFamily;
  /** Negated operators (`StringNotEquals`, `NotIpAddress`, ...) match when no value matches. */
  negated: boolean;
  /** Whether `*` and `?` in values are wildcards (`StringLike`, `ArnEquals`, `ArnLike` and their negations). */
  wildcards: boolean;
  description: string;
}

const B = (name: string, family: OperatorFamily, negated: boolean, wildcards: boolean, description: string): BaseOperator => ({ name, family, negated, wildcards, description });

/** Every base operator of the IAM policy language, in the order of the AWS reference. */
export const BASE_OPERATORS: readonly BaseOperator[] = [
  B('StringEquals', 'String', false, false, 'Exact, case-sensitive string match.'),
  B('StringNotEquals', 'String', true, false, 'Negated exact, case-sensitive string match.'),
  B('StringEqualsIgnoreCase', 'String', false, false, 'Exact string match, ignoring case.'),
  B('StringNotEqualsIgnoreCase', 'String', true, false, 'Negated string match, ignoring case.'),
  B('StringLike', 'String', false, true, 'Case-sensitive match with `*` (any run of characters) and `?` (one character) wildcards.'),
  B('StringNotLike', 'String', true, true, 'Negated case-sensitive match with `*` and `?` wildcards.'),
  B('NumericEquals', 'Numeric', false, false, 'Number equal to the value.'),
  B('NumericNotEquals', 'Numeric', true, false, 'Number not equal to the value.'),
  B('NumericLessThan', 'Numeric', false, false, 'Number less than the value.'),
  B('NumericLessThanEquals', 'Numeric', false, false, 'Number less than or equal to the value.'),
  B('NumericGreaterThan', 'Numeric', false, false, 'Number greater than the value.'),
  B('NumericGreaterThanEquals', 'Numeric', false, false, 'Number greater than or equal to the value.'),
  B('DateEquals', 'Date', false, false, 'Date equal to the value (ISO 8601, or epoch seconds).'),
  B('DateNotEquals', 'Date', true, false, 'Date not equal to the value.'),
  B('DateLessThan', 'Date', false, false, 'Date before the value.'),
  B('DateLessThanEquals', 'Date', false, false, 'Date at or before the value.'),
  B('DateGreaterThan', 'Date', false, false, 'Date after the value.'),
  B('DateGreaterThanEquals', 'Date', false, false, 'Date at or after the value.'),
  B('Bool', 'Bool', false, false, 'Boolean match (`true` or `false`).'),
  B('BinaryEquals', 'Binary', false, false, 'Byte-for-byte match of a base64-encoded value.'),
  B('IpAddress', 'IpAddress', false, false, 'The IP address is in one of the CIDR blocks (IPv4 or IPv6).'),
  B('NotIpAddress', 'IpAddress', true, false, 'The IP address is in none of the CIDR blocks.'),
  B('ArnEquals', 'Arn', false, true, 'ARN match, field by field; each field may use `*` and `?` (same as `ArnLike`).'),
  B('ArnNotEquals', 'Arn', true, true, 'Negated ARN match (same as `ArnNotLike`).'),
  B('ArnLike', 'Arn', false, true, 'ARN match, field by field, with `*` and `?` wildcards.'),
  B('ArnNotLike', 'Arn', true, true, 'Negated ARN match with `*` and `?` wildcards.'),
  B('Null', 'Null', false, false, '`true`: the key is absent from the request; `false`: the key is present (whatever its value).'),
];

const BASE_BY_LOWER = new Map(BASE_OPERATORS.map((o) => [o.name.toLowerCase(), o]));

export type SetQualifier = 'ForAnyValue' | 'ForAllValues';
export const SET_QUALIFIERS: readonly SetQualifier[] = ['ForAnyValue', 'ForAllValues'];

export interface ParsedOperator {
  /** The operator as written. */
  text: string;
  base: BaseOperator;
  qualifier?: SetQualifier;
  ifExists: boolean;
  /** The operator in its documented capitalisation. */
  canonical: string;
  /** Whether the text differs from `canonical` only by case. */
  wrongCase: boolean;
}

/** Parses `ForAnyValue:StringLikeIfExists` and friends; undefined for an unknown operator or qualifier. */
export function parseOperator(text: string): ParsedOperator | undefined {
  let rest = text;
  let qualifier: SetQualifier | undefined;
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const q = rest.slice(0, colon).toLowerCase();
    qualifier = SET_QUALIFIERS.find((s) => s.toLowerCase() === q);
    if (qualifier === undefined) return undefined;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  let base = BASE_BY_LOWER.get(rest.toLowerCase());
  if (base === undefined && rest.toLowerCase().endsWith('ifexists')) {
    base = BASE_BY_LOWER.get(rest.slice(0, -8).toLowerCase());
    ifExists = true;
  }
  if (base === undefined) return undefined;
  const canonical = `${qualifier !== undefined ? qualifier + ':' : ''}${base.name}${ifExists ? 'IfExists' : ''}`;
  return { text, base, qualifier, ifExists, canonical, wrongCase: canonical !== text };
}

/** Every operator name a policy may use (for suggestions and completion): bases, IfExists forms, qualified forms. */
export function allOperatorNames(): string[] {
  const out: string[] = [];
  for (const b of BASE_OPERATORS) {
    out.push(b.name);
    if (b.family !== 'Null') out.push(`${b.name}IfExists`);
  }
  for (const q of SET_QUALIFIERS) for (const b of BASE_OPERATORS) if (b.family !== 'Null') out.push(`${q}:${b.name}`);
  return out;
}

/** What an operator does when the request lacks the key (for hovers). */
export function missingKeyBehaviour(op: ParsedOperator): string {
  if (op.base.family === 'Null') return 'Null tests for the key itself: `true` matches when the key is absent, `false` when it is present.';
  if (op.qualifier === 'ForAllValues') return 'When the key is absent (or has no values) the condition is **true**: `ForAllValues` holds vacuously. Pair it with a `Null` check if the key must be present.';
  if (op.qualifier === 'ForAnyValue') return 'When the key is absent (or has no values) the condition is **false**.';
  if (op.ifExists) return 'When the key is absent the condition is **true** (`IfExists`); when present, the operator applies.';
  if (op.base.negated) return 'When the key is absent the condition is **true**: a negated operator matches when no value matches.';
  return 'When the key is absent the condition is **false**.';
}

/** Markdown describing an operator (for hovers). */
export function describeOperator(op: ParsedOperator): string {
  const lines = [`**${op.canonical}** (condition operator)`, '', op.base.description];
  if (op.ifExists) lines.push('', '`IfExists`: the condition also matches when the key is missing from the request.');
  if (op.qualifier === 'ForAnyValue') lines.push('', '`ForAnyValue:` (multivalued keys): matches when at least one of the request\'s values matches one of the policy values.');
  if (op.qualifier === 'ForAllValues') lines.push('', '`ForAllValues:` (multivalued keys): matches when every value in the request matches one of the policy values.');
  lines.push('', `*Missing key:* ${missingKeyBehaviour(op)}`);
  if (op.base.family !== 'Null') lines.push('', `Several values for one key are ORed${op.base.negated ? ' (the negation applies to the whole list: no value may match)' : ''}; several keys and several operators are ANDed.`);
  lines.push('', '[AWS documentation](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html)');
  return lines.join('\n');
}

/** One `key: value(s)` entry of a statement's Condition element. */
export interface ConditionEntry {
  statement: StatementView;
  /** The operator property (`"StringEquals": {...}`). */
  block: PropertyNode;
  /** Parsed operator; undefined when unknown. */
  operator: ParsedOperator | undefined;
  /** The key property (`"aws:SourceIp": ...`). */
  keyProp: PropertyNode;
  key: string;
  /** The value as written (a scalar or an array); undefined when missing. */
  value: ValueNode | undefined;
  /** The values (an array's items, or the scalar alone). */
  values: ValueNode[];
}

/** Whether a node is a CloudFormation intrinsic (`{"Fn::If": ...}`, `{"Ref": ...}`): unknown statically. */
export function isIntrinsic(node: ValueNode | undefined): boolean {
  return intrinsicName(node) !== undefined;
}

/** Whether a key names an intrinsic function (`Fn::If` used as a key inside a policy object). */
export function isIntrinsicKey(key: string): boolean {
  return key === 'Ref' || key.startsWith('Fn::');
}

/**
 * The operator blocks of a statement's Condition: `[operatorProperty, keysObject]`, intrinsics skipped.
 * Read once per statement view (views are per document version): a dozen rules ask for every statement.
 */
export const conditionBlocks = perObject((s: StatementView): readonly { block: PropertyNode; keys: ObjectNode | undefined }[] => {
  const cond = s.condition?.value;
  if (!isObject(cond) || isIntrinsic(cond)) return [];
  const out: { block: PropertyNode; keys: ObjectNode | undefined }[] = [];
  for (const p of cond.properties) {
    if (isIntrinsicKey(p.key.value)) continue;
    const v = p.value;
    out.push({ block: p, keys: isObject(v) && !isIntrinsic(v) ? v : undefined });
  }
  return Object.freeze(out);
});

/** Every key of every operator block of a statement, in document order (read once per statement view, like the blocks). */
export const conditionEntries = perObject((s: StatementView): readonly ConditionEntry[] => {
  const out: ConditionEntry[] = [];
  for (const { block, keys } of conditionBlocks(s)) {
    if (keys === undefined) continue;
    const operator = parseOperator(block.key.value);
    for (const keyProp of keys.properties) {
      if (isIntrinsicKey(keyProp.key.value)) continue;
      out.push({ statement: s, block, operator, keyProp, key: keyProp.key.value, value: keyProp.value, values: keyProp.value !== undefined && !isIntrinsic(keyProp.value) ? asList(keyProp.value) : [] });
    }
  }
  return Object.freeze(out);
});

/** The text of a scalar condition value (`true` for a JSON boolean, `10` for a number); undefined otherwise. */
export function scalarText(v: ValueNode): string | undefined {
  if (v.type === 'string') return v.value;
  if (v.type === 'number') return v.raw;
  if (v.type === 'boolean') return String(v.value);
  return undefined;
}

/** Whether a statement's effect is `Allow` (the default when the Effect is unreadable is neither). */
export function effectOf(s: StatementView): 'Allow' | 'Deny' | undefined {
  const v = s.effect?.value;
  if (v?.type !== 'string') return undefined;
  return v.value === 'Allow' ? 'Allow' : v.value === 'Deny' ? 'Deny' : undefined;
}

/**
 * Whether a condition entry widens what a statement grants when its value is broad: an `Allow` with a
 * positive operator, or a `Deny` with a negated one (the deny then applies to fewer requests).
 */
export function grantsWhenMatching(e: ConditionEntry): boolean {
  const effect = effectOf(e.statement);
  if (e.operator === undefined || effect === undefined) return false;
  return effect === 'Allow' ? !e.operator.base.negated : e.operator.base.negated;
}
