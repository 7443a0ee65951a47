// Completions in state machines: state names where a transition is written (`StartAt`, `Next`,
// `Default`, Choice rule and Catcher `Next`), state types, the fields a state of that type and query
// language allows, Choice operators, predefined error names, intrinsic functions, service-integration
// resources and enumerated values.

import { AslMachine, AslScope, AslState, aslModel, stateAt } from '../../asl/model';
import { INTEGRATIONS } from '../../asl/resources';
import {
  COMPARISON_OPERATORS, ENUMS, INTRINSICS, JSONATA_ONLY_FIELDS, JSONPATH_ONLY_FIELDS, PREDEFINED_ERRORS, QueryLanguage,
  RETRIER_FIELDS, CATCHER_FIELDS, ROOT_FIELDS, STATE_FIELDS, STATE_TYPES, STATE_TYPE_SET, StateType,
} from '../../asl/spec';
import { fact } from '../../data/facts/index';
import { ObjectNode, getValue } from '../../parse/tree';
import { pathFrom } from '../locate';
import type { CompletionItem, CompletionProvider, FeatureContext } from '../types';

const TRANSITION_KEYS = new Set(['Next', 'Default', 'StartAt']);

function isJson(ctx: FeatureContext): boolean {
  return ctx.doc.format === 'json' || ctx.unit?.embedding === 'string';
}

function values(ctx: FeatureContext, list: readonly string[], kind: CompletionItem['kind'], detail?: (v: string) => string | undefined): CompletionItem[] {
  const quote = isJson(ctx) && !ctx.location.inString;
  return list.map((v, i) => ({ label: v, kind, detail: detail?.(v), insertText: quote ? JSON.stringify(v) : v, sortText: String(i).padStart(3, '0') }));
}

function keys(ctx: FeatureContext, list: Iterable<string>, obj: ObjectNode | undefined, detail?: (k: string) => string | undefined): CompletionItem[] {
  const present = new Set((obj?.properties ?? []).filter((p) => p !== ctx.location.property || ctx.location.prefix === '').map((p) => p.key.value));
  if (ctx.location.property && ctx.location.prefix !== '') present.delete(ctx.location.property.key.value);
  const json = isJson(ctx);
  const out: CompletionItem[] = [];
  let i = 0;
  for (const k of list) {
    if (present.has(k)) continue;
    const insertText = !json ? `${k}: ` : ctx.location.inString ? k : `"${k}": `;
    out.push({ label: k, kind: 'property', detail: detail?.(k), insertText, sortText: String(i++).padStart(3, '0') });
  }
  return out;
}

/** Fields allowed for a state type in a query language. */
export function allowedFields(type: StateType, ql: QueryLanguage): string[] {
  return [...STATE_FIELDS[type]].filter((f) => (ql === 'JSONata' ? !JSONPATH_ONLY_FIELDS.has(f) : !JSONATA_ONLY_FIELDS.has(f)));
}

function scopeOfObject(machine: AslMachine, obj: ObjectNode | undefined): AslScope | undefined {
  return obj === undefined ? undefined : machine.scopes.find((s) => s.node === obj);
}

export const aslCompletion: CompletionProvider = {
  id: 'asl.completion',
  kinds: ['asl'],
  provideCompletions(ctx) {
    const unit = ctx.unit;
    if (unit === undefined) return [];
    const machine = aslModel(unit);
    if (machine === undefined) return [];
    const loc = ctx.location;
    // The state whose object holds the cursor's property (a YAML value being typed may extend past the
    // state's parsed range), else the innermost state around the cursor.
    const state = machine.states.find((s) => s.node !== undefined && s.node === loc.object) ?? stateAt(machine, ctx.offset);
    if (loc.position === 'value' && loc.property !== undefined) return valueItems(ctx, machine, state, loc.property.key.value);
    if (loc.position === 'key') return keyItems(ctx, machine, state);
    return [];
  },
};

function valueItems(ctx: FeatureContext, machine: AslMachine, state: AslState | undefined, key: string): CompletionItem[] {
  const loc = ctx.location;
  if (TRANSITION_KEYS.has(key)) {
    const scope = key === 'StartAt' ? scopeOfObject(machine, loc.object) ?? machine.root : state?.scope ?? machine.root;
    const names = scope.states.filter((s) => s !== state || key === 'StartAt').map((s) => s.name);
    return values(ctx, names, 'reference', (n) => scope.byName.get(n)?.type);
  }
  if (key === 'Type' && state !== undefined && loc.object === state.node) return values(ctx, STATE_TYPES, 'enum', (t) => fact(`asl.type.${t}`)?.description.split('. ')[0]);
  if (key === 'ErrorEquals' && loc.array !== undefined) return values(ctx, Object.keys(PREDEFINED_ERRORS), 'constant', (e) => PREDEFINED_ERRORS[e].split('. ')[0]);
  if (key === 'Error' && state?.type === 'Fail') return values(ctx, Object.keys(PREDEFINED_ERRORS).filter((e) => e !== 'States.ALL'), 'constant');
  if (key === 'QueryLanguage') return values(ctx, ['JSONPath', 'JSONata'], 'enum');
  if (key === 'JitterStrategy') return values(ctx, ['FULL', 'NONE'], 'enum');
  if (key === 'End') return [{ label: 'true', kind: 'keyword', insertText: 'true' }];
  if (key === 'Resource' && state?.type === 'Task') return values(ctx, INTEGRATIONS.map((i) => i.resource), 'value', (r) => INTEGRATIONS.find((i) => i.resource === r)?.detail);
  if (key.endsWith('.$') && state?.queryLanguage !== 'JSONata') {
    const quote = isJson(ctx) && !loc.inString;
    return INTRINSICS.map((f, i) => ({
      label: f.name,
      kind: 'function' as const,
      detail: f.signature,
      documentation: f.description,
      insertText: quote ? JSON.stringify(f.name + '()') : f.name + '(',
      sortText: String(i).padStart(3, '0'),
    }));
  }
  for (const [path, list] of Object.entries(ENUMS)) if (path.endsWith('.' + key)) return values(ctx, list, 'enum');
  return [];
}

function keyItems(ctx: FeatureContext, machine: AslMachine, state: AslState | undefined): CompletionItem[] {
  const obj = ctx.location.object;
  const scope = scopeOfObject(machine, obj);
  if (scope !== undefined) return keys(ctx, scope.kind === 'root' ? ROOT_FIELDS : scope.kind === 'branch' ? ['StartAt', 'States', 'Comment'] : ['StartAt', 'States', 'Comment', 'ProcessorConfig'], obj);
  if (state === undefined || state.node === undefined) return [];
  const type = state.type !== undefined && STATE_TYPE_SET.has(state.type) ? (state.type as StateType) : undefined;
  if (obj === state.node) {
    if (type === undefined) return keys(ctx, ['Type', 'Comment'], obj);
    return keys(ctx, ['Type', ...allowedFields(type, state.queryLanguage).filter((f) => f !== 'Type')], obj);
  }
  // Inside a state: Retriers, Catchers and Choice rules by their path from the state.
  const path = pathFrom(obj, state.node);
  const head = path[0];
  if (head === 'Retry') return keys(ctx, RETRIER_FIELDS, obj);
  if (head === 'Catch') return keys(ctx, [...CATCHER_FIELDS].filter((f) => (state.queryLanguage === 'JSONata' ? f !== 'ResultPath' : f !== 'Output')), obj);
  if (head === 'Choices' && type === 'Choice') {
    const nested = path.length > 2;
    if (state.queryLanguage === 'JSONata') return keys(ctx, ['Condition', 'Next', 'Output', 'Assign', 'Comment'], obj);
    const ops = Object.keys(COMPARISON_OPERATORS);
    return keys(ctx, ['Variable', ...ops, 'And', 'Or', 'Not', ...(nested ? [] : ['Next', 'Assign']), 'Comment'], obj, (k) => COMPARISON_OPERATORS[k] ? `compares with ${COMPARISON_OPERATORS[k]}` : undefined);
  }
  if (getValue(state.node, 'ItemProcessor') !== undefined && head === 'ItemProcessor' && path[1] === 'ProcessorConfig') return keys(ctx, ['Mode', 'ExecutionType'], obj);
  return [];
}
