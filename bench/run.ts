// `npm run bench [-- --quick] [--rounds N] [--sizes 2KB,1MB] [--kinds cfn-json,cfn-yaml]`
//
// awspolicy against the peers a user would otherwise have, in one run on generated corpora: our language
// server, vscode-json-languageserver (JSON) and yaml-language-server (YAML, CloudFormation tags) over
// stdio; amazon-states-language-service `doValidation` in process; the floors `JSON.parse` and
// jsonc-parser `parseTree`; the evaluator (bench/evaluator.ts) next to the naive reference; and the
// CLI over the managed policies of the shared corpus. Every figure is a median over rounds with its
// min–max; targets are ratios between figures of this run, so a busy machine slows both sides alike.
// Results are printed and written to bench/results/ (gitignored). Nothing here asserts times.
// The rule cost table names the rules that dominate analysis time, for their owners to look at.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { parseTree } from 'jsonc-parser';
import { parseAllDocuments } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES, RuleDefinition, analyze, mergeConfig, computeLineStarts, offsetToPosition, walk } from '../server/src/core';
import { parseJson, parseText, parseYaml } from '../server/src/core/parse';
import { hostServices } from '../server/src/hosts/services';
import { V8_FLAGS } from '../server/src/hosts/v8-tuning';
import { CorpusFile, CorpusKind, KINDS, SIZE_CLASSES, SizeClass, generate } from './generate';
import { Position, ServerSpec, SessionPlan, SessionResult, runSession } from './lsp-driver';
import { Stat, fmt, fmtRatio, pct, stat } from './stats';
import { AnalysisHost } from '../server/src/lsp/worker-host';

const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(ROOT, 'bench', 'results');
const MANAGED = path.resolve(ROOT, '..', 'shared', 'corpus', 'iam', 'managed');

interface Args {
  quick: boolean;
  rounds: number;
  sizes: SizeClass[];
  kinds: CorpusKind[];
  peers: boolean;
}

function parseArgs(argv: string[]): Args {
  const quick = argv.includes('--quick');
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (get('--sizes')?.split(',') ?? (quick ? ['2KB', '100KB', '1MB'] : Object.keys(SIZE_CLASSES))) as SizeClass[];
  const kinds = (get('--kinds')?.split(',') ?? KINDS) as CorpusKind[];
  return { quick, rounds: Number(get('--rounds') ?? (quick ? 3 : 5)), sizes, kinds, peers: !argv.includes('--no-peers') };
}

// ---------- Servers ----------

const CFN_TAGS = ['!Ref', '!Condition', '!GetAtt', '!Sub', '!Join', '!If', '!Select', '!Split', '!FindInMap', '!ImportValue', '!Base64', '!Cidr', '!GetAZs', '!Equals', '!And', '!Or', '!Not', '!Transform', '!ToJsonString', '!Length'];
const YAML_CUSTOM_TAGS = CFN_TAGS.flatMap((t) => [`${t} scalar`, `${t} sequence`, `${t} mapping`]);

function servers(): Record<'ours' | 'json' | 'yaml', ServerSpec> {
  return {
    ours: {
      name: 'awspolicy',
      script: path.join(ROOT, 'dist', 'server.js'),
      args: ['--stdio'],
      // 10 MB documents are above the default size limit; the benchmark raises it to measure them.
      settings: { awspolicy: { maxFileSize: 64 * 1024 * 1024 } },
      debounceMs: 200,
      pullsConfiguration: true,
    },
    json: {
      name: 'vscode-json-languageserver',
      script: path.join(ROOT, 'node_modules', 'vscode-json-languageserver', 'out', 'node', 'jsonServerMain.js'),
      args: ['--stdio'],
      settings: { json: { validate: { enable: true }, format: { enable: false }, schemas: [] }, http: {} },
      initializationOptions: { provideFormatter: false },
      debounceMs: 300,
      pullsConfiguration: false,
    },
    yaml: {
      name: 'yaml-language-server',
      script: path.join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'),
      args: ['--stdio'],
      // Offline: no schema store download; CloudFormation short-form tags declared as custom tags.
      settings: { yaml: { validate: true, hover: true, completion: true, customTags: YAML_CUSTOM_TAGS, schemaStore: { enable: false }, schemas: {} }, http: {}, editor: { tabSize: 2 } },
      debounceMs: 200,
      pullsConfiguration: true,
    },
  };
}

// ---------- Plans ----------

interface Fixture extends CorpusFile {
  /** Our server on the JSON rendering of a YAML template (same content). */
  twinOf?: string;
}

function fixtures(args: Args): Fixture[] {
  const out: Fixture[] = [];
  for (const size of args.sizes) {
    for (const kind of args.kinds) {
      const f = generate(kind, size);
      out.push(f);
      if (f.jsonTwin !== undefined && (size === '1MB' || size === '100KB')) {
        out.push({ ...f, name: `${f.name}.twin`, kind: 'cfn-json', languageId: 'json', fileName: f.fileName.replace(/\.yaml$/, '.twin.json'), text: f.jsonTwin, jsonTwin: undefined, twinOf: f.name });
      }
    }
  }
  return out;
}

/** Positions in the middle of string values, spread evenly over the document (same for every server). */
function valuePositions(f: Fixture, count: number): { positions: Position[]; editAt: Position } {
  const tree = f.languageId === 'yaml' ? parseYaml(f.text) : parseJson(f.text);
  const offsets: number[] = [];
  walk(tree.root, (n) => {
    const isKey = n.parent?.type === 'property' && n.parent.key === n;
    if (n.type === 'string' && !isKey && n.value.length >= 3 && n.map === undefined) offsets.push(n.contentOffset + Math.floor(n.value.length / 2));
    return true;
  });
  offsets.sort((a, b) => a - b);
  const lineStarts = computeLineStarts(f.text);
  const picked: Position[] = [];
  for (let i = 0; i < count && offsets.length > 0; i++) {
    const o = offsets[Math.floor(((i + 0.5) * offsets.length) / count)];
    picked.push(offsetToPosition(lineStarts, o));
  }
  const mid = offsets[Math.floor(offsets.length / 2)] ?? 0;
  return { positions: picked, editAt: offsetToPosition(lineStarts, mid) };
}

function positionCount(size: SizeClass, quick: boolean): number {
  // yaml-language-server takes seconds per request on large documents: fewer positions there keep a
  // full run within an hour on a busy two-core machine.
  const n = size === '10MB' ? 4 : size === '1MB' ? 12 : size === '100KB' ? 16 : 24;
  return quick ? Math.ceil(n / 2) : n;
}

// ---------- In-process measurements ----------

function timeIt(fn: () => unknown, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const s = performance.now();
    fn();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

async function timeAsync(fn: () => Promise<unknown>, repeat: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const s = performance.now();
    await fn();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

type AslService = { parseJSONDocument(d: TextDocument): unknown; doValidation(d: TextDocument, j: unknown): Promise<unknown[]> };

function aslService(): AslService {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const asl = require('amazon-states-language-service') as { getLanguageService(p: object): AslService };
  return asl.getLanguageService({});
}

const bigConfig = mergeConfig({ maxFileSize: 64 * 1024 * 1024, timeBudgetMs: 600000 });

async function inProcess(f: Fixture, repeat: number, asl: AslService | undefined): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const services = hostServices();
  const floorText = f.languageId === 'yaml' ? f.jsonTwin : f.text;
  if (floorText !== undefined) {
    out.jsonParse = timeIt(() => JSON.parse(floorText), repeat);
    out.parseTree = timeIt(() => parseTree(floorText), repeat);
  }
  if (f.languageId === 'yaml') out.yamlParseAllDocuments = timeIt(() => parseAllDocuments(f.text, { uniqueKeys: false }), repeat);
  out.ourParse = timeIt(() => parseText(f.text, f.languageId === 'yaml' ? 'yaml' : 'json'), repeat);
  // At 10 MB a quadratic rule can run for many minutes with no watchdog in this process; the LSP
  // session (whose worker is replaced at its deadline) measures that size instead.
  const input = { text: f.text, uri: `file:///bench/${f.fileName}`, languageId: f.languageId };
  if (f.size === '2KB' || f.size === '100KB') out.ourAnalyze = timeIt(() => analyze(input, { services, config: bigConfig }), repeat);
  else if (f.size === '1MB') {
    // Warm, like the other columns (one run first), with the engine's time budget bounding the run
    // between rules; the first, cold analysis in the analysis worker (as the server does it on open,
    // with the diagnostics conversion) is reported beside it.
    const ms = await workerAnalysis(f);
    if (ms !== undefined) out.ourAnalyzeWorkerCold = ms;
    // The same with every rule off: parsing, the model, the engine and the conversion, cold. What is
    // left of a didOpen target after this floor is what the rules' first run may take.
    const floor = await workerAnalysis(f, Object.fromEntries(RULES.map((r) => [r.id, 'off'])));
    if (floor !== undefined) out.ourAnalyzeWorkerColdNoRules = floor;
    const budget = { services, config: mergeConfig({ maxFileSize: 64 * 1024 * 1024, timeBudgetMs: 60000 }) };
    analyze(input, budget);
    out.ourAnalyze = timeIt(() => analyze(input, budget), Math.max(repeat, 3));
  }
  if (f.kind === 'asl' && asl !== undefined) {
    const doc = TextDocument.create(`file:///bench/${f.fileName}`, 'json', 1, f.text);
    out.aslServiceValidate = await timeAsync(() => asl.doValidation(doc, asl.parseJSONDocument(doc)), repeat);
  }
  return out;
}

/**
 * Time of one analysis (with diagnostics conversion) in a fresh analysis worker, all rules on unless
 * `rules` says otherwise; undefined on overrun.
 */
async function workerAnalysis(f: Fixture, rules?: Record<string, string>): Promise<number | undefined> {
  const uri = `file:///bench/${f.fileName}`;
  const host = new AnalysisHost({
    workerScript: path.join(ROOT, 'out', 'server', 'src', 'lsp', 'worker.js'),
    document: (u) =>
      u === uri
        ? { uri, version: 1, languageId: f.languageId, text: f.text, options: { config: mergeConfig({ maxFileSize: 64 * 1024 * 1024, timeBudgetMs: 30000, rules }) } }
        : { uri: u, version: 1, languageId: 'json', text: '{"Statement": []}', options: {} },
    deadlineMs: () => 61000,
    // Cold means cold: no warm-up on the rules' examples (the LSP sessions measure the server as it runs).
    warmUpMs: 0,
  });
  try {
    // A tiny document first loads the catalog in the worker; then the measured analysis.
    await host.request('validate', 'file:///bench/warm.json');
    const start = performance.now();
    const r = await host.request('validate', uri);
    return r.status === 'ok' ? performance.now() - start : undefined;
  } finally {
    host.dispose();
  }
}

/** Time per rule (summed over units) for one analysis: who the hot spots are, for the rules' owners. */
function ruleCosts(f: Fixture): { parseModelMs: number; rules: [string, number][] } {
  const times = new Map<string, number>();
  const wrapped: RuleDefinition[] = RULES.map((r) => ({
    ...r,
    check(ctx) {
      const s = performance.now();
      try {
        r.check(ctx);
      } finally {
        times.set(r.id, (times.get(r.id) ?? 0) + performance.now() - s);
      }
    },
  }));
  const input = { text: f.text, uri: `file:///bench/${f.fileName}`, languageId: f.languageId };
  const s = performance.now();
  analyze(input, { services: hostServices(), config: bigConfig, rules: [] });
  const parseModelMs = performance.now() - s;
  analyze(input, { services: hostServices(), config: bigConfig, rules: wrapped });
  return { parseModelMs, rules: [...times].sort((a, b) => b[1] - a[1]) };
}

// ---------- Evaluator and CLI (child processes) ----------

/** The evaluator round's reading of how fast the machine was: CPU-ns per trivial loop iteration. */
const YARDSTICK = 'machine yardstick (CPU-ns per trivial loop iteration; about 0.3-0.4 on an idle core)';

function evaluatorRound(seconds: number): Record<string, number> {
  const script = path.join(ROOT, 'out', 'bench', 'evaluator.js');
  if (!fs.existsSync(script)) return {};
  const r = spawnSync(process.execPath, [script, '--seconds', String(seconds)], { encoding: 'utf8' });
  const out: Record<string, number> = {};
  for (const line of r.stdout.split('\n')) {
    const m = /^(.+?)\s{2,}([\d,]+) evals\/CPU-s/.exec(line);
    if (m) out[m[1].trim()] = Number(m[2].replace(/,/g, ''));
    const y = /^machine: ([\d.]+) CPU-ns/.exec(line);
    if (y) out[YARDSTICK] = Number(y[1]);
  }
  return out;
}

function cliRound(): { filesPerSecond: number; files: number; seconds: number } | undefined {
  if (!fs.existsSync(MANAGED)) return undefined;
  const files = fs.readdirSync(MANAGED).filter((f) => /\.json$/.test(f)).length;
  const start = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'awspolicy.js'), 'check', MANAGED, '--format', 'json'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0 && r.status !== 1) return undefined;
  return { filesPerSecond: files / seconds, files, seconds };
}

// ---------- Main ----------

interface Row {
  fixture: Fixture;
  server: string;
  sessions: SessionResult[];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = new Date();
  const srv = servers();
  if (!fs.existsSync(srv.ours.script)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const fx = fixtures(args);
  const plans = new Map<string, SessionPlan>();
  for (const f of fx) {
    const { positions, editAt } = valuePositions(f, positionCount(f.size, args.quick));
    plans.set(f.name, {
      uri: `file:///bench/${f.fileName}`,
      languageId: f.languageId,
      text: f.text,
      positions,
      editAt,
      edits: 50,
      editIntervalMs: 20,
      timeoutMs: f.size === '10MB' ? 300000 : 120000,
    });
  }
  const rows = new Map<string, Row>();
  const rowFor = (f: Fixture, server: string): Row => {
    const k = `${f.name}|${server}`;
    let r = rows.get(k);
    if (r === undefined) rows.set(k, (r = { fixture: f, server, sessions: [] }));
    return r;
  };
  const inproc = new Map<string, Record<string, number>[]>();
  const evaluator: Record<string, number>[] = [];
  const cli: { filesPerSecond: number; files: number; seconds: number }[] = [];
  const asl = args.kinds.includes('asl') ? aslService() : undefined;

  // Warm the in-process code paths once so round 1 is not a JIT warm-up.
  for (const f of fx) if (f.size === '2KB' || f.size === '100KB') await inProcess(f, 1, asl);

  for (let round = 1; round <= args.rounds; round++) {
    process.stderr.write(`round ${round}/${args.rounds}\n`);
    for (const f of fx) {
      const plan = plans.get(f.name)!;
      const peer = f.twinOf !== undefined || !args.peers ? undefined : f.languageId === 'yaml' ? srv.yaml : srv.json;
      for (const spec of peer ? [srv.ours, peer] : [srv.ours]) {
        process.stderr.write(`  ${f.name} ${spec.name}\n`);
        rowFor(f, spec.name).sessions.push(await runSession(spec, plan));
      }
      const repeat = f.size === '10MB' ? 1 : f.size === '1MB' ? 1 : 5;
      const list = inproc.get(f.name) ?? [];
      list.push(await inProcess(f, repeat, asl));
      inproc.set(f.name, list);
    }
    evaluator.push(evaluatorRound(args.quick ? 0.5 : 1));
    const c = cliRound();
    if (c) cli.push(c);
    // A long run can be stopped: every finished round is on disk.
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, 'partial.md'), `(after round ${round} of ${args.rounds})\n\n` + render(args, started, fx, [...rows.values()], inproc, evaluator, cli, new Map()));
  }

  const costs = new Map<string, ReturnType<typeof ruleCosts>>();
  // The 1 MB policy is left out: its quadratic statement-pair rules take minutes (the 100 KB one shows them).
  for (const f of fx) if (((f.size === '1MB' && f.kind !== 'iam') || (f.size === '100KB' && f.kind === 'iam')) && f.twinOf === undefined) costs.set(f.name, ruleCosts(f));

  const report = render(args, started, fx, [...rows.values()], inproc, evaluator, cli, costs);
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const file = path.join(RESULTS, `bench-${args.quick ? 'quick-' : ''}${stamp}.md`);
  fs.writeFileSync(file, report);
  fs.writeFileSync(path.join(RESULTS, `bench-${args.quick ? 'quick-' : ''}${stamp}.json`), JSON.stringify({ args, rows: [...rows.values()].map((r) => ({ fixture: r.fixture.name, server: r.server, sessions: r.sessions })), inproc: Object.fromEntries(inproc), evaluator, cli }, null, 1));
  fs.copyFileSync(file, path.join(RESULTS, 'latest.md'));
  process.stdout.write(report + `\nWritten to ${path.relative(process.cwd(), file)}\n`);
}

// ---------- Report ----------

function render(
  args: Args,
  started: Date,
  fx: Fixture[],
  rows: Row[],
  inproc: Map<string, Record<string, number>[]>,
  evaluator: Record<string, number>[],
  cli: { filesPerSecond: number; files: number; seconds: number }[],
  costs: Map<string, ReturnType<typeof ruleCosts>>,
): string {
  const L: string[] = [];
  const load = os.loadavg().map((x) => x.toFixed(1)).join(' ');
  L.push(`# awspolicy benchmark${args.quick ? ' (quick)' : ''}`);
  L.push('');
  L.push(`${started.toISOString()}; Node ${process.version}; ${os.cpus().length} CPUs; load average at the end ${load}; ${args.rounds} rounds; figures are medians over the rounds with [min–max].`);
  L.push('Times in ms. "open→diag" and "edit storm" are also given minus the server\'s fixed validation delay (json 300 ms, yaml 200 ms, awspolicy 200 ms after edits, 0 on open): that delay is waiting, not work.');
  L.push(`awspolicy's server and CLI set their own V8 flags (${V8_FLAGS.join(' ')}; see server/src/hosts/v8-tuning.ts); the in-process figures run with V8's defaults.`);
  L.push('');

  const sessionStat = (r: Row | undefined, f: (s: SessionResult) => number): Stat | undefined => (r === undefined ? undefined : stat(r.sessions.map(f).filter((x) => !Number.isNaN(x))));
  const ip = (name: string, key: string): Stat | undefined => {
    const list = inproc.get(name);
    if (list === undefined) return undefined;
    const vals = list.map((x) => x[key]).filter((x) => x !== undefined);
    return vals.length > 0 ? stat(vals) : undefined;
  };
  const row = (fixture: string, server: string): Row | undefined => rows.find((r) => r.fixture.name === fixture && r.server === server);
  const debounce: Record<string, { open: number; edit: number }> = {
    awspolicy: { open: 0, edit: 200 },
    'vscode-json-languageserver': { open: 300, edit: 300 },
    'yaml-language-server': { open: 200, edit: 200 },
  };

  L.push('## Language servers over stdio');
  L.push('');
  L.push('| document | KB | server | start→initialized | open→diag | open→diag − delay | diags | hover p50 / p95 / max | completion p50 / p95 / max | edit storm − delay | peak RSS MB |');
  L.push('|---|---:|---|---:|---:|---:|---:|---|---|---:|---:|');
  for (const f of fx) {
    for (const r of rows.filter((x) => x.fixture === f)) {
      const d = debounce[r.server];
      const hov = (p: number): Stat => stat(r.sessions.map((s) => pct(s.hoverMs, p)).filter((x) => !Number.isNaN(x)));
      const com = (p: number): Stat => stat(r.sessions.map((s) => pct(s.completionMs, p)).filter((x) => !Number.isNaN(x)));
      const to = [...new Set(r.sessions.flatMap((s) => s.timedOut))];
      L.push(
        `| ${f.name} | ${(f.text.length / 1024).toFixed(0)} | ${r.server}${to.length ? ` (timeouts: ${to.join(', ')})` : ''} | ${fmt(sessionStat(r, (s) => s.initMs))} | ${fmt(sessionStat(r, (s) => s.openToDiagnosticsMs))} | ${fmt(sessionStat(r, (s) => s.openToDiagnosticsMs - d.open))} | ${fmt(sessionStat(r, (s) => s.diagnosticsCount), 0)} | ${fmt(hov(50), 1, false)} / ${fmt(hov(95), 1, false)} / ${fmt(hov(100), 1, false)} | ${fmt(com(50), 1, false)} / ${fmt(com(95), 1, false)} / ${fmt(com(100), 1, false)} | ${fmt(sessionStat(r, (s) => s.editStormMs - d.edit))} | ${fmt(sessionStat(r, (s) => s.peakRssMb), 0)} |`,
      );
    }
  }
  L.push('');
  L.push('## In process (one document, warm)');
  L.push('');
  L.push('| document | KB | JSON.parse | jsonc parseTree | yaml parseAllDocuments | awspolicy parse | awspolicy analyze (all rules) | analyze / parseTree | first analysis in the worker (cold) | the same, every rule off | ASL service doValidation |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const f of fx) {
    const a = ip(f.name, 'ourAnalyze');
    const p = ip(f.name, 'parseTree');
    L.push(`| ${f.name} | ${(f.text.length / 1024).toFixed(0)} | ${fmt(ip(f.name, 'jsonParse'))} | ${fmt(p)} | ${fmt(ip(f.name, 'yamlParseAllDocuments'))} | ${fmt(ip(f.name, 'ourParse'))} | ${fmt(a)} | ${fmtRatio(a, p)} | ${fmt(ip(f.name, 'ourAnalyzeWorkerCold'))} | ${fmt(ip(f.name, 'ourAnalyzeWorkerColdNoRules'))} | ${fmt(ip(f.name, 'aslServiceValidate'))} |`);
  }
  L.push('');
  if (f0(evaluator)) {
    L.push('## Policy evaluator (bench/evaluator.ts, evaluations per CPU-second)');
    L.push('');
    L.push('| pipeline | evals/CPU-s |');
    L.push('|---|---:|');
    for (const k of Object.keys(evaluator[0])) L.push(`| ${k} | ${fmt(stat(evaluator.map((e) => e[k]).filter((x) => x !== undefined)), k === YARDSTICK ? 2 : 0)} |`);
    L.push('');
  }
  if (cli.length > 0) {
    L.push(`## CLI: \`awspolicy check\` over ${cli[0].files} managed policies in one process`);
    L.push('');
    L.push(`files/s ${fmt(stat(cli.map((c) => c.filesPerSecond)), 0)}; wall seconds ${fmt(stat(cli.map((c) => c.seconds)), 2)}`);
    L.push('');
  }

  if (costs.size > 0) {
    L.push('## Where the time goes (one warm analysis, ms; 1 MB documents, the 100 KB policy)');
    L.push('');
    L.push('| document | parse + model | all rules | top rules (ms) |');
    L.push('|---|---:|---:|---|');
    for (const [name, c] of costs) {
      const total = c.rules.reduce((a, [, t]) => a + t, 0);
      L.push(`| ${name} | ${c.parseModelMs.toFixed(0)} | ${total.toFixed(0)} | ${c.rules.slice(0, 10).map(([id, t]) => `${id} ${t.toFixed(0)}`).join(', ')} |`);
    }
    L.push('');
  }

  // Targets.
  L.push('## Targets (ratios of medians from this run)');
  L.push('');
  L.push('| target | measured | limit | verdict |');
  L.push('|---|---:|---:|---|');
  const target = (label: string, value: number | undefined, limit: number, lowerIsBetter = true, unit = '×'): void => {
    if (value === undefined || Number.isNaN(value)) {
      L.push(`| ${label} | n/a | ${limit}${unit} | not measured |`);
      return;
    }
    const ok = lowerIsBetter ? value <= limit : value >= limit;
    L.push(`| ${label} | ${value.toFixed(2)}${unit} | ${lowerIsBetter ? '≤' : '≥'} ${limit}${unit} | ${ok ? 'met' : `MISSED by ${lowerIsBetter ? (value / limit).toFixed(2) : (limit / value).toFixed(2)}×`} |`);
  };
  const med = (s: Stat | undefined): number | undefined => s?.median;
  const ours = 'awspolicy';
  for (const size of ['1MB', '10MB', '100KB'] as SizeClass[]) {
    if (!args.sizes.includes(size)) continue;
    const cj = `cfn-json-${size}`;
    const cy = `cfn-yaml-${size}`;
    const pt = med(ip(cj, 'parseTree'));
    const open = (fixture: string, server: string): number | undefined => med(sessionStat(row(fixture, server), (s) => s.openToDiagnosticsMs - debounce[server].open));
    const storm = (fixture: string, server: string): number | undefined => med(sessionStat(row(fixture, server), (s) => s.editStormMs - debounce[server].edit));
    const p95 = (fixture: string, server: string, which: 'hoverMs' | 'completionMs'): number | undefined => med(sessionStat(row(fixture, server), (s) => pct(s[which], 95)));
    const ratio = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
    target(`${size} JSON template: didOpen→diagnostics / parseTree`, ratio(open(cj, ours), pt), 3);
    target(`${size} JSON template: in-process analyze / parseTree`, ratio(med(ip(cj, 'ourAnalyze')), pt), 3);
    target(`${size} YAML template: didOpen→diagnostics / yaml-language-server's`, ratio(open(cy, ours), open(cy, 'yaml-language-server')), 0.25);
    target(`${size} YAML template: didOpen→diagnostics / ours on the same template as JSON`, ratio(open(cy, ours), open(`${cy}.twin`, ours)), 5);
    for (const kind of ['cfn-json', 'iam', 'asl']) {
      const fj = `${kind}-${size}`;
      for (const which of ['hoverMs', 'completionMs'] as const) {
        target(`${size} ${kind}: ${which === 'hoverMs' ? 'hover' : 'completion'} p95 / vscode-json-languageserver's`, ratio(p95(fj, ours, which), p95(fj, 'vscode-json-languageserver', which)), 1);
      }
    }
    for (const which of ['hoverMs', 'completionMs'] as const) {
      target(`${size} YAML template: ${which === 'hoverMs' ? 'hover' : 'completion'} p95 / yaml-language-server's`, ratio(p95(cy, ours, which), p95(cy, 'yaml-language-server', which)), 0.1);
    }
    for (const kind of ['cfn-json', 'iam', 'asl']) target(`${size} ${kind}: edit storm / parseTree`, ratio(storm(`${kind}-${size}`, ours), med(ip(`${kind}-${size}`, 'parseTree'))), 2);
    target(`${size} YAML template: edit storm / parseTree of its JSON twin`, ratio(storm(cy, ours), med(ip(cy, 'parseTree'))), 2);
    target(`${size} YAML template open: peak RSS / yaml-language-server's`, ratio(med(sessionStat(row(cy, ours), (s) => s.peakRssMb)), med(sessionStat(row(cy, 'yaml-language-server'), (s) => s.peakRssMb))), 0.5);
    target(`${size} ASL: our analysis / ASL service doValidation (time)`, ratio(med(ip(`asl-${size}`, 'ourAnalyze')), med(ip(`asl-${size}`, 'aslServiceValidate'))), 1 / 3);
  }
  if (cli.length > 0) target('CLI over the managed policies, files/s', med(stat(cli.map((c) => c.filesPerSecond))), 1000, false, '');
  const engine = 'engine, batch of requests (evaluate, full trace)';
  if (f0(evaluator) && evaluator[0][engine] !== undefined) {
    target('Evaluator engine, evals per CPU-second', med(stat(evaluator.map((e) => e[engine]))), 250000, false, '');
  }
  L.push('');
  // Not targets: how much of a didOpen target a fresh analysis worker spends before any rule runs.
  const floors: string[] = [];
  for (const size of ['1MB', '10MB'] as SizeClass[]) {
    const cj = `cfn-json-${size}`;
    const cy = `cfn-yaml-${size}`;
    const floorJson = med(ip(cj, 'ourAnalyzeWorkerColdNoRules'));
    const floorYaml = med(ip(cy, 'ourAnalyzeWorkerColdNoRules'));
    const pt = med(ip(cj, 'parseTree'));
    const yamlLs = med(sessionStat(row(cy, 'yaml-language-server'), (s) => s.openToDiagnosticsMs - debounce['yaml-language-server'].open));
    if (floorJson !== undefined && pt !== undefined) floors.push(`| ${size} JSON template, every rule off: first analysis in a fresh worker / parseTree | ${(floorJson / pt).toFixed(2)}× | of the 3× didOpen target |`);
    if (floorYaml !== undefined && yamlLs !== undefined) floors.push(`| ${size} YAML template, every rule off: first analysis in a fresh worker / yaml-language-server's didOpen | ${(floorYaml / yamlLs).toFixed(2)}× | of the 0.25× didOpen target |`);
  }
  if (floors.length > 0) {
    L.push('### Floors (not targets): a fresh analysis worker with every rule off');
    L.push('');
    L.push('| what | measured | against |');
    L.push('|---|---:|---|');
    L.push(...floors);
    L.push('');
  }
  return L.join('\n');
}

function f0(e: Record<string, number>[]): boolean {
  return e.length > 0 && Object.keys(e[0]).length > 0;
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
