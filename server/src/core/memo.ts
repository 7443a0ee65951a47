// Per-object memoization for derived views of immutable nodes (a document version's tree, its ASL
// states, its policy views): the value is computed on first use and dies with the object.

/** `compute`, remembered per key object. INVARIANT: keys are never mutated after first use. */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    // One lookup on a hit (two only for a remembered undefined): rules ask for the same views many times.
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/** What `TextAnswers.get` returns for a question not answered yet. */
export const UNKNOWN: unique symbol = Symbol('unknown');

/**
 * Answers remembered per key object and text, across documents and versions: a document is analysed
 * again on every edit, and most of its texts stay the same. Bounded: all answers are dropped when there
 * are `max`. INVARIANT: an answer depends only on the key (never modified) and the text.
 */
export class TextAnswers<K, V> {
  private readonly byKey = new Map<K, Map<string, V>>();
  private count = 0;

  constructor(private readonly max: number) {}

  get(key: K, text: string): V | typeof UNKNOWN {
    const answers = this.byKey.get(key);
    if (answers === undefined) return UNKNOWN;
    const v = answers.get(text);
    return v !== undefined || answers.has(text) ? (v as V) : UNKNOWN;
  }

  set(key: K, text: string, value: V): void {
    if (this.count >= this.max) {
      this.byKey.clear();
      this.count = 0;
    }
    let answers = this.byKey.get(key);
    if (answers === undefined) {
      answers = new Map();
      this.byKey.set(key, answers);
    }
    answers.set(text, value);
    this.count++;
  }
}
