// Runs the CLI in-process with a fake IO, or as a real process (bin/awspolicy.js → dist/cli.js).

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../server/src/cli/index';
import type { CliIO } from '../../server/src/cli/io';
import { REPO_ROOT } from './fixture';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], cwd: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, readFile: (p) => fs.readFileSync(p, 'utf8'), isTTY: false };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

export function cliProcess(args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'awspolicy.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder with the given files. */
export function tempTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'awspolicy-test-'));
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return dir;
}
