// Navigation and renaming for state machines: go to the state a `StartAt`/`Next`/`Default`/Choice
// rule/Catcher names, find every reference to a state, and rename a state with all its references, in
// standalone files and in definitions embedded in templates (edits are escaped for the host: JSON,
// YAML plain or quoted scalars, JSON inside a `DefinitionString`).

import { AslMachine, AslReference, AslState, aslModel, referenceAt } from '../../asl/model';
import { MAX_NAME_LENGTH } from '../../asl/spec';
import type { DocumentModel } from '../../model/document';
import type { AnalysisUnit } from '../../model/units';
import { StringNode } from '../../parse/tree';
import { flavorOf } from '../../rules/fixes';
import type { TextEdit } from '../../rules/types';
import { unitAt } from '../locate';

export interface Range {
  offset: number;
  length: number;
}

interface Target {
  unit: AnalysisUnit;
  machine: AslMachine;
  /** The state the cursor names (by its key or through a reference), when it exists. */
  state?: AslState;
  /** The reference under the cursor, if the cursor is on one. */
  reference?: AslReference;
  /** The string node under the cursor (a state key or a reference). */
  node: StringNode;
  name: string;
}

function targetAt(doc: DocumentModel, offset: number): Target | undefined {
  const unit = unitAt(doc, offset);
  if (unit === undefined || unit.kind !== 'asl') return undefined;
  const machine = aslModel(unit);
  if (machine === undefined) return undefined;
  const ref = referenceAt(machine, offset);
  if (ref !== undefined) return { unit, machine, reference: ref, state: ref.scope.byName.get(ref.name), node: ref.node, name: ref.name };
  for (const s of machine.states) {
    if (offset >= s.key.offset && offset <= s.key.offset + s.key.length) return { unit, machine, state: s, node: s.key, name: s.name };
  }
  return undefined;
}

/** The name characters of a string node (without quotes), in host offsets. */
export function nameRange(node: StringNode): Range {
  return node.map ? node.map.rangeToHost(0, node.value.length) : { offset: node.contentOffset, length: node.value.length };
}

/** The state key a reference under the cursor names (go to definition). */
export function aslDefinition(doc: DocumentModel, offset: number): Range[] {
  const t = targetAt(doc, offset);
  if (t === undefined || t.reference === undefined || t.state === undefined) return [];
  return [{ offset: t.state.key.offset, length: t.state.key.length }];
}

/** References to the state under the cursor (its key or any reference to it), in its own scope. */
function referencesOf(t: Target): AslReference[] {
  const scope = t.state?.scope ?? t.reference?.scope;
  if (scope === undefined) return [];
  return t.machine.references.filter((r) => r.scope === scope && r.name === t.name);
}

export function aslReferences(doc: DocumentModel, offset: number, includeDeclaration: boolean): Range[] {
  const t = targetAt(doc, offset);
  if (t === undefined) return [];
  const out: Range[] = [];
  if (includeDeclaration && t.state !== undefined) out.push({ offset: t.state.key.offset, length: t.state.key.length });
  for (const r of referencesOf(t)) out.push({ offset: r.node.offset, length: r.node.length });
  return out.sort((a, b) => a.offset - b.offset);
}

/** What a rename at the cursor would change: the name's range and its current text. */
export function aslPrepareRename(doc: DocumentModel, offset: number): { range: Range; placeholder: string } | undefined {
  const t = targetAt(doc, offset);
  if (t === undefined || (t.state === undefined && t.reference === undefined)) return undefined;
  return { range: nameRange(t.node), placeholder: t.name };
}

export type RenameResult = { edits: TextEdit[] } | { error: string };

/** Renames the state under the cursor and every reference to it. */
export function aslRename(doc: DocumentModel, offset: number, newName: string): RenameResult | undefined {
  const t = targetAt(doc, offset);
  if (t === undefined || (t.state === undefined && t.reference === undefined)) return undefined;
  if (newName === t.name) return { edits: [] };
  if (newName.length === 0) return { error: 'A state name cannot be empty.' };
  if ([...newName].length > MAX_NAME_LENGTH) return { error: `A state name is at most ${MAX_NAME_LENGTH} characters.` };
  const clash = t.machine.states.find((s) => s.name === newName);
  if (clash !== undefined) return { error: `A state named '${newName}' already exists.` };
  const nodes: StringNode[] = [];
  if (t.state !== undefined) nodes.push(t.state.key);
  for (const r of referencesOf(t)) nodes.push(r.node);
  const flavor = flavorOf(doc, t.unit);
  return { edits: nodes.map((n) => renameEdit(doc, n, newName, flavor)) };
}

const YAML_PLAIN_SAFE = /^[A-Za-z0-9_][A-Za-z0-9_ .()/-]*$/;
const YAML_SPECIAL = /^(true|false|null|yes|no|on|off|y|n|~|[-+]?[0-9._]+([eE][-+]?[0-9]+)?)$/i;

/** The edit that writes `name` in place of a string node, escaped for how the node is written. */
function renameEdit(doc: DocumentModel, node: StringNode, name: string, flavor: 'json' | 'yaml' | 'json-in-string'): TextEdit {
  const r = nameRange(node);
  const escaped = JSON.stringify(name).slice(1, -1);
  if (flavor === 'json') return { ...r, newText: escaped };
  if (flavor === 'json-in-string') return { ...r, newText: escaped.replace(/\\/g, '\\\\').replace(/"/g, '\\"') };
  const quote = doc.text[node.offset];
  if (quote === '"') return { ...r, newText: escaped };
  if (quote === "'") return { ...r, newText: name.replace(/'/g, "''") };
  // A plain scalar: keep it plain when the new name is safe as one, otherwise quote the whole node.
  if (YAML_PLAIN_SAFE.test(name) && !YAML_SPECIAL.test(name) && !name.endsWith(' ')) return { ...r, newText: name };
  return { offset: node.offset, length: node.length, newText: JSON.stringify(name) };
}
