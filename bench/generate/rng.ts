// A small seeded pseudo-random generator (mulberry32) for the benchmark corpora: the same seed gives
// the same documents on every machine and every run, so figures from different runs compare.

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  word(min = 4, max = 10): string {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let s = '';
    const n = this.int(min, max);
    for (let i = 0; i < n; i++) s += letters[Math.floor(this.next() * 26)];
    return s;
  }
}
