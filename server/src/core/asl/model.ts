// The state machine model shared by the ASL rules, the editor features and the graph: scopes (the
// machine root, each Parallel branch, each Map processor), their states, every state-name reference
// (`StartAt`, `Next`, `Default`, Choice rule and Catcher `Next`) with its resolution, reachability and
// whether each state can reach an end. Built in one linear pass over the tree and kept per unit root.

import type { AnalysisUnit } from '../model/units';
import { ArrayNode, ObjectNode, PropertyNode, StringNode, ValueNode, getProperty, getValue, isArray, isObject, isString } from '../parse/tree';
import { QueryLanguage, STATE_TYPE_SET } from './spec';

export type ScopeKind = 'root' | 'branch' | 'processor';
export type ReferenceKind = 'StartAt' | 'Next' | 'Default' | 'Choice' | 'Catch';

export interface AslScope {
  kind: ScopeKind;
  /** The object holding `StartAt` and `States`. */
  node: ObjectNode;
  /** The Parallel or Map state that owns a branch or processor. */
  owner?: AslState;
  /** Branch index for Parallel branches. */
  index?: number;
  /** The field holding the processor (`ItemProcessor` or `Iterator`). */
  field?: string;
  startAt?: PropertyNode;
  states: AslState[];
  /** State name → state (the last duplicate wins, as AWS keeps the last). */
  byName: Map<string, AslState>;
  statesNode?: ObjectNode;
  depth: number;
}

export interface AslReference {
  kind: ReferenceKind;
  name: string;
  /** The string node naming the target. */
  node: StringNode;
  scope: AslScope;
  /** The state the transition leaves from (absent for `StartAt`). */
  from?: AslState;
  /** The target in the same scope, when it exists. */
  target?: AslState;
  /** For Choice rules and Catchers: the rule or catcher object. */
  holder?: ObjectNode;
}

export interface AslState {
  name: string;
  key: StringNode;
  prop: PropertyNode;
  /** The state definition; undefined when it is not an object. */
  node: ObjectNode | undefined;
  /** `Type` when it is a string. */
  type: string | undefined;
  scope: AslScope;
  queryLanguage: QueryLanguage;
  /** Branches (Parallel) or the processor (Map). */
  children: AslScope[];
  /** Outgoing transitions (Next, Default, Choice rule Next, Catcher Next). */
  out: AslReference[];
  /** Incoming references from the same scope (StartAt included). */
  incoming: AslReference[];
  /** `End: true`, or a Succeed or Fail state. */
  terminal: boolean;
  reachable: boolean;
  /** Some path from this state reaches a terminal state of its scope. */
  canTerminate: boolean;
}

export interface AslMachine {
  root: AslScope;
  scopes: AslScope[];
  /** Every state, in document order within each scope, scopes in discovery order. */
  states: AslState[];
  references: AslReference[];
  /** The machine's `QueryLanguage` (default JSONPath). */
  queryLanguage: QueryLanguage;
}

/** Deeper nesting than this is not modelled (AWS itself rejects far less). */
const MAX_DEPTH = 64;

// INVARIANT: keyed by the unit's root node, which is rebuilt on every document version, so an entry
// never outlives the text it describes; this is a memo, not state carried between analyses.
const CACHE = new WeakMap<ValueNode, AslMachine | null>();

/** The model of a unit's state machine, or undefined when the root is not an object. */
export function aslModel(unit: AnalysisUnit): AslMachine | undefined {
  return machineOf(unit.root);
}

export function machineOf(root: ValueNode | undefined): AslMachine | undefined {
  if (!isObject(root)) return undefined;
  const cached = CACHE.get(root);
  if (cached !== undefined) return cached ?? undefined;
  const m = build(root);
  CACHE.set(root, m);
  return m;
}

function languageOf(node: ValueNode | undefined): QueryLanguage | undefined {
  return isString(node) && (node.value === 'JSONata' || node.value === 'JSONPath') ? node.value : undefined;
}

function build(root: ObjectNode): AslMachine {
  const queryLanguage = languageOf(getValue(root, 'QueryLanguage')) ?? 'JSONPath';
  const machine: AslMachine = { root: undefined as unknown as AslScope, scopes: [], states: [], references: [], queryLanguage };
  machine.root = buildScope(machine, root, 'root', undefined, 0);
  for (const s of machine.scopes) analyseScope(s);
  return machine;
}

function buildScope(machine: AslMachine, node: ObjectNode, kind: ScopeKind, owner: AslState | undefined, depth: number, index?: number, field?: string): AslScope {
  const scope: AslScope = { kind, node, owner, index, field, states: [], byName: new Map(), depth, startAt: getProperty(node, 'StartAt') };
  machine.scopes.push(scope);
  const statesNode = getValue(node, 'States');
  if (isObject(statesNode)) {
    scope.statesNode = statesNode;
    for (const p of statesNode.properties) {
      const def = isObject(p.value) ? p.value : undefined;
      const typeNode = getValue(def, 'Type');
      const type = isString(typeNode) ? typeNode.value : undefined;
      const state: AslState = {
        name: p.key.value,
        key: p.key,
        prop: p,
        node: def,
        type,
        scope,
        queryLanguage: languageOf(getValue(def, 'QueryLanguage')) ?? machine.queryLanguage,
        children: [],
        out: [],
        incoming: [],
        terminal: false,
        reachable: false,
        canTerminate: false,
      };
      scope.states.push(state);
      scope.byName.set(state.name, state);
      machine.states.push(state);
    }
  }
  const start = scope.startAt?.value;
  if (isString(start)) machine.references.push({ kind: 'StartAt', name: start.value, node: start, scope });
  for (const state of scope.states) {
    collectTransitions(machine, state);
    if (depth >= MAX_DEPTH || state.node === undefined) continue;
    if (state.type === 'Parallel') {
      const branches = getValue(state.node, 'Branches');
      if (isArray(branches)) {
        branches.items.forEach((b, i) => {
          if (isObject(b)) state.children.push(buildScope(machine, b, 'branch', state, depth + 1, i));
        });
      }
    } else if (state.type === 'Map') {
      for (const f of ['ItemProcessor', 'Iterator']) {
        const proc = getValue(state.node, f);
        if (isObject(proc)) state.children.push(buildScope(machine, proc, 'processor', state, depth + 1, undefined, f));
      }
    }
  }
  return scope;
}

function addRef(machine: AslMachine, state: AslState, kind: ReferenceKind, node: ValueNode | undefined, holder?: ObjectNode): void {
  if (!isString(node)) return;
  const ref: AslReference = { kind, name: node.value, node, scope: state.scope, from: state, holder };
  state.out.push(ref);
  machine.references.push(ref);
}

function collectTransitions(machine: AslMachine, state: AslState): void {
  const def = state.node;
  if (def === undefined) return;
  addRef(machine, state, 'Next', getValue(def, 'Next'));
  if (state.type === 'Choice') {
    addRef(machine, state, 'Default', getValue(def, 'Default'));
    const choices = getValue(def, 'Choices');
    if (isArray(choices)) for (const rule of choices.items) if (isObject(rule)) addRef(machine, state, 'Choice', getValue(rule, 'Next'), rule);
  }
  const catchers = getValue(def, 'Catch');
  if (isArray(catchers)) for (const c of catchers.items) if (isObject(c)) addRef(machine, state, 'Catch', getValue(c, 'Next'), c);
  const end = getValue(def, 'End');
  state.terminal = (end?.type === 'boolean' && end.value) || state.type === 'Succeed' || state.type === 'Fail';
}

/** Resolves references, then computes reachability from StartAt and which states can reach an end. */
function analyseScope(scope: AslScope): void {
  const start = scope.startAt?.value;
  const queue: AslState[] = [];
  if (isString(start)) {
    const s = scope.byName.get(start.value);
    if (s !== undefined) {
      s.reachable = true;
      queue.push(s);
    }
  }
  for (const state of scope.states) {
    for (const ref of state.out) {
      ref.target = scope.byName.get(ref.name);
      ref.target?.incoming.push(ref);
    }
  }
  if (isString(start)) {
    const s = scope.byName.get(start.value);
    // The StartAt reference is recorded as incoming too, so "find references" lists it.
    if (s !== undefined) s.incoming.push({ kind: 'StartAt', name: start.value, node: start, scope, target: s });
  }
  while (queue.length > 0) {
    const s = queue.pop()!;
    for (const ref of s.out) {
      const t = ref.target;
      if (t !== undefined && !t.reachable) {
        t.reachable = true;
        queue.push(t);
      }
    }
  }
  // Backwards from the terminal states over incoming transitions.
  const back: AslState[] = [];
  for (const s of scope.states) {
    // A state that is not an object or has an unknown Type is already reported; its transitions are
    // unknown, so it counts as able to end rather than cascading "no path to an end" findings.
    // A Choice without Default ends the execution (States.NoChoiceMatched) when no rule matches.
    const choiceCanFail = s.type === 'Choice' && getProperty(s.node, 'Default') === undefined;
    if (s.terminal || choiceCanFail || s.node === undefined || s.type === undefined || !STATE_TYPE_SET.has(s.type)) {
      s.canTerminate = true;
      back.push(s);
    }
  }
  while (back.length > 0) {
    const s = back.pop()!;
    for (const ref of s.incoming) {
      const f = ref.from;
      if (f !== undefined && !f.canTerminate) {
        f.canTerminate = true;
        back.push(f);
      }
    }
  }
}

/** Every reference in the machine, resolved per scope; `StartAt` references resolve as well. */
export function resolveReference(machine: AslMachine, ref: AslReference): AslState | undefined {
  return ref.target ?? (ref.kind === 'StartAt' ? ref.scope.byName.get(ref.name) : undefined);
}

/** The state whose name key or definition contains `offset`, innermost first. */
export function stateAt(machine: AslMachine, offset: number): AslState | undefined {
  let best: AslState | undefined;
  for (const s of machine.states) {
    if (offset >= s.prop.offset && offset <= s.prop.offset + s.prop.length) {
      if (best === undefined || s.prop.length <= best.prop.length) best = s;
    }
  }
  return best;
}

/** The reference whose string node contains `offset`. */
export function referenceAt(machine: AslMachine, offset: number): AslReference | undefined {
  for (const r of machine.references) {
    if (offset >= r.node.offset && offset <= r.node.offset + r.node.length) return r;
  }
  return undefined;
}

/** A human-readable label for a scope (`Parallel "P" branch 2`, `Map "M" ItemProcessor`). */
export function scopeLabel(scope: AslScope): string {
  if (scope.kind === 'root' || scope.owner === undefined) return 'the state machine';
  if (scope.kind === 'branch') return `branch ${(scope.index ?? 0) + 1} of Parallel state '${scope.owner.name}'`;
  return `the ${scope.field ?? 'ItemProcessor'} of Map state '${scope.owner.name}'`;
}

/** The Retry or Catch array of a state, items that are objects only. */
export function objectItems(node: ValueNode | undefined): ObjectNode[] {
  return isArray(node) ? (node as ArrayNode).items.filter(isObject) : [];
}

/** Every state with the given name anywhere in the machine (for "exists in another scope" hints). */
export function statesNamed(machine: AslMachine, name: string): AslState[] {
  return machine.states.filter((s) => s.name === name);
}
