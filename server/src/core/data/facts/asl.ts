// ASL facts for hovers, from the study notes and ../shared/reference/notes-limits.md §6: the eight
// state types (with the notes' own descriptions), workflow types and their quotas, payload and
// definition sizes, Map concurrency and variable sizes.

import type { Fact } from '../facts';

const SPEC = 'https://states-language.net/spec.html';
const QUOTAS = 'https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html';

export const ASL_FACTS: readonly Fact[] = [
  {
    key: 'asl.type.Pass',
    title: 'Pass state',
    description: 'Passes its input to its output without doing work, optionally injecting fixed data (`Result` in JSONPath, `Output` in JSONata) or setting variables (`Assign`). Useful to shape data and to stub out steps while building a workflow.',
    notes: [{ says: 'pass - debugging state', refs: ['003 L16'] }],
    aws: 'Copies its input to its output, optionally injecting `Result`/`Output` or `Assign`.',
    source: `${SPEC}#pass-state`,
    status: 'agrees',
  },
  {
    key: 'asl.type.Task',
    title: 'Task state',
    description: 'Does one unit of work through its `Resource`: a Lambda function, an activity, or a service integration (`arn:aws:states:::service:action`), optionally waiting for a job (`.sync`) or a callback (`.waitForTaskToken`). Takes `TimeoutSeconds`, `HeartbeatSeconds`, `Retry` and `Catch`.',
    notes: [
      { says: 'task - work happens', refs: ['003 L17'] },
      { says: 'Task: A single unit of work to perform action (Lambda, Batch,...)', refs: ['004 L206'] },
    ],
    source: `${SPEC}#task-state`,
    status: 'agrees',
  },
  {
    key: 'asl.type.Choice',
    title: 'Choice state',
    description: 'Branches: evaluates its `Choices` rules in order and goes to the `Next` of the first that matches, else to `Default`. Without `Default`, unmatched input fails the execution with `States.NoChoiceMatched`.',
    notes: [
      { says: 'choice - given input, choose output', refs: ['003 L18'] },
      { says: 'Choice: Take different path based on input', refs: ['004 L203'] },
    ],
    aws: 'Chooses the next state (not an output): rules in order, then `Default`.',
    source: `${SPEC}#choice-state`,
    status: 'agrees',
  },
  {
    key: 'asl.type.Wait',
    title: 'Wait state',
    description: 'Pauses for `Seconds` or until `Timestamp` (or the `…Path` forms read from the input), then continues. A Wait costs nothing while it waits in Standard workflows.',
    notes: [
      { says: 'wait - pause until time or state', refs: ['003 L19'] },
      { says: 'Wait state: wait for a time, or until date/time', refs: ['004 L202'] },
    ],
    aws: 'Waits for a duration or until a timestamp (not "until a state").',
    source: `${SPEC}#wait-state`,
    status: 'agrees',
  },
  {
    key: 'asl.type.Succeed',
    title: 'Succeed state',
    description: 'Ends the execution (or the Parallel branch / Map iteration it belongs to) successfully. It takes no `Next` or `End`. In a Distributed Map, a Succeed state ends only its own child iteration.',
    notes: [
      { says: 'success - end or move on', refs: ['003 L20'] },
      { says: 'Succeed & Fail states', refs: ['004 L201'] },
    ],
    aws: 'The type is `Succeed`; `Success` is not a valid type. It always ends: it never "moves on".',
    source: `${SPEC}#succeed-state`,
    status: 'wrong',
  },
  {
    key: 'asl.type.Fail',
    title: 'Fail state',
    description: 'Stops the execution (or the enclosing branch or iteration) as failed, with an `Error` name and a `Cause` message (or `ErrorPath`/`CausePath` read from the input). A Catcher of an enclosing Parallel or Map can catch it.',
    notes: [{ says: 'fail - error message/cause', refs: ['003 L21'] }],
    source: `${SPEC}#fail-state`,
    status: 'agrees',
  },
  {
    key: 'asl.type.Parallel',
    title: 'Parallel state',
    description: 'Runs each of its `Branches` (each a state machine with `StartAt` and `States`) at the same time and outputs an array with each branch\'s output, in branch order. If any branch fails, the whole state fails (`States.BranchFailed`) and the other branches stop.',
    notes: [
      { says: 'parallel - multiple tasks, collect from each', refs: ['003 L22'] },
      { says: 'Parallel: parallel branches', refs: ['004 L204'] },
    ],
    source: `${SPEC}#parallel-state`,
    status: 'agrees',
  },
  {
    key: 'asl.type.Map',
    title: 'Map state',
    description: 'Runs its `ItemProcessor` for each item of an array (`ItemsPath`/`Items`) or of an S3 source (`ItemReader`, Distributed mode). Inline mode runs up to 40 iterations at a time inside the execution (counted in its 25,000-event history); Distributed mode runs up to 10,000 parallel child executions.',
    notes: [
      { says: 'map - for loop for processing data', refs: ['003 L23'] },
      { says: 'Map: Accepts lists of thing', refs: ['004 L205'] },
    ],
    aws: 'A parallel "for each", not a sequential loop unless `MaxConcurrency` is 1.',
    source: 'https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html',
    status: 'agrees',
  },
  {
    key: 'asl.quota.duration',
    title: 'Maximum execution duration',
    description: 'How long one execution may run: **Standard workflows: 1 year. Express workflows: 5 minutes.** Standard executions are exactly-once with a full history (25,000 events, kept 90 days after the execution ends); Express executions are at-least-once (asynchronous) or at-most-once (synchronous) and bill by duration and memory.',
    notes: [
      { says: 'Maximum duration: 1 year', refs: ['004 L193'] },
      { says: 'Modes: standard & express workflows', refs: ['004 L194'] },
    ],
    aws: 'Standard: 1 year. Express: 5 minutes.',
    source: QUOTAS,
    status: 'agrees',
  },
  {
    key: 'asl.quota.payload',
    title: 'Payload size',
    description: 'A state\'s input and output, a task\'s result and an execution\'s input are each limited to **262,144 bytes (256 KiB)** of UTF-8; beyond it the execution fails with `States.DataLimitExceeded`. Pass large data through S3 and hand over a reference.',
    aws: '256 KiB per input or output.',
    source: QUOTAS,
    status: 'not checked',
  },
  {
    key: 'asl.quota.definition',
    title: 'Definition size',
    description: 'A state machine definition is at most 1,048,576 characters (1 MiB).',
    source: QUOTAS,
    status: 'not checked',
  },
  {
    key: 'asl.quota.history',
    title: 'Execution history',
    description: 'A Standard execution has at most 25,000 history events; the history is kept 90 days after the execution ends. Inline Map iterations and loops count towards the 25,000; use a Distributed Map or child executions for large fan-outs.',
    source: QUOTAS,
    status: 'not checked',
  },
  {
    key: 'asl.field.MaxConcurrency',
    title: 'MaxConcurrency',
    description: '`0` (default) means no limit set by the state: up to 40 concurrent iterations for an Inline Map, up to 10,000 parallel child executions for a Distributed Map. `1` runs the items one after the other.',
    source: 'https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html',
    status: 'not checked',
  },
  {
    key: 'asl.field.Assign',
    title: 'Assign (workflow variables)',
    description: 'Sets workflow variables, readable as `$name` in later states (not in this one: new values take effect in the next state). Each variable and each `Assign` is limited to 256 KiB; all variables of an execution to 10 MiB. Not allowed in Succeed and Fail states.',
    aws: '256 KiB per variable and per Assign; 10 MiB per execution.',
    source: 'https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html',
    status: 'not checked',
    verify: true,
  },
  {
    key: 'asl.field.QueryLanguage',
    title: 'QueryLanguage',
    description: '`JSONPath` (default) or `JSONata`. Set on the machine or on a state. JSONata states use `Arguments` and `Output` and `{% … %}` expressions; JSONPath states use `InputPath`, `Parameters`, `ResultSelector`, `ResultPath` and `OutputPath`.',
    notes: [{ says: 'read state language file (json) with states', refs: ['003 L14'] }],
    aws: 'JSONPath or JSONata (since November 2024).',
    since: '2024-11',
    source: 'https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html',
    status: 'agrees',
  },
  {
    key: 'asl.field.Default',
    title: 'Default',
    description: 'The state to go to when no Choice rule matches. Without it, unmatched input fails the execution with `States.NoChoiceMatched`.',
    source: `${SPEC}#choice-state`,
    status: 'not checked',
  },
  {
    key: 'asl.callback',
    title: 'Callbacks and nested workflows',
    description: '`.waitForTaskToken` pauses the task until `SendTaskSuccess`/`SendTaskFailure` returns its token (for example a manual approval); `.sync` waits for a job or a child execution (`states:startExecution.sync:2`). **Express workflows support neither.** Set `HeartbeatSeconds` on callbacks.',
    notes: [
      { says: 'async callbacks - mgmt approval etc', refs: ['003 L24', '003 L25'] },
      { says: 'can nest child state machine within parent state machines', refs: ['003 L26'] },
    ],
    aws: 'Standard workflows only.',
    source: 'https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html',
    status: 'agrees',
  },
];
