// Benchmark of the IAM catalog: the size of the generated file, the time to load it (require + build,
// in fresh processes), the resident memory with it loaded (and with every action materialized, as a
// hover on `*` does), and the cost of typical queries. Run after compiling: `node out/bench/catalog.js`.
// It prints figures only and asserts nothing.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const RUNS = 5;
const MB = 1024 * 1024;

interface ColdRun {
  loadMs: number;
  rssBaseMb: number;
  rssLoadedMb: number;
  heapLoadedMb: number;
  rssAllActionsMb: number;
  heapAllActionsMb: number;
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) collect();
}

/** One cold load in this process (run as a child with --expose-gc): prints a `ColdRun` as JSON. */
function coldRun(): void {
  gc();
  const rssBase = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadCatalog } = require('../server/src/core/data/catalog/load') as typeof import('../server/src/core/data/catalog/load');
  const catalog = loadCatalog();
  const loadMs = Number(process.hrtime.bigint() - start) / 1e6;
  gc();
  const loaded = process.memoryUsage();
  catalog.matchActions('*');
  gc();
  const all = process.memoryUsage();
  const run: ColdRun = {
    loadMs,
    rssBaseMb: rssBase / MB,
    rssLoadedMb: loaded.rss / MB,
    heapLoadedMb: loaded.heapUsed / MB,
    rssAllActionsMb: all.rss / MB,
    heapAllActionsMb: all.heapUsed / MB,
  };
  process.stdout.write(JSON.stringify(run));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Mean time per call of `fn` in microseconds, over enough calls to take about 200 ms. */
function perCall(fn: () => unknown): number {
  let n = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    const ns = Number(process.hrtime.bigint() - start);
    if (ns > 200e6 || n >= 1 << 20) return ns / n / 1e3;
    n *= 2;
  }
}

function main(): void {
  const source = path.resolve(__dirname, '..', '..', 'server', 'src', 'core', 'data', 'catalog', 'catalog.json');
  const bytes = fs.statSync(source).size;
  const runs: ColdRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    const child = spawnSync(process.execPath, ['--expose-gc', __filename, '--cold'], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold run failed: ${child.stderr}`);
    runs.push(JSON.parse(child.stdout) as ColdRun);
  }
  const m = (k: keyof ColdRun) => median(runs.map((r) => r[k])).toFixed(1);

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadCatalog } = require('../server/src/core/data/catalog/load') as typeof import('../server/src/core/data/catalog/load');
  const catalog = loadCatalog();
  const c = catalog.counts;
  const lines = [
    `catalog: ${catalog.source.package} ${catalog.version} (${catalog.date})`,
    `  contents: ${c.services} services, ${c.actions} actions, ${c.resourceTypes} resource types, ${c.conditionKeys} condition keys (${catalog.globalConditionKeys().length} global)`,
    `  generated file: ${bytes} bytes (${(bytes / MB).toFixed(2)} MB)`,
    `  cold load (require + build), median of ${RUNS}: ${m('loadMs')} ms`,
    `  RSS: ${m('rssBaseMb')} MB before, ${m('rssLoadedMb')} MB loaded (heap ${m('heapLoadedMb')} MB), ${m('rssAllActionsMb')} MB with every action materialized (heap ${m('heapAllActionsMb')} MB)`,
    `  action('s3:GetObject'): ${perCall(() => catalog.action('s3:GetObject')).toFixed(2)} µs`,
    `  conditionKey('aws:ResourceTag/team'): ${perCall(() => catalog.conditionKey('aws:ResourceTag/team')).toFixed(2)} µs`,
    `  matchActions('s3:Get*'): ${perCall(() => catalog.matchActions('s3:Get*')).toFixed(1)} µs`,
    `  matchActions('*:List*'): ${perCall(() => catalog.matchActions('*:List*')).toFixed(1)} µs`,
    `  matchActions('*Object'): ${perCall(() => catalog.matchActions('*Object')).toFixed(1)} µs`,
    `  suggest('s3:GetObjekt'): ${perCall(() => catalog.suggest('s3:GetObjekt')).toFixed(1)} µs`,
    `  suggest('aws:SourceArm', 'conditionKey'): ${perCall(() => catalog.suggest('aws:SourceArm', 'conditionKey')).toFixed(1)} µs`,
  ];
  console.log(lines.join('\n'));
}

if (process.argv.includes('--cold')) coldRun();
else main();
