// Analysis ahead of the debounce. After an edit the server waits for typing to stop before it publishes
// diagnostics (the debounce), but the worker is idle meanwhile: once typing has paused briefly, the new
// version is analysed at once, and its result waits for the debounce to end. A newer version forgets
// what was started for an older one (the caller also cancels that analysis in the worker).

export interface Started<R> {
  version: number;
  result: Promise<R>;
}

export class AnalysisAhead<R> {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly started = new Map<string, Started<R>>();

  constructor(
    /** How long typing must pause before the analysis starts (ms). */
    private readonly pauseMs: number,
    /** Starts the analysis of the document's current version; undefined when it cannot start now. */
    private readonly start: (uri: string) => Started<R> | undefined,
  ) {}

  /** The document has a new version, published after `debounceMs`: analyse it once typing pauses. */
  arm(uri: string, debounceMs: number): void {
    this.forget(uri);
    // With a debounce this short, the validation itself starts about as soon.
    if (debounceMs <= this.pauseMs) return;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const s = this.start(uri);
        if (s !== undefined) this.started.set(uri, s);
      }, this.pauseMs),
    );
  }

  /** Drops the pending start and any analysis started for the document. */
  forget(uri: string): void {
    const t = this.timers.get(uri);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(uri);
    this.started.delete(uri);
  }

  /** The analysis started ahead for this version of the document, handed out once (undefined: none). */
  take(uri: string, version: number): Promise<R> | undefined {
    const s = this.started.get(uri);
    this.started.delete(uri);
    return s !== undefined && s.version === version ? s.result : undefined;
  }
}
