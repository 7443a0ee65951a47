// Numeric field limits of the States Language (state fields, Retriers, Map settings): one table read by
// the range rules (ASL110, ASL403) and by hovers.

export interface NumberLimit {
  integer: boolean;
  min: number;
  max: number;
  /** Text for hovers. */
  note: string;
}

export const MAX_SECONDS = 99999999;

export const STATE_NUMBERS: Readonly<Record<string, NumberLimit>> = {
  TimeoutSeconds: { integer: true, min: 1, max: MAX_SECONDS, note: 'Positive integer; the Task fails with `States.Timeout` after this many seconds. No default: without it a Task can wait until the execution itself times out (one year for Standard workflows).' },
  HeartbeatSeconds: { integer: true, min: 1, max: MAX_SECONDS, note: 'Positive integer, smaller than `TimeoutSeconds`; the Task fails with `States.HeartbeatTimeout` when no heartbeat arrives for this long.' },
  Seconds: { integer: true, min: 0, max: MAX_SECONDS, note: 'Non-negative integer: how many seconds to wait.' },
  MaxConcurrency: { integer: true, min: 0, max: MAX_SECONDS, note: '0 (default) means no limit (up to 40 concurrent iterations for an Inline Map, 10,000 child executions for a Distributed Map); 1 runs the items one at a time.' },
  ToleratedFailurePercentage: { integer: false, min: 0, max: 100, note: 'From 0 to 100: the share of failed items a Distributed Map tolerates before failing with `States.ExceedToleratedFailureThreshold`.' },
  ToleratedFailureCount: { integer: true, min: 0, max: MAX_SECONDS, note: 'Non-negative integer: the number of failed items a Distributed Map tolerates.' },
};

export const BATCHER_NUMBERS: Readonly<Record<string, NumberLimit>> = {
  MaxItemsPerBatch: { integer: true, min: 1, max: MAX_SECONDS, note: 'Positive integer: the maximum number of items per batch.' },
  MaxInputBytesPerBatch: { integer: true, min: 1, max: 262144, note: 'Up to 262,144 bytes (256 KiB) per batch.' },
};

export const READER_NUMBERS: Readonly<Record<string, NumberLimit>> = {
  MaxItems: { integer: true, min: 1, max: 100000000, note: 'Positive integer (up to 100,000,000): stop reading after this many items.' },
};

export const RETRIER_NUMBERS: Readonly<Record<string, NumberLimit>> = {
  IntervalSeconds: { integer: true, min: 1, max: MAX_SECONDS, note: 'Positive integer (default 1): seconds before the first retry.' },
  MaxAttempts: { integer: true, min: 0, max: MAX_SECONDS, note: 'Non-negative integer (default 3); 0 means never retry.' },
  BackoffRate: { integer: false, min: 1, max: Number.MAX_VALUE, note: 'At least 1.0 (default 2.0): the multiplier of the retry interval after each attempt.' },
  MaxDelaySeconds: { integer: true, min: 1, max: 31622400, note: 'From 1 to 31,622,400 (366 days): a cap on the retry interval.' },
};
