// The CLI's window on the outside world, injected so commands can be tested in-process.

import * as fs from 'fs';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  readFile(path: string): string;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
  /** The CLI's entry file, when files may be checked on worker threads started from it. */
  workerScript?: string;
}

export const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  readFile: (p) => fs.readFileSync(p, 'utf8'),
  isTTY: process.stdout.isTTY === true,
};

/** A subcommand: parses its own arguments, returns the exit code (0 ok, 1 findings/deny, 2 usage or I/O error). */
export type Command = (args: string[], io: CliIO) => Promise<number>;
