// Where the cursor is in policy terms, shared by the IAM hovers and completions: which statement, which
// element (`Action`, `Resource`, `Condition`, `Principal`, ...), and inside a Condition which operator
// and key. Also how to write inserted text for the host (JSON, YAML, JSON inside a string).

import type { Catalog } from '../../iam/catalog';
import { isIntrinsic } from '../../iam/conditions';
import { Node, ValueNode, asList, nodeAt } from '../../parse/tree';
import { StatementView, policyView } from '../../iam/policy';
import { flavorOf, EditFlavor, escapeForHostString } from '../../rules/fixes';
import { pathFrom } from '../locate';
import type { FeatureContext } from '../types';

export interface PolicyPlace {
  statement?: StatementView;
  /** The statement element (`Action`, `Resource`, `Condition`, ...), when inside one. */
  element?: string;
  /** Path below the element (`['StringEquals', 'aws:SourceIp', 0]` inside Condition). */
  rest: (string | number)[];
  /** The path from the policy root. */
  path: (string | number)[];
}

/** The statement and element at the cursor (undefined outside an IAM policy unit). */
export function placeOf(ctx: FeatureContext): PolicyPlace | undefined {
  return placeAt(ctx, ctx.path);
}

/** The statement and element of a path from the unit root. */
export function placeAt(ctx: FeatureContext, path: (string | number)[]): PolicyPlace | undefined {
  if (ctx.unit?.kind !== 'iam-policy') return undefined;
  const policy = policyView(ctx.unit.root);
  if (path[0] !== 'Statement') return { rest: path, path };
  let i = 1;
  let statement: StatementView | undefined;
  if (typeof path[1] === 'number') {
    statement = policy?.statements.find((s) => s.index === path[1]);
    i = 2;
  } else {
    statement = policy?.statements.find((s) => s.index === 0 && policy.statement?.value?.type === 'object');
  }
  const element = typeof path[i] === 'string' ? (path[i] as string) : undefined;
  return { statement, element, rest: element === undefined ? [] : path.slice(i + 1), path };
}

/** The catalog, when the host loaded it. */
export function catalogOf(ctx: FeatureContext): Catalog | undefined {
  return ctx.services.catalog;
}

/** A line naming the catalog's data, for hovers. */
export function catalogNote(catalog: Catalog): string {
  return `_IAM catalog of ${catalog.date} (${catalog.source.package} ${catalog.version})._`;
}

/** How inserted text must be written at the cursor's unit. */
export function flavorAt(ctx: FeatureContext): EditFlavor {
  if (ctx.unit === undefined) return ctx.doc.format;
  return flavorOf(ctx.doc, ctx.unit);
}

/** Whether the host is JSON-like at the cursor (JSON files and JSON embedded in strings). */
export function jsonAt(ctx: FeatureContext): boolean {
  return flavorAt(ctx) !== 'yaml';
}

/**
 * Text for a string value at the cursor: bare inside quotes, quoted in JSON, escaped inside a JSON
 * string, bare (or quoted when needed) in YAML.
 */
export function stringInsert(ctx: FeatureContext, value: string): string {
  if (ctx.location.inString) return value;
  const flavor = flavorAt(ctx);
  if (flavor === 'json') return JSON.stringify(value);
  if (flavor === 'json-in-string') return escapeForHostString(JSON.stringify(value));
  return /^[*&!%@`'"{}[\],#|>?-]|: |\s#|^(true|false|null|yes|no|on|off)$/i.test(value) || /^[\d.+-]+$/.test(value) ? JSON.stringify(value) : value;
}

/** Escapes text for a snippet body (`$`, `}` and `\` are special). */
export function snippetEscape(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** The literal strings of an element value (`"a"` or `["a", "b"]`), intrinsics left out. */
export function literalStringsOf(v: ValueNode | undefined): string[] {
  if (v === undefined || isIntrinsic(v)) return [];
  return asList(v).flatMap((n) => (n.type === 'string' ? [n.value] : []));
}

/**
 * For completion: the place of the value being written (`position` value), from the property that
 * owns it (also when the value is still missing), or of the object whose key is being written.
 */
export function completionPlace(ctx: FeatureContext): PolicyPlace | undefined {
  const loc = ctx.location;
  const root = ctx.unit?.root;
  if (loc.position === 'value' && loc.property !== undefined) return placeAt(ctx, [...pathFrom(loc.property, root), loc.property.key.value]);
  if (loc.position === 'key') {
    if (loc.object !== undefined) return placeAt(ctx, pathFrom(loc.object, root));
    if (loc.property !== undefined) return placeAt(ctx, [...pathFrom(loc.property, root), loc.property.key.value]);
    return placeAt(ctx, []);
  }
  return undefined;
}

/**
 * For hovers: the innermost node under the cursor and its place. The completion-oriented location reads
 * YAML lines (a half-typed key is not in the tree yet); a hover needs the node that is there.
 */
export function hoverTarget(ctx: FeatureContext): { node: Node; place: PolicyPlace } | undefined {
  const root = ctx.unit?.root;
  if (root === undefined || ctx.unit?.kind !== 'iam-policy') return undefined;
  const node = nodeAt(root, ctx.offset, true);
  if (node === undefined) return undefined;
  const place = placeAt(ctx, pathFrom(node, root));
  return place === undefined ? undefined : { node, place };
}

/** Whether a node is the key of its property. */
export function isKey(node: Node): boolean {
  return node.parent?.type === 'property' && node.parent.key === node;
}

/**
 * The cursor location with the typed prefix and the replaced range of a string value read from the
 * decoded string: inside a policy held in a JSON string, the text around the cursor is escaped (`\"s3:Get`),
 * so the location read from the host text would see the escape characters as part of the value.
 */
export function decodedLocation(ctx: FeatureContext): FeatureContext['location'] {
  const loc = ctx.location;
  const node = loc.node;
  if (ctx.unit?.embedding !== 'string' || node?.type !== 'string' || node.map === undefined) return loc;
  let i = 0;
  while (i < node.value.length && node.map.toHost(i) < ctx.offset) i++;
  return { ...loc, prefix: node.value.slice(0, i), replace: node.map.rangeToHost(0, node.value.length), inString: true };
}
