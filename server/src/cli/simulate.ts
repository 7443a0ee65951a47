// `awspolicy simulate`: evaluates requests against policies offline (the CLI contract of issue 5).
//
//   awspolicy simulate --request REQ.json [--format text|json]
//   awspolicy simulate --batch CASES.jsonl [--format json|text]
//
// A request file holds `{ "policies": {...}, "request": {...} }`; a batch file holds one such object per
// line. JSON output always has `decision` ("Allow" | "ExplicitDeny" | "ImplicitDeny"); an input that
// cannot be evaluated gets `{"decision": null, "error": "..."}` on its line and the batch goes on.
//
// Exit codes: 0 every input was evaluated (whatever the decisions); 1 at least one input could not be
// evaluated (its result has decision null); 2 usage error or unreadable file.

import * as path from 'path';
import { CliIO, Command } from './io';
import { evaluate, PolicyPool, readSimulationText, renderText } from '../core/evaluator';

export const SIMULATE_USAGE = `Usage:
  awspolicy simulate --request REQ.json [--format text|json]
  awspolicy simulate --batch CASES.jsonl [--format json|text]

Evaluates a request against its policies with AWS's policy evaluation logic.
REQ.json holds {"policies": {...}, "request": {...}}; CASES.jsonl holds one such object per line.
Exit codes: 0 all inputs evaluated, 1 some input could not be evaluated, 2 usage or I/O error.
`;

interface Options {
  request?: string;
  batch?: string;
  format?: 'text' | 'json';
}

function parseArgs(args: string[]): Options | string {
  const o: Options = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq !== -1 ? a.slice(0, eq) : a;
    const inline = a.startsWith('--') && eq !== -1 ? a.slice(eq + 1) : undefined;
    const value = (): string | undefined => (inline !== undefined ? inline : args[++i]);
    switch (flag) {
      case '--request':
      case '-r': {
        const v = value();
        if (v === undefined || v === '') return '--request needs a file';
        o.request = v;
        break;
      }
      case '--batch':
      case '-b': {
        const v = value();
        if (v === undefined || v === '') return '--batch needs a file';
        o.batch = v;
        break;
      }
      case '--format':
      case '-f': {
        const v = value();
        if (v !== 'text' && v !== 'json') return `--format must be text or json${v === undefined ? '' : `, not '${v}'`}`;
        o.format = v;
        break;
      }
      default:
        return `unknown argument '${a}'`;
    }
  }
  if (o.request !== undefined && o.batch !== undefined) return 'use either --request or --batch, not both';
  if (o.request === undefined && o.batch === undefined) return 'missing --request FILE or --batch FILE';
  return o;
}

function readInput(io: CliIO, file: string): string | Error {
  try {
    const text = io.readFile(path.resolve(io.cwd, file));
    // A byte order mark (as some editors on Windows write) is not part of the JSON.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

function errorLine(error: string): string {
  return JSON.stringify({ decision: null, error });
}

function runRequest(io: CliIO, file: string, format: 'text' | 'json'): number {
  const text = readInput(io, file);
  if (text instanceof Error) {
    io.stderr(`awspolicy simulate: cannot read ${file}: ${text.message}\n`);
    // JSON output always has `decision`: a tool reading stdout still gets a result for the request.
    if (format === 'json') io.stdout(errorLine(`cannot read ${file}: ${text.message}`) + '\n');
    return 2;
  }
  const { result, sourceOf } = readSimulationText(text, file);
  if (!result.ok) {
    if (format === 'json') io.stdout(errorLine(result.error) + '\n');
    else io.stdout(`Cannot evaluate ${file}: ${result.error}\n`);
    return 1;
  }
  const evaluation = evaluate(result.input, { sourceOf });
  if (format === 'json') io.stdout(JSON.stringify(evaluation, null, 2) + '\n');
  else io.stdout(renderText(evaluation, result.input.request));
  return 0;
}

function runBatch(io: CliIO, file: string, format: 'text' | 'json'): number {
  const text = readInput(io, file);
  if (text instanceof Error) {
    io.stderr(`awspolicy simulate: cannot read ${file}: ${text.message}\n`);
    return 2;
  }
  const lines = text.split(/\r?\n/);
  // A final newline ends the last line; it does not start an empty one.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let failed = 0;
  // Lines repeat the same policies: they are read and prepared once (see core/evaluator/pool.ts).
  const pool = new PolicyPool();
  let chunk: string[] = [];
  const flush = (): void => {
    if (chunk.length > 0) io.stdout(chunk.join(''));
    chunk = [];
  };
  for (let n = 0; n < lines.length; n++) {
    // A byte order mark can also start a later line (files concatenated with `cat`).
    const line = lines[n].charCodeAt(0) === 0xfeff ? lines[n].slice(1) : lines[n];
    let out: string;
    if (line.trim() === '') {
      failed++;
      out = format === 'json' ? errorLine('empty line') : `Line ${n + 1}: cannot evaluate: empty line\n`;
    } else {
      const read = pool.read(line);
      if (!read.ok) {
        failed++;
        out = format === 'json' ? errorLine(read.error) : `Line ${n + 1}: cannot evaluate: ${read.error}\n`;
      } else {
        try {
          const evaluation = evaluate(read.input, { reusePolicies: read.reuse });
          out = format === 'json' ? JSON.stringify(evaluation) : `Line ${n + 1}:\n${renderText(evaluation, read.input.request)}`;
        } catch (e) {
          // INVARIANT: the evaluator does not throw on valid input; this keeps one bad line from ending the batch.
          failed++;
          out = format === 'json' ? errorLine(`internal error: ${(e as Error).message}`) : `Line ${n + 1}: internal error: ${(e as Error).message}\n`;
        }
      }
    }
    chunk.push(format === 'json' ? out + '\n' : out + (n + 1 < lines.length ? '\n' : ''));
    if (chunk.length >= 512) flush();
  }
  flush();
  return failed > 0 ? 1 : 0;
}

export const simulate: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(SIMULATE_USAGE);
    return 0;
  }
  const opts = parseArgs(args);
  if (typeof opts === 'string') {
    io.stderr(`awspolicy simulate: ${opts}\n${SIMULATE_USAGE}`);
    return 2;
  }
  if (opts.request !== undefined) return runRequest(io, opts.request, opts.format ?? 'text');
  return runBatch(io, opts.batch!, opts.format ?? 'json');
};
