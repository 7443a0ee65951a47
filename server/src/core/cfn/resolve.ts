// Static resolution of CloudFormation values: what a property holds once `Ref`, `Fn::GetAtt`, `Fn::Sub`,
// `Fn::Join` and `Fn::FindInMap` are followed between the resources, parameters (their `Default`) and
// mappings of the same template. Anything that depends on deployment (pseudo parameters other than the
// partition, imports, conditions, parameters without a default) stays unknown, and the rules that use
// this module say nothing about unknown values.
//
// INVARIANT: every function here is pure and total: a half-typed template yields `undefined`, never a throw.

import { ObjectNode, StringNode, ValueNode, getValue, isArray, isObject, isString } from '../parse/tree';
import { PSEUDO_PARAMETERS, TemplateModel, TemplateParameter, TemplateResource, intrinsicArg, intrinsicName } from '../model/template';
import type { AnalysisUnit } from '../model/units';

/** One piece of a string value: literal text, a reference to a template resource, or something unknown. */
export type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'ref'; resource: TemplateResource; attribute: string }
  | { kind: 'unknown' };

/** A scalar whose value is known statically, with the node where it is written. */
export interface KnownScalar {
  value: string | number | boolean;
  /** The node that holds the value: the property value itself, or the parameter default it came from. */
  node: ValueNode;
  /** Set when the value is a parameter's `Default` (it can be overridden at deployment). */
  param?: TemplateParameter;
}

const MAX_DEPTH = 12;

/**
 * The literal value of a node: a scalar, a parameter default reached through `Ref`, or a string built
 * from known pieces (`Fn::Sub`, `Fn::Join`). Undefined when any part is unknown.
 */
export function resolveScalar(t: TemplateModel | undefined, node: ValueNode | undefined): KnownScalar | undefined {
  return scalar(t, node, 0);
}

function scalar(t: TemplateModel | undefined, node: ValueNode | undefined, depth: number): KnownScalar | undefined {
  if (node === undefined || depth > MAX_DEPTH) return undefined;
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') return { value: node.value, node };
  if (t === undefined) return undefined;
  const fn = intrinsicName(node);
  if (fn === undefined) return undefined;
  const arg = intrinsicArg(node);
  if (fn === 'Ref' && isString(arg)) {
    const p = t.parameters.get(arg.value);
    if (p === undefined || p.defaultValue === undefined) return undefined;
    const r = scalar(t, p.defaultValue, depth + 1);
    return r === undefined ? undefined : { ...r, param: r.param ?? p };
  }
  if (fn === 'Fn::FindInMap') {
    const target = findInMap(t, arg, depth);
    return scalar(t, target, depth + 1);
  }
  const pieces = textPieces(t, node, depth);
  if (pieces === undefined || pieces.some((p) => p.kind !== 'text')) return undefined;
  return { value: pieces.map((p) => (p.kind === 'text' ? p.text : '')).join(''), node };
}

/** Whether a node is an intrinsic whose value cannot be known statically (rules say nothing about it). */
export function isUnresolved(t: TemplateModel | undefined, node: ValueNode | undefined): boolean {
  if (isFunctionLike(node)) return true;
  return intrinsicName(node) !== undefined && resolveScalar(t, node) === undefined;
}

/** `{"Fn::Anything": ...}`: an intrinsic this version does not know (CloudFormation adds new ones). */
export function isFunctionLike(node: ValueNode | undefined): boolean {
  return isObject(node) && node.properties.length === 1 && node.properties[0].key.value.startsWith('Fn::') && intrinsicName(node) === undefined;
}

/** A number from a number node or a numeric string (SQS attribute files write `"60"`). */
export function resolveNumber(t: TemplateModel | undefined, node: ValueNode | undefined): (KnownScalar & { value: number }) | undefined {
  const s = resolveScalar(t, node);
  if (s === undefined) return undefined;
  const n = toNumber(s.value);
  return n === undefined ? undefined : { ...s, value: n };
}

/** `true`/`false` from a boolean or the strings AWS accepts for it (case-insensitive). */
export function resolveBoolean(t: TemplateModel | undefined, node: ValueNode | undefined): boolean | undefined {
  const s = resolveScalar(t, node);
  if (s === undefined) return undefined;
  if (typeof s.value === 'boolean') return s.value;
  if (typeof s.value === 'string') {
    const v = s.value.trim().toLowerCase();
    if (v === 'true') return true;
    if (v === 'false') return false;
  }
  return undefined;
}

export function resolveString(t: TemplateModel | undefined, node: ValueNode | undefined): (KnownScalar & { value: string }) | undefined {
  const s = resolveScalar(t, node);
  return s !== undefined && typeof s.value === 'string' ? (s as KnownScalar & { value: string }) : undefined;
}

/** A number for `60`, `"60"`, `" 60 "`; undefined for anything else (`"60s"`, `""`, `true`). */
export function toNumber(v: string | number | boolean): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  return Number(s);
}

function findInMap(t: TemplateModel, arg: ValueNode | undefined, depth: number): ValueNode | undefined {
  if (!isArray(arg) || arg.items.length < 3) return undefined;
  const keys = arg.items.slice(0, 3).map((k) => scalar(t, k, depth + 1));
  if (keys.some((k) => k === undefined)) return undefined;
  const mappings = getValue(t.root, 'Mappings');
  return getValue(getValue(getValue(mappings, String(keys[0]!.value)), String(keys[1]!.value)), String(keys[2]!.value));
}

/**
 * A string-valued node split into literal text and references: `!Sub 'arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:${Q.QueueName}'`
 * gives text, unknown, text, unknown, text, ref(Q, QueueName). Undefined when the node is not string-like.
 */
export function textPieces(t: TemplateModel | undefined, node: ValueNode | undefined, depth = 0): Piece[] | undefined {
  if (node === undefined || depth > MAX_DEPTH) return undefined;
  if (node.type === 'string') return [{ kind: 'text', text: node.value }];
  if (node.type === 'number' || node.type === 'boolean') return [{ kind: 'text', text: String(node.value) }];
  const fn = intrinsicName(node);
  if (fn === undefined) return undefined;
  const arg = intrinsicArg(node);
  if (t === undefined) return [{ kind: 'unknown' }];
  switch (fn) {
    case 'Ref':
      return isString(arg) ? namePieces(t, arg.value, undefined, depth) : [{ kind: 'unknown' }];
    case 'Fn::GetAtt': {
      const ga = getAttParts(arg);
      const r = ga ? t.resources.get(ga.resource) : undefined;
      return r && ga ? [{ kind: 'ref', resource: r, attribute: ga.attribute }] : [{ kind: 'unknown' }];
    }
    case 'Fn::Sub':
      return subPieces(t, arg, depth);
    case 'Fn::Join': {
      if (!isArray(arg) || arg.items.length !== 2 || !isString(arg.items[0]) || !isArray(arg.items[1])) return [{ kind: 'unknown' }];
      const delim = arg.items[0].value;
      const out: Piece[] = [];
      arg.items[1].items.forEach((item, i) => {
        if (i > 0 && delim !== '') out.push({ kind: 'text', text: delim });
        out.push(...(textPieces(t, item, depth + 1) ?? [{ kind: 'unknown' as const }]));
      });
      return merge(out);
    }
    case 'Fn::FindInMap': {
      const v = findInMap(t, arg, depth);
      return v === undefined ? [{ kind: 'unknown' }] : textPieces(t, v, depth + 1) ?? [{ kind: 'unknown' }];
    }
    default:
      return [{ kind: 'unknown' }];
  }
}

/** `Fn::GetAtt` arguments: `"Q.Arn"` or `["Q", "Arn"]`. */
export function getAttParts(arg: ValueNode | undefined): { resource: string; attribute: string; resourceNode?: StringNode } | undefined {
  if (isString(arg)) {
    const i = arg.value.indexOf('.');
    if (i <= 0) return undefined;
    return { resource: arg.value.slice(0, i), attribute: arg.value.slice(i + 1), resourceNode: arg };
  }
  if (isArray(arg) && arg.items.length === 2 && isString(arg.items[0])) {
    const a = arg.items[1];
    return { resource: arg.items[0].value, attribute: isString(a) ? a.value : '?', resourceNode: arg.items[0] };
  }
  return undefined;
}

function namePieces(t: TemplateModel, name: string, vars: ObjectNode | undefined, depth: number): Piece[] {
  const v = vars ? getValue(vars, name) : undefined;
  if (v !== undefined) return textPieces(t, v, depth + 1) ?? [{ kind: 'unknown' }];
  const dot = name.indexOf('.');
  if (dot > 0) {
    const r = t.resources.get(name.slice(0, dot));
    return r ? [{ kind: 'ref', resource: r, attribute: name.slice(dot + 1) }] : [{ kind: 'unknown' }];
  }
  const r = t.resources.get(name);
  if (r) return [{ kind: 'ref', resource: r, attribute: 'Ref' }];
  const p = t.parameters.get(name);
  if (p && p.defaultValue !== undefined && p.type !== 'CommaDelimitedList' && !p.type.startsWith('List<') && !p.type.startsWith('AWS::SSM::')) {
    return textPieces(t, p.defaultValue, depth + 1) ?? [{ kind: 'unknown' }];
  }
  if (PSEUDO_PARAMETERS.has(name)) return [{ kind: 'unknown' }];
  return [{ kind: 'unknown' }];
}

function subPieces(t: TemplateModel, arg: ValueNode | undefined, depth: number): Piece[] {
  let template: ValueNode | undefined = arg;
  let vars: ObjectNode | undefined;
  if (isArray(arg)) {
    template = arg.items[0];
    const v = arg.items[1];
    if (isObject(v)) vars = v;
  }
  if (!isString(template)) return [{ kind: 'unknown' }];
  return subStringPieces(t, template.value, vars, depth);
}

/** The pieces of an `Fn::Sub` template string (`${Name}`, `${Res.Attr}`, `${!Literal}`). */
export function subStringPieces(t: TemplateModel, s: string, vars: ObjectNode | undefined, depth = 0): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  let i = s.indexOf('${');
  while (i !== -1) {
    const close = s.indexOf('}', i + 2);
    if (close === -1) break;
    if (s.charCodeAt(i + 2) === 33 /* ! */) {
      out.push({ kind: 'text', text: s.slice(last, i) + '${' });
      last = i + 3;
    } else {
      if (i > last) out.push({ kind: 'text', text: s.slice(last, i) });
      out.push(...namePieces(t, s.slice(i + 2, close).trim(), vars, depth));
      last = close + 1;
    }
    i = s.indexOf('${', close + 1);
  }
  if (last < s.length) out.push({ kind: 'text', text: s.slice(last) });
  return merge(out);
}

function merge(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (p.kind === 'text' && prev !== undefined && prev.kind === 'text') out[out.length - 1] = { kind: 'text', text: prev.text + p.text };
    else if (!(p.kind === 'text' && p.text === '')) out.push(p);
  }
  return out;
}

// ---------- What a value points at ----------

/** What an ARN, URL, name or reference designates: a resource of the template, or something outside it. */
export interface Target {
  /** The template resource, when the value references one. */
  resource?: TemplateResource;
  /** `Ref` or the `Fn::GetAtt` attribute used (`Arn`, `QueueName`, `QueueUrl`). */
  attribute?: string;
  /** Service of the target (`sqs`, `sns`, `lambda`, `s3`, ...), when known. */
  service?: string;
  /** Resource name (queue, topic, function, bucket), when written literally. */
  name?: string;
  /** The full literal (ARN or URL), when the value is entirely literal. */
  literal?: string;
  /** The node holding the reference. */
  node: ValueNode;
}

const SERVICE_OF_TYPE: Readonly<Record<string, string>> = {
  'AWS::SQS::Queue': 'sqs',
  'AWS::SNS::Topic': 'sns',
  'AWS::Lambda::Function': 'lambda',
  'AWS::Serverless::Function': 'lambda',
  'AWS::Lambda::Alias': 'lambda',
  'AWS::Lambda::Version': 'lambda',
  'AWS::S3::Bucket': 's3',
  'AWS::Kinesis::Stream': 'kinesis',
  'AWS::DynamoDB::Table': 'dynamodb',
  'AWS::Serverless::SimpleTable': 'dynamodb',
  'AWS::Events::EventBus': 'events',
  'AWS::MSK::Cluster': 'kafka',
  'AWS::AmazonMQ::Broker': 'mq',
  'AWS::DocDB::DBCluster': 'rds',
  'AWS::StepFunctions::StateMachine': 'states',
  'AWS::Serverless::StateMachine': 'states',
};

export function serviceOfType(type: string): string | undefined {
  return SERVICE_OF_TYPE[type];
}

/** Resolves a property value that names another resource (an ARN, a queue URL, a name, a `Ref`/`GetAtt`). */
export function resolveTarget(t: TemplateModel | undefined, node: ValueNode | undefined): Target | undefined {
  if (node === undefined) return undefined;
  return targetFromPieces(textPieces(t, node), node);
}

/**
 * Like `resolveTarget`, for a node of an analysis unit: inside JSON embedded with `Fn::Sub` (or
 * `Fn::Join`), a string such as `"${DeadLetterQueue.Arn}"` is resolved against the template too.
 */
export function resolveTargetIn(t: TemplateModel | undefined, unit: AnalysisUnit, node: ValueNode | undefined): Target | undefined {
  if (node === undefined) return undefined;
  const pieces = unitPieces(t, unit, node);
  return pieces === undefined ? resolveTarget(t, node) : targetFromPieces(pieces, node);
}

/** Like `resolveScalar`, for a node of an analysis unit (see `resolveTargetIn`). */
export function resolveScalarIn(t: TemplateModel | undefined, unit: AnalysisUnit, node: ValueNode | undefined): KnownScalar | undefined {
  if (node === undefined) return undefined;
  const pieces = unitPieces(t, unit, node);
  if (pieces === undefined) return resolveScalar(t, node);
  if (pieces.some((p) => p.kind !== 'text')) return undefined;
  return { value: pieces.map((p) => (p.kind === 'text' ? p.text : '')).join(''), node };
}

function unitPieces(t: TemplateModel | undefined, unit: AnalysisUnit, node: ValueNode): Piece[] | undefined {
  if (t === undefined || unit.embedding !== 'string' || !isString(node) || !node.value.includes('${')) return undefined;
  const via = unit.embedded?.via;
  if (via !== 'Fn::Sub' && via !== 'Fn::Join') return undefined;
  const arg = intrinsicArg(unit.embedded?.hostNode);
  const vars = via === 'Fn::Sub' && isArray(arg) && isObject(arg.items[1]) ? arg.items[1] : undefined;
  return subStringPieces(t, node.value, vars);
}

function targetFromPieces(pieces: Piece[] | undefined, node: ValueNode): Target | undefined {
  if (pieces === undefined || pieces.length === 0) return undefined;
  if (pieces.length === 1 && pieces[0].kind === 'ref') {
    const r = pieces[0].resource;
    return { resource: r, attribute: pieces[0].attribute, service: serviceOfType(r.type), node };
  }
  if (pieces.every((p) => p.kind === 'unknown')) return undefined;
  // `${Bucket.Arn}/*`, `${Queue.Arn}:suffix`: an ARN attribute followed by a literal path.
  const lead = pieces[0];
  const tail = pieces.slice(1);
  if (lead.kind === 'ref' && lead.attribute === 'Arn' && tail.every((p) => p.kind === 'text') && /^[/:]/.test(tail.map((p) => (p as { text: string }).text).join(''))) {
    return { resource: lead.resource, attribute: lead.attribute, service: serviceOfType(lead.resource.type), node };
  }
  const out: Target = { node };
  const text = pieces.every((p) => p.kind === 'text') ? pieces.map((p) => (p as { text: string }).text).join('') : undefined;
  if (text !== undefined) out.literal = text;
  // Segment the pieces on ':' (ARN) or '/' (URL path) to find the service and the final name.
  const first = pieces[0];
  const head = first.kind === 'text' ? first.text : '';
  if (head.startsWith('arn:')) {
    const segs = splitPieces(pieces, ':');
    const svc = segText(segs[2]);
    if (svc !== undefined) out.service = svc;
    const rest = segs.slice(5);
    if (rest.length === 0) return out;
    let nameSeg = rest[rest.length - 1];
    if (out.service === 'lambda') nameSeg = rest[1] ?? rest[0]; // function:NAME[:qualifier]
    if (out.service === 's3') nameSeg = splitPieces(rest[0], '/')[0];
    const ref = segRef(nameSeg);
    if (ref !== undefined) {
      out.resource = ref.resource;
      out.attribute = ref.attribute;
    } else {
      const n = segText(nameSeg);
      if (n !== undefined) out.name = n;
    }
    return out;
  }
  if (/^https:\/\/(sqs|queue)\./.test(head)) {
    out.service = 'sqs';
    const segs = splitPieces(pieces, '/');
    const last = segs[segs.length - 1];
    const ref = segRef(last);
    if (ref !== undefined) {
      out.resource = ref.resource;
      out.attribute = ref.attribute;
    } else {
      const n = segText(last);
      if (n !== undefined) out.name = n;
    }
  }
  return out;
}

function splitPieces(pieces: Piece[], sep: string): Piece[][] {
  const segs: Piece[][] = [[]];
  for (const p of pieces) {
    if (p.kind !== 'text') {
      segs[segs.length - 1].push(p);
      continue;
    }
    const parts = p.text.split(sep);
    parts.forEach((part, i) => {
      if (i > 0) segs.push([]);
      if (part !== '') segs[segs.length - 1].push({ kind: 'text', text: part });
    });
  }
  return segs;
}

function segText(seg: Piece[] | undefined): string | undefined {
  if (seg === undefined) return undefined;
  if (seg.length === 0) return '';
  if (seg.every((p) => p.kind === 'text')) return seg.map((p) => (p as { text: string }).text).join('');
  return undefined;
}

function segRef(seg: Piece[] | undefined): { resource: TemplateResource; attribute: string } | undefined {
  if (seg === undefined || seg.length !== 1 || seg[0].kind !== 'ref') return undefined;
  return { resource: seg[0].resource, attribute: seg[0].attribute };
}

/** The logical id a `Ref`/`Fn::GetAtt` node names directly (not through Sub/Join), with its name node. */
export function directRef(node: ValueNode | undefined): { name: string; attribute: string; nameNode: StringNode } | undefined {
  const fn = intrinsicName(node);
  const arg = intrinsicArg(node);
  if (fn === 'Ref' && isString(arg)) return { name: arg.value, attribute: 'Ref', nameNode: arg };
  if (fn === 'Fn::GetAtt') {
    const ga = getAttParts(arg);
    if (ga?.resourceNode) return { name: ga.resource, attribute: ga.attribute, nameNode: ga.resourceNode };
  }
  return undefined;
}
