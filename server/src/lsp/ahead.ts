// Analysis ahead of the debounce. After an edit the server waits for typing to stop before it publishes
// diagnostics (the debounce), but the worker is idle meanwhile: once typing has paused, the new version
// is analysed, timed to finish when the debounce ends, and its result waits for the debounce. A newer
// version forgets what was started for an older one (the caller also cancels that analysis in the
// worker).

export interface Started<R> {
  version: number;
  result: Promise<R>;
}

/** Margin between the expected end of the analysis and the end of the debounce (ms). */
const MARGIN_MS = 20;

export class AnalysisAhead<R> {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly started = new Map<string, Started<R>>();
  /** How long each document's last complete analysis took (ms). */
  private readonly durations = new Map<string, number>();
  /** Documents seen since they were last closed: an analysis that ends after the close is not recorded. */
  private readonly open = new Set<string>();

  constructor(
    /** The shortest pause in typing after which an analysis may start (ms). */
    private readonly pauseMs: number,
    /** Starts the analysis of the document's current version; undefined when it cannot start now. */
    private readonly start: (uri: string) => Started<R> | undefined,
    /** Whether a result is a complete analysis (a cancelled one says nothing of how long it takes). */
    private readonly complete: (result: R) => boolean = () => true,
  ) {}

  /**
   * The document has a new version, published after `debounceMs`. Its analysis starts so that it ends
   * about when the debounce does, going by how long the document's last analysis took (a small document
   * is analysed just before the debounce ends, so keystrokes a little apart cost nothing), and never
   * before typing has paused for `pauseMs` (a large document is analysed as soon as typing pauses).
   */
  arm(uri: string, debounceMs: number): void {
    this.cancel(uri);
    this.open.add(uri);
    // With a debounce this short, the validation itself starts about as soon.
    if (debounceMs <= this.pauseMs) return;
    const expected = this.durations.get(uri) ?? debounceMs;
    const at = Math.max(this.pauseMs, debounceMs - expected - MARGIN_MS);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const s = this.start(uri);
        if (s === undefined) return;
        this.started.set(uri, s);
        const t0 = Date.now();
        void s.result.then((r) => {
          if (this.complete(r) && this.open.has(uri)) this.durations.set(uri, Date.now() - t0);
        });
      }, at),
    );
  }

  /** How long an analysis of the document took when it was not started here (ms); the document is open. */
  observe(uri: string, ms: number): void {
    this.open.add(uri);
    this.durations.set(uri, ms);
  }

  /** The document was closed: nothing is kept for it. */
  close(uri: string): void {
    this.cancel(uri);
    this.durations.delete(uri);
    this.open.delete(uri);
  }

  /** The analysis started ahead for this version of the document, handed out once (undefined: none). */
  take(uri: string, version: number): Promise<R> | undefined {
    const s = this.started.get(uri);
    this.started.delete(uri);
    return s !== undefined && s.version === version ? s.result : undefined;
  }

  /** Drops the pending start and any analysis started for the document. */
  private cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(uri);
    this.started.delete(uri);
  }
}
