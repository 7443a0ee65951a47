// Small statistics for the benchmark report: median with min–max over rounds, percentiles of latency
// samples, and formatting of figures and ratios.

export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function stat(values: number[]): Stat {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const mid = v.length >> 1;
  const median = v.length % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

/** Nearest-rank percentile (p = 100 is the maximum). */
export function pct(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const v = [...values].sort((a, b) => a - b);
  const rank = Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1));
  return v[rank];
}

function num(x: number, digits: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (digits === 0 || Math.abs(x) >= 100) return Math.round(x).toLocaleString('en-US');
  return x.toFixed(digits);
}

/** `median [min–max]`, or just the median. */
export function fmt(s: Stat | undefined, digits = 1, range = true): string {
  if (s === undefined || s.n === 0) return 'n/a';
  if (!range || s.n === 1) return num(s.median, digits);
  return `${num(s.median, digits)} [${num(s.min, digits)}–${num(s.max, digits)}]`;
}

export function fmtRatio(a: Stat | undefined, b: Stat | undefined): string {
  if (a === undefined || b === undefined || a.n === 0 || b.n === 0 || b.median === 0) return 'n/a';
  return `${(a.median / b.median).toFixed(2)}×`;
}
