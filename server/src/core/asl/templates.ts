// JSONPath payload templates and path-valued fields of a state: where they are, so the path rules
// (ASL507–ASL513) walk one list. A template is an object whose `key.$` values are paths or intrinsic
// calls (Parameters, ResultSelector, ItemSelector, Assign, Credentials in JSONPath states, ItemReader/ResultWriter
// Parameters, Catcher and Choice rule Assign).

import type { AslState } from './model';
import { objectItems } from './model';
import { choiceRules } from './choice';
import { COMPARISON_OPERATORS } from './spec';
import { perObject } from '../memo';
import { ObjectNode, PropertyNode, ValueNode, getProperty, getValue, isObject } from '../parse/tree';

/** Payload templates of a JSONPath state (computed once per state: several rules walk them). */
export const payloadTemplates: (state: AslState) => readonly ValueNode[] = perObject(collectTemplates);

function collectTemplates(state: AslState): ValueNode[] {
  const out: ValueNode[] = [];
  const node = state.node;
  if (node === undefined || state.queryLanguage !== 'JSONPath') return out;
  for (const f of ['Parameters', 'ResultSelector', 'ItemSelector', 'Assign', 'Credentials']) {
    const v = getValue(node, f);
    if (v !== undefined) out.push(v);
  }
  for (const f of ['ItemReader', 'ResultWriter']) {
    const v = getValue(getValue(node, f), 'Parameters');
    if (v !== undefined) out.push(v);
  }
  for (const c of objectItems(getValue(node, 'Catch'))) {
    const v = getValue(c, 'Assign');
    if (v !== undefined) out.push(v);
  }
  if (state.type === 'Choice') for (const r of choiceRules(state)) {
    const v = getValue(r.rule, 'Assign');
    if (v !== undefined) out.push(v);
  }
  return out;
}

export interface PathField {
  prop: PropertyNode;
  /** Reference Paths name one node (ResultPath, `…SecondsPath`, ...). */
  reference: boolean;
  /** The value may also be an intrinsic call returning a string (Fail ErrorPath/CausePath). */
  intrinsic?: boolean;
  /** `null` is allowed (InputPath, OutputPath, ResultPath). */
  nullable?: boolean;
}

const STATE_PATHS: Readonly<Record<string, Omit<PathField, 'prop'>>> = {
  InputPath: { reference: false, nullable: true },
  OutputPath: { reference: false, nullable: true },
  ResultPath: { reference: true, nullable: true },
  ItemsPath: { reference: true },
  SecondsPath: { reference: true },
  TimestampPath: { reference: true },
  TimeoutSecondsPath: { reference: true },
  HeartbeatSecondsPath: { reference: true },
  MaxConcurrencyPath: { reference: true },
  ToleratedFailurePercentagePath: { reference: true },
  ToleratedFailureCountPath: { reference: true },
  ErrorPath: { reference: false, intrinsic: true },
  CausePath: { reference: false, intrinsic: true },
};

/** Path-valued fields of a JSONPath state and its sub-objects (computed once per state). */
export const pathFields: (state: AslState) => readonly PathField[] = perObject(collectPathFields);

function collectPathFields(state: AslState): PathField[] {
  const out: PathField[] = [];
  const node = state.node;
  if (node === undefined || state.queryLanguage !== 'JSONPath') return out;
  const add = (obj: ObjectNode | undefined, table: Readonly<Record<string, Omit<PathField, 'prop'>>>): void => {
    if (obj === undefined) return;
    for (const p of obj.properties) {
      const spec = table[p.key.value];
      if (spec !== undefined) out.push({ prop: p, ...spec });
    }
  };
  add(node, STATE_PATHS);
  for (const c of objectItems(getValue(node, 'Catch'))) add(c, { ResultPath: { reference: true, nullable: true } });
  const batcher = getValue(node, 'ItemBatcher');
  if (isObject(batcher)) add(batcher, { MaxItemsPerBatchPath: { reference: true }, MaxInputBytesPerBatchPath: { reference: true } });
  const rc = getValue(getValue(node, 'ItemReader'), 'ReaderConfig');
  if (isObject(rc)) add(rc, { MaxItemsPath: { reference: true } });
  if (state.type === 'Choice') {
    for (const { rule } of choiceRules(state)) {
      const v = getProperty(rule, 'Variable');
      if (v !== undefined) out.push({ prop: v, reference: false });
      for (const p of rule.properties) if (COMPARISON_OPERATORS[p.key.value] === 'path') out.push({ prop: p, reference: false });
    }
  }
  return out;
}
