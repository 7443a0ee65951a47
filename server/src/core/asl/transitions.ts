// Shared logic of the transition rules (ASL201, ASL202, ASL203): whether a reference resolves in its
// own scope, elsewhere in the machine, or nowhere, and the "did you mean" fix for a misspelt name.

import type { AnalysisUnit } from '../model/units';
import type { DocumentModel } from '../model/document';
import { flavorOf, replaceStringContent } from '../rules/fixes';
import type { Fix } from '../rules/types';
import { AslMachine, AslReference, AslState } from './model';
import { closest } from './util';

export type Resolution = { kind: 'ok'; state: AslState } | { kind: 'other-scope'; state: AslState } | { kind: 'missing' };

export function resolve(machine: AslMachine, ref: AslReference): Resolution {
  const own = ref.scope.byName.get(ref.name);
  if (own !== undefined) return { kind: 'ok', state: own };
  const other = machine.states.find((s) => s.name === ref.name);
  return other !== undefined ? { kind: 'other-scope', state: other } : { kind: 'missing' };
}

/** The closest state name of the reference's scope, and a fix replacing the reference with it. */
export function suggestion(doc: DocumentModel, unit: AnalysisUnit, ref: AslReference): { name?: string; fixes?: Fix[] } {
  const names = ref.scope.states.map((s) => s.name).filter((n) => n !== ref.from?.name);
  const name = closest(ref.name, names);
  if (name === undefined) return {};
  return { name, fixes: [{ title: `Change to '${name}'`, safety: 'suggestion', preferred: true, edits: [replaceStringContent(ref.node, name, flavorOf(doc, unit))] }] };
}
