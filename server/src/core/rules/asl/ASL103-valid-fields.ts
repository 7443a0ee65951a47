// ASL103: fields not allowed where they are written (per state type, in machine roots, Retriers,
// Catchers, Choice rules and Map configuration objects), and fields whose value has the wrong type.
// Fields that a more specific rule explains are left to it: `Next`/`End` on Choice, Succeed and Fail
// (ASL204), `Retry`/`Catch` on other states (ASL406), `InputPath`/`OutputPath` on Fail (ASL108) and
// `QueryLanguage` on a branch or processor (ASL504).

import { AslState, aslModel } from '../../asl/model';
import {
  BRANCH_FIELDS, CATCHER_FIELDS, CHOICE_RULE_FIELDS, COMPARISON_OPERATORS, ITEM_BATCHER_FIELDS, ITEM_READER_FIELDS,
  PROCESSOR_CONFIG_FIELDS, PROCESSOR_FIELDS, READER_CONFIG_FIELDS, RESULT_WRITER_FIELDS, RETRIER_FIELDS, ROOT_FIELDS,
  STATE_FIELDS, STATE_TYPE_SET, StateType, WRITER_CONFIG_FIELDS,
} from '../../asl/spec';
import { closest, isJsonata, isUnknown, objectAt, typeName } from '../../asl/util';
import { ObjectNode, PropertyNode, ValueNode, getValue, isArray, isObject } from '../../parse/tree';
import { flavorOf, removeProperty } from '../fixes';
import { Fix, RuleContext, defineRule } from '../types';

type Expected = 'string' | 'boolean' | 'array' | 'object' | 'object-or-jsonata' | 'array-or-jsonata' | 'string-or-null';

/** Value types of state fields (numbers are ASL110's; Type, Choices and Branches have their own rules). */
const FIELD_TYPES: Readonly<Record<string, Expected>> = {
  Comment: 'string', Next: 'string', Default: 'string', Resource: 'string', Label: 'string', QueryLanguage: 'string',
  End: 'boolean',
  Retry: 'array', Catch: 'array',
  ResultSelector: 'object', ItemSelector: 'object', Credentials: 'object', ItemProcessor: 'object', Iterator: 'object',
  ItemReader: 'object', ItemBatcher: 'object', ResultWriter: 'object', Assign: 'object',
  Arguments: 'object-or-jsonata', Items: 'array-or-jsonata',
  InputPath: 'string-or-null', OutputPath: 'string-or-null', ResultPath: 'string-or-null',
  ItemsPath: 'string', ErrorPath: 'string', CausePath: 'string', SecondsPath: 'string', TimestampPath: 'string',
  TimeoutSecondsPath: 'string', HeartbeatSecondsPath: 'string', Error: 'string', Cause: 'string', Timestamp: 'string',
};

const EXPECTED_TEXT: Record<Expected, string> = {
  string: 'a string', boolean: 'a boolean', array: 'an array', object: 'an object',
  'object-or-jsonata': 'an object or a JSONata expression', 'array-or-jsonata': 'an array or a JSONata expression',
  'string-or-null': 'a string or null',
};

function fits(v: ValueNode, e: Expected): boolean {
  switch (e) {
    case 'string': return v.type === 'string';
    case 'boolean': return v.type === 'boolean';
    case 'array': return v.type === 'array';
    case 'object': return v.type === 'object';
    case 'object-or-jsonata': return v.type === 'object' || isJsonata(v);
    case 'array-or-jsonata': return v.type === 'array' || isJsonata(v);
    case 'string-or-null': return v.type === 'string' || v.type === 'null';
  }
}

const OPERATORS = Object.keys(COMPARISON_OPERATORS);
const RULE_FIELDS = new Set([...CHOICE_RULE_FIELDS, ...OPERATORS]);

export default defineRule({
  id: 'ASL103',
  name: 'valid-fields',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Only the fields the specification defines for a state type (or a root, Retrier, Catcher, Choice rule or Map configuration) are allowed, each with the right type.',
    why: 'Step Functions rejects a definition with an unknown field ("The field \'X\' is not supported by Step Functions"); a misspelt field such as `TimeoutSecond` would otherwise be silently meaningless in tools that do not check.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Resource": "arn:aws:states:::lambda:invoke", "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true } }\n}\n' }],
    fixSafety: 'Renaming a field that differs only in case is safe. Renaming a misspelling to the closest field and removing a field are suggestions: they change what the state does.',
    references: ['https://states-language.net/spec.html#statetypes', 'https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html'],
  },
  messages: {
    unknownField: "'{{field}}' is not allowed in {{where}}{{hint}}.",
    wrongType: "'{{field}}' must be {{expected}}, not {{actual}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const scope of machine.scopes) {
      const allowed = scope.kind === 'root' ? ROOT_FIELDS : scope.kind === 'branch' ? BRANCH_FIELDS : PROCESSOR_FIELDS;
      const where = scope.kind === 'root' ? 'a state machine' : scope.kind === 'branch' ? 'a Parallel branch' : `a Map ${scope.field ?? 'ItemProcessor'}`;
      checkObject(ctx, scope.node, allowed, where, (f) => scope.kind !== 'root' && f === 'QueryLanguage');
    }
    for (const s of machine.states) {
      if (s.node === undefined || s.type === undefined || !STATE_TYPE_SET.has(s.type)) continue;
      checkState(ctx, s);
    }
  },
});

function checkState(ctx: RuleContext, s: AslState): void {
  const type = s.type as StateType;
  const node = s.node!;
  const skip = (f: string): boolean =>
    ((type === 'Choice' || type === 'Succeed' || type === 'Fail') && (f === 'Next' || f === 'End')) ||
    ((f === 'Retry' || f === 'Catch') && type !== 'Task' && type !== 'Parallel' && type !== 'Map') ||
    (type === 'Fail' && (f === 'InputPath' || f === 'OutputPath'));
  checkObject(ctx, node, STATE_FIELDS[type], `a ${type} state`, skip);
  for (const p of node.properties) {
    const e = FIELD_TYPES[p.key.value];
    const v = p.value;
    if (e === undefined || v === undefined || !STATE_FIELDS[type].has(p.key.value) || isUnknown(ctx, v) || fits(v, e)) continue;
    if ((e === 'string' || e === 'string-or-null') && isJsonata(v)) continue;
    ctx.report({ node: v, messageId: 'wrongType', data: { field: p.key.value, expected: EXPECTED_TEXT[e], actual: typeName(v) } });
  }
  for (const r of items(getValue(node, 'Retry'))) checkObject(ctx, r, RETRIER_FIELDS, 'a Retrier');
  for (const c of items(getValue(node, 'Catch'))) checkObject(ctx, c, CATCHER_FIELDS, 'a Catcher');
  if (type === 'Choice') for (const r of items(getValue(node, 'Choices'))) checkRule(ctx, r, 0);
  if (type === 'Map') {
    const reader = objectAt(node, 'ItemReader');
    if (reader) {
      checkObject(ctx, reader, ITEM_READER_FIELDS, 'an ItemReader');
      const rc = objectAt(reader, 'ReaderConfig');
      if (rc) checkObject(ctx, rc, READER_CONFIG_FIELDS, 'a ReaderConfig');
    }
    const batcher = objectAt(node, 'ItemBatcher');
    if (batcher) checkObject(ctx, batcher, ITEM_BATCHER_FIELDS, 'an ItemBatcher');
    const writer = objectAt(node, 'ResultWriter');
    if (writer) {
      checkObject(ctx, writer, RESULT_WRITER_FIELDS, 'a ResultWriter');
      const wc = objectAt(writer, 'WriterConfig');
      if (wc) checkObject(ctx, wc, WRITER_CONFIG_FIELDS, 'a WriterConfig');
    }
    for (const f of ['ItemProcessor', 'Iterator']) {
      const pc = objectAt(objectAt(node, f), 'ProcessorConfig');
      if (pc) checkObject(ctx, pc, PROCESSOR_CONFIG_FIELDS, 'a ProcessorConfig');
    }
  }
}

function checkRule(ctx: RuleContext, rule: ObjectNode, depth: number): void {
  if (depth > 50) return;
  checkObject(ctx, rule, RULE_FIELDS, 'a Choice rule');
  for (const k of ['And', 'Or']) for (const r of items(getValue(rule, k))) checkRule(ctx, r, depth + 1);
  const not = getValue(rule, 'Not');
  if (isObject(not)) checkRule(ctx, not, depth + 1);
}

function items(v: ValueNode | undefined): ObjectNode[] {
  return isArray(v) ? v.items.filter(isObject) : [];
}

function checkObject(ctx: RuleContext, obj: ObjectNode, allowed: ReadonlySet<string>, where: string, skip?: (f: string) => boolean): void {
  for (const p of obj.properties) {
    const f = p.key.value;
    if (allowed.has(f) || skip?.(f) || isUnknown(ctx, p.key)) continue;
    const guess = closest(f, allowed);
    ctx.report({ node: p.key, messageId: 'unknownField', data: { field: f, where, hint: guess ? `; did you mean '${guess}'?` : '' }, fixes: fixesFor(ctx, p, guess) });
  }
}

function fixesFor(ctx: RuleContext, p: PropertyNode, guess: string | undefined): Fix[] {
  const flavor = flavorOf(ctx.doc, ctx.unit);
  const out: Fix[] = [];
  if (guess !== undefined) {
    const same = guess.toLowerCase() === p.key.value.toLowerCase();
    const r = p.key.map ? p.key.map.rangeToHost(0, p.key.value.length) : { offset: p.key.contentOffset, length: p.key.value.length };
    out.push({ title: `Rename to '${guess}'`, safety: same ? 'safe' : 'suggestion', preferred: true, edits: [{ offset: r.offset, length: r.length, newText: guess }] });
  }
  out.push({ title: `Remove '${p.key.value}'`, safety: 'suggestion', edits: [removeProperty(ctx.doc, p, flavor)] });
  return out;
}
