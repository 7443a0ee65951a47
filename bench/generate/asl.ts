// A seeded Amazon States Language state machine for the benchmark: a forward-only chain of Task,
// Choice, Map, Parallel, Wait and Pass states with retries and catchers, ending in Succeed, plus a
// shared Fail state. Every state is reachable and every path terminates, as in a real workflow.

import { Rng } from './rng';

interface MachineOptions {
  /** Task resource (a `${Placeholder}` inside templates). */
  resource?: string;
  topic?: string;
}

function name(i: number): string {
  return `Step${i}`;
}

function task(r: Rng, i: number, next: string, opts: MachineOptions): Record<string, unknown> {
  const s: Record<string, unknown> = {
    Type: 'Task',
    Comment: `Process item batch ${i}`,
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: { FunctionName: opts.resource ?? `arn:aws:lambda:us-east-1:123456789012:function:worker-${r.word()}`, 'Payload.$': '$' },
    ResultPath: `$.results.step${i}`,
    TimeoutSeconds: r.int(30, 300),
    Retry: [{ ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: r.int(2, 6), BackoffRate: 2 }],
    Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'HandleFailure' }],
    Next: next,
  };
  if (r.chance(0.3)) {
    s.Resource = 'arn:aws:states:::sns:publish';
    s.Parameters = { TopicArn: opts.topic ?? 'arn:aws:sns:us-east-1:123456789012:events', 'Message.$': `$.results.step${Math.max(0, i - 1)}` };
  }
  return s;
}

function choice(r: Rng, i: number, a: string, b: string): Record<string, unknown> {
  return {
    Type: 'Choice',
    Choices: [
      { Variable: `$.results.step${Math.max(0, i - 1)}.status`, StringEquals: r.pick(['OK', 'DONE', 'READY']), Next: a },
      { And: [{ Variable: '$.count', IsPresent: true }, { Variable: '$.count', NumericGreaterThan: r.int(1, 100) }], Next: b },
    ],
    Default: a,
  };
}

function mapState(r: Rng, i: number, next: string, opts: MachineOptions): Record<string, unknown> {
  return {
    Type: 'Map',
    ItemsPath: '$.items',
    MaxConcurrency: r.int(1, 20),
    ItemProcessor: {
      ProcessorConfig: { Mode: 'INLINE' },
      StartAt: 'Transform',
      States: {
        Transform: { Type: 'Pass', Parameters: { 'id.$': '$.id', 'value.$': '$.value' }, Next: 'Store' },
        Store: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: `table-${r.word()}`, Item: { pk: { 'S.$': '$.id' } } }, End: true },
      },
    },
    ResultPath: `$.results.step${i}`,
    Next: next,
  };
}

function parallel(r: Rng, i: number, next: string, opts: MachineOptions): Record<string, unknown> {
  const branch = (k: number): Record<string, unknown> => ({
    StartAt: `Branch${k}Work`,
    States: { [`Branch${k}Work`]: { ...task(r, i * 10 + k, 'x', opts), Next: undefined, Catch: undefined, End: true } },
  });
  return { Type: 'Parallel', Branches: [branch(0), branch(1)], ResultPath: `$.results.step${i}`, Next: next };
}

/** The machine as a value; `n` states in the main chain. */
export function stateMachine(r: Rng, n: number, opts: MachineOptions = {}): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? name(i + 1) : 'Done';
    const roll = r.next();
    if (roll < 0.45) states[name(i)] = task(r, i, next, opts);
    else if (roll < 0.6 && i + 2 < n) states[name(i)] = choice(r, i, next, name(i + 2));
    else if (roll < 0.7) states[name(i)] = mapState(r, i, next, opts);
    else if (roll < 0.78) states[name(i)] = parallel(r, i, next, opts);
    else if (roll < 0.86) states[name(i)] = { Type: 'Wait', Seconds: r.int(1, 60), Next: next };
    else states[name(i)] = { Type: 'Pass', Result: { stage: i, label: r.word() }, ResultPath: `$.stage${i}`, Next: next };
  }
  states.HandleFailure = { Type: 'Fail', Error: 'WorkflowFailed', Cause: 'A step failed after its retries.' };
  states.Done = { Type: 'Succeed' };
  return JSON.parse(JSON.stringify({ Comment: 'Generated benchmark workflow', StartAt: name(0), TimeoutSeconds: 3600, States: states }));
}

/** A standalone state machine of about `targetBytes` bytes (two-space JSON). */
export function aslText(seed: number, targetBytes: number): string {
  const probe = JSON.stringify(stateMachine(new Rng(seed), 50), null, 2).length / 50;
  let n = Math.max(3, Math.round(targetBytes / probe));
  let text = JSON.stringify(stateMachine(new Rng(seed), n), null, 2) + '\n';
  const ratio = targetBytes / text.length;
  if (Math.abs(ratio - 1) > 0.05) {
    n = Math.max(3, Math.round(n * ratio));
    text = JSON.stringify(stateMachine(new Rng(seed), n), null, 2) + '\n';
  }
  return text;
}
