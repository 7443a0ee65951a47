// Hovers in state machines: state types (the study notes' descriptions, AWS's rule), fields (with
// their limits), state names (the target's type and comment), predefined errors, intrinsic functions,
// Task resources (integration patterns, callbacks) and the workflow quotas (Standard vs Express
// duration, payload size, history), for standalone files and definitions embedded in templates.

import { fact } from '../../data/facts/index';
import { renderFact } from '../../data/facts';
import { allCalls, parseIntrinsic } from '../../asl/intrinsics';
import { AslMachine, AslState, aslModel, referenceAt, stateAt } from '../../asl/model';
import { BATCHER_NUMBERS, RETRIER_NUMBERS, STATE_NUMBERS } from '../../asl/numbers';
import { isResourceProblem, parseResource } from '../../asl/resources';
import { INTRINSIC_BY_NAME, PREDEFINED_ERRORS, STATE_TYPE_SET } from '../../asl/spec';
import { getValue, isString, stringRange } from '../../parse/tree';
import type { StringNode } from '../../parse/tree';
import type { FeatureContext, HoverProvider, HoverResult } from '../types';

/** Short descriptions of fields that have no fact of their own. */
const FIELD_DOCS: Readonly<Record<string, string>> = {
  StartAt: 'The name of the state to run first (in this machine, branch or item processor).',
  States: 'The states of this machine, branch or item processor, by name. Names are unique across the whole machine and at most 80 characters.',
  Next: 'The state to run after this one (in the same `States` object).',
  End: '`true` ends this machine, branch or item processor after this state.',
  Comment: 'A human-readable description; ignored by Step Functions.',
  Resource: 'What the Task calls: a Lambda function ARN, an activity ARN or a service integration `arn:aws:states:::service:action[.sync|.waitForTaskToken]`.',
  InputPath: 'JSONPath: selects the part of the state input to work on (`null` = an empty object).',
  OutputPath: 'JSONPath: selects the part of the state output to pass on (`null` = an empty object).',
  ResultPath: 'JSONPath reference path: where to put the result in the input (`null` = discard the result and pass the input on).',
  Parameters: 'JSONPath payload template: the input for the task or iteration; keys ending in `.$` take a path or an intrinsic function.',
  ResultSelector: 'JSONPath payload template applied to the task result before `ResultPath`.',
  Arguments: 'JSONata: the input for the task or branches; strings between `{% %}` are expressions.',
  Output: 'JSONata: the state output; `$states.result` is the task result.',
  Retry: 'Retriers tried in order when the state fails: `ErrorEquals`, `IntervalSeconds`, `MaxAttempts`, `BackoffRate`, `MaxDelaySeconds`, `JitterStrategy`. `States.ALL` only alone in the last one.',
  Catch: 'Catchers tried in order after retries are exhausted: `ErrorEquals`, `Next`, and `ResultPath` (JSONPath) or `Output` (JSONata). `States.ALL` only alone in the last one.',
  ErrorEquals: 'Error names this Retrier or Catcher matches (case-sensitive). `States.ALL` matches any error.',
  Choices: 'Choice rules, evaluated in order; the first that matches gives the next state.',
  Branches: 'The branches run in parallel; each is a state machine with `StartAt` and `States`. The output is the array of the branch outputs.',
  ItemProcessor: 'The state machine run for each item, with optional `ProcessorConfig` (`Mode`: `INLINE` or `DISTRIBUTED`).',
  Iterator: 'Deprecated name of `ItemProcessor`.',
  ItemsPath: 'JSONPath reference path to the array to iterate over (default `$`).',
  Items: 'JSONata: the array to iterate over.',
  ItemSelector: 'A template applied to each item before it is processed (`$$.Map.Item.Value` / `$states.context.Map.Item.Value`).',
  ItemReader: 'Distributed Map: reads the items from S3 (a JSON, JSONL, CSV or Parquet object, an S3 inventory or a prefix listing).',
  ItemBatcher: 'Distributed Map: groups items into batches (`MaxItemsPerBatch`, `MaxInputBytesPerBatch` up to 256 KiB).',
  ResultWriter: 'Distributed Map: writes the child execution results to S3 instead of the state output.',
  Seconds: 'Seconds to wait (non-negative integer).',
  Timestamp: 'Wait until this RFC 3339 time (for example `2026-01-31T09:00:00Z`).',
  Error: 'The error name reported by this Fail state (catchable by a Catcher of an enclosing Parallel or Map).',
  Cause: 'A human-readable explanation of the failure.',
  Credentials: 'A role for the Task to assume (cross-account tasks): `RoleArn` or `RoleArn.$`.',
  Variable: 'JSONPath: the input value this Choice rule compares.',
  Condition: 'JSONata: a boolean expression; the rule matches when it is true.',
};

export const aslHover: HoverProvider = {
  id: 'asl.hover',
  kinds: ['asl'],
  provideHover(ctx) {
    const unit = ctx.unit;
    if (unit === undefined) return undefined;
    const machine = aslModel(unit);
    if (machine === undefined) return undefined;
    const node = ctx.location.node;
    const prop = ctx.location.property;
    // A state name reference: the target's type and comment.
    const ref = referenceAt(machine, ctx.offset);
    if (ref !== undefined) {
      const target = ref.scope.byName.get(ref.name);
      const text = target ? stateSummary(target) : `No state named \`${ref.name}\` in this ${ref.scope.kind === 'root' ? 'state machine' : ref.scope.kind === 'branch' ? 'branch' : 'item processor'}.`;
      return { contents: text, offset: ref.node.offset, length: ref.node.length };
    }
    const state = stateAt(machine, ctx.offset);
    if (state !== undefined && node === state.key) return { contents: stateSummary(state), offset: state.key.offset, length: state.key.length };
    if (prop === undefined || node === undefined) return undefined;
    const key = prop.key.value;
    if (node === prop.key) return fieldHover(ctx, machine, state, key, prop.key);
    if (!isString(node)) return undefined;
    if (key === 'Type' && STATE_TYPE_SET.has(node.value)) return factHover(`asl.type.${node.value}`, node, typeNote(ctx, node.value));
    if ((ctx.location.array !== undefined && key === 'ErrorEquals') || (key === 'Error' && state?.type === 'Fail')) {
      const d = PREDEFINED_ERRORS[node.value];
      if (d !== undefined) return { contents: `**${node.value}** (predefined error)\n\n${d}`, offset: node.offset, length: node.length };
      return undefined;
    }
    if (key === 'Resource' && state?.type === 'Task') return resourceHover(ctx, node);
    if (key.endsWith('.$') || key === 'ErrorPath' || key === 'CausePath') return intrinsicHover(ctx, node);
    return undefined;
  },
};

function stateSummary(s: AslState): string {
  const comment = getValue(s.node, 'Comment');
  const lines = [`**${s.name}**: ${s.type ?? 'state'} state${s.scope.owner ? ` (in ${s.scope.kind === 'branch' ? 'a branch of' : 'the item processor of'} \`${s.scope.owner.name}\`)` : ''}`];
  if (isString(comment)) lines.push('', comment.value);
  const f = s.type ? fact(`asl.type.${s.type}`) : undefined;
  if (f) lines.push('', f.description);
  const incoming = s.incoming.filter((r) => r.from !== undefined).length;
  lines.push('', `Referenced ${incoming} time(s)${s.reachable ? '' : '; not reachable from StartAt'}.`);
  return lines.join('\n');
}

function factHover(key: string, node: { offset: number; length: number }, extra?: string): HoverResult | undefined {
  const f = fact(key);
  if (f === undefined) return undefined;
  return { contents: renderFact(f) + (extra ? `\n\n${extra}` : ''), offset: node.offset, length: node.length };
}

function workflowType(ctx: FeatureContext): string | undefined {
  return ctx.unit?.context.stateMachineType;
}

function typeNote(ctx: FeatureContext, type: string): string | undefined {
  if (type !== 'Task') return undefined;
  return workflowType(ctx) === 'EXPRESS' ? 'This is an **Express** workflow: no `.sync`, `.waitForTaskToken` or activities; 5 minutes at most.' : undefined;
}

function quotaHover(ctx: FeatureContext, key: StringNode): HoverResult {
  const type = workflowType(ctx);
  const parts = ['asl.quota.duration', 'asl.quota.payload', 'asl.quota.history', 'asl.quota.definition'].map((k) => fact(k)!).map((f) => `**${f.title}**: ${f.description}`);
  const head = type ? `Workflow type: **${type === 'EXPRESS' ? 'Express' : 'Standard'}** (from the template).` : 'Workflow type: Standard unless the template or the console says Express.';
  return { contents: [head, '', ...parts.flatMap((p) => [p, ''])].join('\n').trimEnd() + `\n\n[Step Functions quotas](${fact('asl.quota.duration')!.source})`, offset: key.offset, length: key.length };
}

function fieldHover(ctx: FeatureContext, machine: AslMachine, state: AslState | undefined, key: string, keyNode: StringNode): HoverResult | undefined {
  const atRoot = ctx.location.object === machine.root.node;
  if (atRoot && (key === 'StartAt' || key === 'States' || key === 'TimeoutSeconds')) return quotaHover(ctx, keyNode);
  for (const k of [`asl.field.${key}`]) {
    const h = factHover(k, keyNode);
    if (h) return h;
  }
  const limit = STATE_NUMBERS[key] ?? RETRIER_NUMBERS[key] ?? BATCHER_NUMBERS[key];
  const doc = FIELD_DOCS[key];
  if (limit === undefined && doc === undefined) return undefined;
  const lines = [`**${key}**`];
  if (doc) lines.push('', doc);
  if (limit) lines.push('', limit.note);
  if (key === 'TimeoutSeconds' && state !== undefined) lines.push('', `Without it a Task waits up to the execution limit: ${workflowType(ctx) === 'EXPRESS' ? '5 minutes (Express)' : '1 year (Standard), 5 minutes (Express)'}.`);
  return { contents: lines.join('\n'), offset: keyNode.offset, length: keyNode.length };
}

function resourceHover(ctx: FeatureContext, node: StringNode): HoverResult | undefined {
  const r = parseResource(node.value);
  if (isResourceProblem(r)) return undefined;
  const lines: string[] = [];
  if (r.kind === 'integration') {
    lines.push(`**Service integration** \`${r.service}:${r.action}\``);
    const pattern = r.pattern === 'sync' || r.pattern === 'sync:2' ? 'Run a job (`.sync`): waits until the job or child execution finishes.' : r.pattern === 'waitForTaskToken' ? 'Wait for callback (`.waitForTaskToken`): pauses until `SendTaskSuccess`/`SendTaskFailure` with the task token.' : 'Request/response: continues as soon as the call returns.';
    lines.push('', pattern);
    if (r.pattern !== 'request-response') lines.push('', renderFact(fact('asl.callback')!));
  } else if (r.kind === 'lambda') lines.push(`**Lambda function** \`${r.name}\``, '', 'Invoked directly; prefer `arn:aws:states:::lambda:invoke` with `FunctionName` for retries on Lambda service errors.');
  else if (r.kind === 'activity') lines.push(`**Activity** \`${r.name}\``, '', 'A worker polls `GetActivityTask`; set `TimeoutSeconds` and `HeartbeatSeconds`. Not available in Express workflows.');
  else return undefined;
  if (workflowType(ctx) === 'EXPRESS' && (r.pattern !== 'request-response' || r.kind === 'activity')) lines.push('', '**Not supported in this Express workflow.**');
  return { contents: lines.join('\n'), offset: node.offset, length: node.length };
}

function intrinsicHover(ctx: FeatureContext, node: StringNode): HoverResult | undefined {
  if (!node.value.startsWith('States.')) return undefined;
  const parsed = parseIntrinsic(node.value);
  if (!('call' in parsed)) return undefined;
  for (const c of allCalls(parsed.call)) {
    const r = stringRange(node, c.nameOffset, c.name.length);
    if (ctx.offset < r.offset || ctx.offset > r.offset + r.length) continue;
    const spec = INTRINSIC_BY_NAME.get(c.name);
    if (spec === undefined) return undefined;
    return { contents: `\`${spec.signature}\`\n\n${spec.description}\n\n[Intrinsic functions](https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html)`, offset: r.offset, length: r.length };
  }
  return undefined;
}
