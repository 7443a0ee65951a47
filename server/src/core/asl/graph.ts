// The state machine as a graph, for the editor's graph view and `awspolicy graph`: one node per state
// (Parallel and Map states become a group holding a header node, their branches or item processor,
// and a join node), edges for Next, Default, Choice rules and Catchers, a Start and an End node, and
// every node carrying the host range of its state name so a click can reveal it.
// Rendering (Mermaid, DOT, SVG) lives in graph-render.ts.

import type { DocumentModel } from '../model/document';
import type { AnalysisUnit } from '../model/units';
import { ObjectNode, getValue, isArray, isString } from '../parse/tree';
import { AslMachine, AslScope, AslState, aslModel } from './model';

export type NodeKind = 'state' | 'start' | 'end' | 'join';
export type EdgeKind = 'start' | 'next' | 'default' | 'choice' | 'catch' | 'end' | 'branch';

export interface GraphNode {
  id: string;
  label: string;
  kind: NodeKind;
  /** The state type, for `state` nodes. */
  type?: string;
  /** The group the node belongs to. */
  group?: string;
  /** Host range of the state name (for `state` nodes). */
  offset?: number;
  length?: number;
  unreachable?: boolean;
  /** Referenced but missing, or otherwise invalid (drawn as an error). */
  missing?: boolean;
}

export interface GraphGroup {
  id: string;
  label: string;
  kind: 'parallel' | 'branch' | 'map';
  parent?: string;
  offset?: number;
  length?: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label?: string;
}

export interface StateGraph {
  /** The machine's name: the template resource, or the file. */
  name: string;
  /** Where the definition is (`Resources.M.Properties.Definition`), '' for a standalone file. */
  location: string;
  workflowType?: string;
  nodes: GraphNode[];
  groups: GraphGroup[];
  edges: GraphEdge[];
}

const MAX_NODES = 5000;

/** One graph per state machine of a document (a standalone file has one; a template one per resource definition). */
export function documentGraphs(doc: DocumentModel): StateGraph[] {
  const out: StateGraph[] = [];
  for (const u of doc.units) {
    if (u.kind !== 'asl') continue;
    const m = aslModel(u);
    if (m === undefined) continue;
    out.push(buildGraph(m, unitName(doc, u), u.location, u.context.stateMachineType));
  }
  return out;
}

function unitName(doc: DocumentModel, u: AnalysisUnit): string {
  if (u.resource !== undefined) return u.location.includes('(if') ? `${u.resource.name} ${u.location.slice(u.location.indexOf('('))}` : u.resource.name;
  return doc.uri.replace(/\\/g, '/').split('/').pop() ?? 'state machine';
}

export function buildGraph(machine: AslMachine, name: string, location = '', workflowType?: string): StateGraph {
  const g: StateGraph = { name, location, workflowType, nodes: [], groups: [], edges: [] };
  const ids = new Map<AslState, string>();
  machine.states.forEach((s, i) => ids.set(s, `s${i}`));
  const entryOf = (s: AslState): string => ids.get(s)!;
  // Parallel and Map states continue from their join node.
  const exitOf = (s: AslState): string => (isGroupState(s) ? `${ids.get(s)}_join` : ids.get(s)!);

  const addScope = (scope: AslScope, group: string | undefined, start: string, end: string): void => {
    const startAt = scope.startAt?.value;
    const first = isString(startAt) ? scope.byName.get(startAt.value) : undefined;
    if (first !== undefined) g.edges.push({ from: start, to: entryOf(first), kind: start === 'sfn_start' ? 'start' : 'branch' });
    for (const s of scope.states) {
      if (g.nodes.length > MAX_NODES) return;
      const id = ids.get(s)!;
      const unreachable = first !== undefined && !s.reachable;
      const base = { label: s.name, kind: 'state' as const, type: s.type, offset: s.key.offset, length: s.key.length, unreachable };
      if (isGroupState(s)) {
        const gid = `${id}_group`;
        g.groups.push({ id: gid, label: `${s.name} (${s.type})`, kind: s.type === 'Map' ? 'map' : 'parallel', parent: group, offset: s.key.offset, length: s.key.length });
        g.nodes.push({ id, ...base, group: gid });
        g.nodes.push({ id: `${id}_join`, label: '', kind: 'join', group: gid });
        s.children.forEach((child, i) => {
          const cid = `${id}_b${i}`;
          g.groups.push({ id: cid, label: s.type === 'Map' ? 'Item processor' : `Branch ${i + 1}`, kind: 'branch', parent: gid });
          addScope(child, cid, id, `${id}_join`);
        });
      } else {
        g.nodes.push({ id, ...base, group });
      }
      for (const ref of s.out) {
        const target = ref.target;
        if (target === undefined) {
          const mid = `${id}_missing_${g.edges.length}`;
          g.nodes.push({ id: mid, label: `${ref.name} (missing)`, kind: 'state', group, missing: true, offset: ref.node.offset, length: ref.node.length });
          g.edges.push({ from: exitOf(s), to: mid, kind: edgeKind(ref.kind), label: edgeLabel(ref.kind, ref.holder) });
          continue;
        }
        g.edges.push({ from: exitOf(s), to: entryOf(target), kind: edgeKind(ref.kind), label: edgeLabel(ref.kind, ref.holder) });
      }
      if (s.terminal) g.edges.push({ from: exitOf(s), to: end, kind: 'end' });
    }
  };

  // `end` is a Mermaid keyword, hence the prefixed ids.
  g.nodes.push({ id: 'sfn_start', label: 'Start', kind: 'start' });
  g.nodes.push({ id: 'sfn_end', label: 'End', kind: 'end' });
  addScope(machine.root, undefined, 'sfn_start', 'sfn_end');
  return g;
}

function isGroupState(s: AslState): boolean {
  return (s.type === 'Parallel' || s.type === 'Map') && s.children.length > 0;
}

function edgeKind(k: string): EdgeKind {
  return k === 'Default' ? 'default' : k === 'Choice' ? 'choice' : k === 'Catch' ? 'catch' : 'next';
}

function edgeLabel(kind: string, holder: ObjectNode | undefined): string | undefined {
  if (kind === 'Default') return 'Default';
  if (kind === 'Catch') {
    const eq = getValue(holder, 'ErrorEquals');
    const names = isArray(eq) ? eq.items.filter(isString).map((n) => n.value) : [];
    return names.length > 0 ? `Catch ${names.join(', ')}` : 'Catch';
  }
  if (kind === 'Choice') return choiceLabel(holder);
  return undefined;
}

/** A short label for a Choice rule: `$.x == 'a'`, `Condition`, or the comment. */
function choiceLabel(rule: ObjectNode | undefined): string | undefined {
  if (rule === undefined) return undefined;
  const comment = getValue(rule, 'Comment');
  if (isString(comment)) return comment.value.slice(0, 40);
  const cond = getValue(rule, 'Condition');
  if (isString(cond)) return cond.value.replace(/^\{%\s*|\s*%\}$/g, '').slice(0, 40);
  const variable = getValue(rule, 'Variable');
  const op = rule.properties.find((p) => p.key.value !== 'Variable' && p.key.value !== 'Next' && p.key.value !== 'Comment' && p.key.value !== 'Assign');
  if (op === undefined) return undefined;
  const v = op.value;
  const value = v === undefined ? '' : v.type === 'string' ? `'${v.value}'` : v.type === 'number' || v.type === 'boolean' ? String(v.value) : '…';
  return `${isString(variable) ? variable.value + ' ' : ''}${op.key.value} ${value}`.trim().slice(0, 40);
}
