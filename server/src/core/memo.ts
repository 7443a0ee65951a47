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
