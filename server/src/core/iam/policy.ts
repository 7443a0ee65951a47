// A read-only view of an IAM policy document on the node tree: its statements and their elements.
// Shared by the IAM rules, hovers, completions and the simulator's statement locations.

import { ObjectNode, PropertyNode, StringNode, ValueNode, asList, getProperty, isObject } from '../parse/tree';

export const STATEMENT_ELEMENTS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'] as const;
export const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'] as const;

export interface StatementView {
  node: ObjectNode;
  index: number;
  sid?: PropertyNode;
  effect?: PropertyNode;
  principal?: PropertyNode;
  notPrincipal?: PropertyNode;
  action?: PropertyNode;
  notAction?: PropertyNode;
  resource?: PropertyNode;
  notResource?: PropertyNode;
  condition?: PropertyNode;
}

export interface PolicyView {
  root: ObjectNode;
  version?: PropertyNode;
  id?: PropertyNode;
  statement?: PropertyNode;
  /** Statement objects (a single object `Statement` counts as a list of one). Non-objects are skipped. */
  statements: StatementView[];
}

/**
 * Views per policy root: every IAM rule asks for the view of the same node, once per document version.
 * INVARIANT: views are read-only (nodes are immutable per version), so sharing them is safe.
 */
const viewCache = new WeakMap<ObjectNode, PolicyView>();

export function policyView(root: ValueNode | undefined): PolicyView | undefined {
  if (!isObject(root)) return undefined;
  const hit = viewCache.get(root);
  if (hit !== undefined) return hit;
  const view = buildView(root);
  viewCache.set(root, view);
  return view;
}

function buildView(root: ObjectNode): PolicyView {
  const statement = getProperty(root, 'Statement');
  const statements: StatementView[] = [];
  asList(statement?.value).forEach((s, index) => {
    if (!isObject(s)) return;
    statements.push({
      node: s,
      index,
      sid: getProperty(s, 'Sid'),
      effect: getProperty(s, 'Effect'),
      principal: getProperty(s, 'Principal'),
      notPrincipal: getProperty(s, 'NotPrincipal'),
      action: getProperty(s, 'Action'),
      notAction: getProperty(s, 'NotAction'),
      resource: getProperty(s, 'Resource'),
      notResource: getProperty(s, 'NotResource'),
      condition: getProperty(s, 'Condition'),
    });
  });
  return { root, version: getProperty(root, 'Version'), id: getProperty(root, 'Id'), statement, statements };
}

/** The string values of an element that takes "a string or a list of strings" (non-strings skipped). */
export function stringValues(node: ValueNode | undefined): StringNode[] {
  return asList(node).filter((n): n is StringNode => n.type === 'string');
}

/**
 * Where to point a "something is missing in this object" finding: the key that holds the object
 * (`PolicyDocument`, `Statement`), or its opening brace when it is an array item, or its first key
 * (a YAML root has no brace). Keeps such findings on one line.
 */
export function anchorOf(obj: ValueNode): { offset: number; length: number } {
  const p = obj.parent;
  if (p !== undefined && p.type === 'property' && p.value === obj) return { offset: p.key.offset, length: p.key.length };
  if (obj.type === 'object') {
    if (obj.length > 0 && obj.offset >= 0) {
      // `{` in JSON and flow YAML; a block mapping starts with its first key.
      const first = obj.properties[0];
      if (first !== undefined && first.offset === obj.offset) return { offset: first.key.offset, length: first.key.length };
      return { offset: obj.offset, length: 1 };
    }
  }
  return { offset: obj.offset, length: Math.min(obj.length, 1) };
}

/** The statement's label for messages: its Sid, or its position. */
export function statementLabel(s: StatementView): string {
  const sid = s.sid?.value;
  if (sid !== undefined && sid.type === 'string' && sid.value !== '') return `'${sid.value}'`;
  return `#${s.index + 1}`;
}
