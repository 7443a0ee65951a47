// The Amazon States Language as data: state types and the fields each allows, which fields belong to
// one query language only, Choice operators, predefined error names, intrinsic functions and enumerations.
// Rules, hovers, completions and the graph read these tables; nothing here looks at a document.
// Source: https://states-language.net/spec.html (revision 2024-11-22) and the Step Functions developer guide.

export type QueryLanguage = 'JSONPath' | 'JSONata';

export const STATE_TYPES = ['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'] as const;
export type StateType = (typeof STATE_TYPES)[number];
export const STATE_TYPE_SET: ReadonlySet<string> = new Set(STATE_TYPES);

/** Fields of a state machine root (the top level, a Parallel branch, a Map processor). */
export const ROOT_FIELDS: ReadonlySet<string> = new Set(['StartAt', 'States', 'Comment', 'Version', 'TimeoutSeconds', 'QueryLanguage']);
export const BRANCH_FIELDS: ReadonlySet<string> = new Set(['StartAt', 'States', 'Comment']);
export const PROCESSOR_FIELDS: ReadonlySet<string> = new Set(['StartAt', 'States', 'Comment', 'ProcessorConfig']);

const COMMON = ['Type', 'Comment', 'QueryLanguage'];
const IO = ['InputPath', 'OutputPath', 'Output', 'Assign'];
const RESULT = ['ResultPath', 'ResultSelector'];
const TRANSITION = ['Next', 'End'];
const ERRORS = ['Retry', 'Catch'];

/** Every field a state of each type may have, in either query language. */
export const STATE_FIELDS: Readonly<Record<StateType, ReadonlySet<string>>> = {
  Pass: new Set([...COMMON, ...IO, ...TRANSITION, 'ResultPath', 'Parameters', 'Result']),
  Task: new Set([...COMMON, ...IO, ...TRANSITION, ...RESULT, ...ERRORS, 'Resource', 'Parameters', 'Arguments', 'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', 'Credentials']),
  Choice: new Set([...COMMON, ...IO, 'Choices', 'Default']),
  Wait: new Set([...COMMON, ...IO, ...TRANSITION, 'Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath']),
  Succeed: new Set([...COMMON, 'InputPath', 'OutputPath', 'Output']),
  Fail: new Set([...COMMON, 'Error', 'ErrorPath', 'Cause', 'CausePath']),
  Parallel: new Set([...COMMON, ...IO, ...TRANSITION, ...RESULT, ...ERRORS, 'Branches', 'Parameters', 'Arguments']),
  Map: new Set([...COMMON, ...IO, ...TRANSITION, ...RESULT, ...ERRORS, 'ItemProcessor', 'Iterator', 'ItemsPath', 'Items', 'ItemSelector', 'Parameters', 'ItemReader', 'ItemBatcher', 'ResultWriter', 'MaxConcurrency', 'MaxConcurrencyPath', 'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'ToleratedFailureCount', 'ToleratedFailureCountPath', 'Label']),
};

/** Fields disabled in JSONata states (ASL502); the `…Path` forms are listed separately. */
export const JSONPATH_ONLY_FIELDS: ReadonlySet<string> = new Set(['InputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'OutputPath', 'ItemsPath', 'ErrorPath', 'CausePath', 'SecondsPath', 'TimestampPath', 'TimeoutSecondsPath', 'HeartbeatSecondsPath', 'MaxConcurrencyPath', 'ToleratedFailurePercentagePath', 'ToleratedFailureCountPath']);
/** Fields that exist only in JSONata states (ASL503). */
export const JSONATA_ONLY_FIELDS: ReadonlySet<string> = new Set(['Arguments', 'Output', 'Items']);

/** Mutually exclusive `X` / `XPath` pairs (ASL106). */
export const EXCLUSIVE_PAIRS: readonly (readonly [string, string])[] = [
  ['TimeoutSeconds', 'TimeoutSecondsPath'],
  ['HeartbeatSeconds', 'HeartbeatSecondsPath'],
  ['Error', 'ErrorPath'],
  ['Cause', 'CausePath'],
  ['Items', 'ItemsPath'],
  ['MaxConcurrency', 'MaxConcurrencyPath'],
  ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'],
  ['ToleratedFailureCount', 'ToleratedFailureCountPath'],
];

export const RETRIER_FIELDS: ReadonlySet<string> = new Set(['ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy', 'Comment']);
export const CATCHER_FIELDS: ReadonlySet<string> = new Set(['ErrorEquals', 'Next', 'ResultPath', 'Output', 'Assign', 'Comment']);

export const ITEM_READER_FIELDS: ReadonlySet<string> = new Set(['Resource', 'Parameters', 'Arguments', 'ReaderConfig']);
export const READER_CONFIG_FIELDS: ReadonlySet<string> = new Set(['InputType', 'CSVHeaderLocation', 'CSVHeaders', 'CSVDelimiter', 'MaxItems', 'MaxItemsPath', 'ManifestType']);
export const ITEM_BATCHER_FIELDS: ReadonlySet<string> = new Set(['BatchInput', 'MaxItemsPerBatch', 'MaxItemsPerBatchPath', 'MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath']);
export const RESULT_WRITER_FIELDS: ReadonlySet<string> = new Set(['Resource', 'Parameters', 'Arguments', 'WriterConfig']);
export const WRITER_CONFIG_FIELDS: ReadonlySet<string> = new Set(['OutputType', 'Transformation']);
export const PROCESSOR_CONFIG_FIELDS: ReadonlySet<string> = new Set(['Mode', 'ExecutionType']);

/** Choice rule comparison operators and the operand each expects. */
export type OperandKind = 'string' | 'number' | 'boolean' | 'timestamp' | 'path' | 'true-false';
export const COMPARISON_OPERATORS: Readonly<Record<string, OperandKind>> = (() => {
  const out: Record<string, OperandKind> = {};
  const rel = ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'];
  for (const r of rel) {
    out[`String${r}`] = 'string';
    out[`String${r}Path`] = 'path';
    out[`Numeric${r}`] = 'number';
    out[`Numeric${r}Path`] = 'path';
    out[`Timestamp${r}`] = 'timestamp';
    out[`Timestamp${r}Path`] = 'path';
  }
  out.BooleanEquals = 'boolean';
  out.BooleanEqualsPath = 'path';
  out.StringMatches = 'string';
  for (const t of ['IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp']) out[t] = 'true-false';
  return out;
})();
export const BOOLEAN_COMBINATORS: ReadonlySet<string> = new Set(['And', 'Or', 'Not']);
/** Fields of a Choice rule other than operators. */
export const CHOICE_RULE_FIELDS: ReadonlySet<string> = new Set(['Variable', 'Next', 'Comment', 'And', 'Or', 'Not', 'Condition', 'Assign', 'Output']);

/** Predefined error names (case-sensitive), with what raises them. */
export const PREDEFINED_ERRORS: Readonly<Record<string, string>> = {
  'States.ALL': 'A wildcard that matches any known error name. It must appear alone in its `ErrorEquals` array, in the last Retrier or Catcher.',
  'States.DataLimitExceeded': 'A state or execution input or output exceeded the payload quota (256 KiB). Not retriable by `States.ALL`.',
  'States.ExceedToleratedFailureThreshold': 'A Map state failed because the number of failed items exceeded the tolerated failure threshold.',
  'States.HeartbeatTimeout': 'A Task state failed to send a heartbeat for longer than its `HeartbeatSeconds`.',
  'States.Http.Socket': 'An HTTP task timed out (socket timeout after 60 seconds).',
  'States.IntrinsicFailure': 'An intrinsic function failed while evaluating a payload template.',
  'States.ItemReaderFailed': 'A Map state could not read the items from its `ItemReader` source.',
  'States.NoChoiceMatched': 'A Choice state matched no rule and has no `Default`.',
  'States.ParameterPathFailure': 'A path in a payload template (`Parameters`, `ItemSelector`, `ResultSelector`) matched nothing in the input.',
  'States.Permissions': 'A Task failed because the execution role lacks the privileges to run the code.',
  'States.QueryEvaluationError': 'A JSONata expression failed to evaluate (type error, undefined result where a value is required, ...).',
  'States.ResultPathMatchFailure': 'The `ResultPath` cannot be applied to the state input.',
  'States.ResultWriterFailed': 'A Map state could not write its results with its `ResultWriter`.',
  'States.Runtime': 'An execution failed because of an exception it could not process (for example a path applied to a non-object). Not retriable by `States.ALL`.',
  'States.TaskFailed': 'A Task state failed during execution. When used in a Retrier or Catcher, it matches any error except `States.Timeout`.',
  'States.Timeout': 'A Task ran longer than its `TimeoutSeconds` or failed to heartbeat for longer than `HeartbeatSeconds`; also a nested execution that timed out.',
  'States.BranchFailed': 'A branch of a Parallel state failed.',
};

export interface IntrinsicSpec {
  name: string;
  minArgs: number;
  maxArgs: number;
  /** What it returns (ASL512 needs the string-returning ones). */
  returns: 'string' | 'array' | 'number' | 'boolean' | 'object' | 'any';
  signature: string;
  description: string;
}

export const INTRINSICS: readonly IntrinsicSpec[] = [
  { name: 'States.Format', minArgs: 1, maxArgs: Infinity, returns: 'string', signature: "States.Format('template {}', arg, ...)", description: 'Builds a string from a template with `{}` placeholders filled, in order, by the remaining arguments.' },
  { name: 'States.StringToJson', minArgs: 1, maxArgs: 1, returns: 'any', signature: 'States.StringToJson(string)', description: 'Parses a JSON string into a value.' },
  { name: 'States.JsonToString', minArgs: 1, maxArgs: 1, returns: 'string', signature: 'States.JsonToString(path)', description: 'Serialises the value at a path as a JSON string.' },
  { name: 'States.Array', minArgs: 0, maxArgs: Infinity, returns: 'array', signature: 'States.Array(value, ...)', description: 'Builds an array of its arguments.' },
  { name: 'States.ArrayPartition', minArgs: 2, maxArgs: 2, returns: 'array', signature: 'States.ArrayPartition(array, chunkSize)', description: 'Splits an array into chunks of the given size (the last may be smaller).' },
  { name: 'States.ArrayContains', minArgs: 2, maxArgs: 2, returns: 'boolean', signature: 'States.ArrayContains(array, value)', description: 'Whether the array contains the value.' },
  { name: 'States.ArrayRange', minArgs: 3, maxArgs: 3, returns: 'array', signature: 'States.ArrayRange(start, end, step)', description: 'An array of numbers from start to end (inclusive) by step; at most 1,000 items.' },
  { name: 'States.ArrayGetItem', minArgs: 2, maxArgs: 2, returns: 'any', signature: 'States.ArrayGetItem(array, index)', description: 'The item at a zero-based index.' },
  { name: 'States.ArrayLength', minArgs: 1, maxArgs: 1, returns: 'number', signature: 'States.ArrayLength(array)', description: 'The number of items of an array.' },
  { name: 'States.ArrayUnique', minArgs: 1, maxArgs: 1, returns: 'array', signature: 'States.ArrayUnique(array)', description: 'The array without duplicate values.' },
  { name: 'States.Base64Encode', minArgs: 1, maxArgs: 1, returns: 'string', signature: 'States.Base64Encode(string)', description: 'Base64-encodes a string of at most 10,000 characters.' },
  { name: 'States.Base64Decode', minArgs: 1, maxArgs: 1, returns: 'string', signature: 'States.Base64Decode(string)', description: 'Decodes a base64 string of at most 10,000 characters.' },
  { name: 'States.Hash', minArgs: 2, maxArgs: 2, returns: 'string', signature: "States.Hash(data, 'SHA-256')", description: 'The hash of at most 10,000 characters with MD5, SHA-1, SHA-256, SHA-384 or SHA-512.' },
  { name: 'States.JsonMerge', minArgs: 3, maxArgs: 3, returns: 'object', signature: 'States.JsonMerge(object1, object2, false)', description: 'Merges two objects; the third argument must be `false` (shallow merge).' },
  { name: 'States.MathRandom', minArgs: 2, maxArgs: 3, returns: 'number', signature: 'States.MathRandom(start, end[, seed])', description: 'A random integer from start (inclusive) to end (exclusive).' },
  { name: 'States.MathAdd', minArgs: 2, maxArgs: 2, returns: 'number', signature: 'States.MathAdd(a, b)', description: 'The sum of two integers.' },
  { name: 'States.StringSplit', minArgs: 2, maxArgs: 2, returns: 'array', signature: "States.StringSplit(string, ',')", description: 'Splits a string into an array by a delimiter.' },
  { name: 'States.UUID', minArgs: 0, maxArgs: 0, returns: 'string', signature: 'States.UUID()', description: 'A version 4 UUID.' },
];
export const INTRINSIC_BY_NAME: ReadonlyMap<string, IntrinsicSpec> = new Map(INTRINSICS.map((i) => [i.name, i]));

/** Enumerated values (ASL605), keyed by the path below the Map state. */
export const ENUMS: Readonly<Record<string, readonly string[]>> = {
  'ItemReader.ReaderConfig.InputType': ['CSV', 'JSON', 'JSONL', 'MANIFEST', 'PARQUET'],
  'ItemReader.ReaderConfig.CSVHeaderLocation': ['FIRST_ROW', 'GIVEN'],
  'ItemReader.ReaderConfig.CSVDelimiter': ['COMMA', 'PIPE', 'SEMICOLON', 'TAB', 'SPACE'],
  'ItemReader.ReaderConfig.ManifestType': ['ATHENA_DATA', 'S3_INVENTORY'],
  'ResultWriter.WriterConfig.Transformation': ['NONE', 'FLATTEN', 'COMPACT'],
  'ResultWriter.WriterConfig.OutputType': ['JSON', 'JSONL'],
  'ItemProcessor.ProcessorConfig.Mode': ['DISTRIBUTED', 'INLINE'],
  'ItemProcessor.ProcessorConfig.ExecutionType': ['EXPRESS', 'STANDARD'],
  'Iterator.ProcessorConfig.Mode': ['DISTRIBUTED', 'INLINE'],
  'Iterator.ProcessorConfig.ExecutionType': ['EXPRESS', 'STANDARD'],
};

/** Maximum length of a state name (ASL104) and of a variable name (ASL513). */
export const MAX_NAME_LENGTH = 80;
/** Payload quota per state input/output (ASL702). */
export const MAX_PAYLOAD_BYTES = 262144;
/** Definition size quota (ASL703). */
export const MAX_DEFINITION_CHARS = 1048576;
