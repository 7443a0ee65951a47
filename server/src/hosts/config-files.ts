// Finds and reads `.awspolicy.json` for a file: the nearest one in the file's folder or a parent
// folder (up to the filesystem root). Used by the CLI and the language server; the core only parses.

import * as fs from 'fs';
import * as path from 'path';
import { ConfigFileResult, parseConfigFile } from '../core/config';

export const CONFIG_FILE_NAME = '.awspolicy.json';

export interface LoadedConfigFile extends ConfigFileResult {
  path: string;
  /** The folder the file sits in: associations are matched against paths relative to it. */
  dir: string;
}

export function findConfigFile(startDir: string, stopAt?: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (stopAt !== undefined && path.resolve(stopAt) === dir) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfigFile(file: string): LoadedConfigFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { path: file, dir: path.dirname(file), config: {}, errors: [`cannot read ${file}: ${(e as Error).message}`] };
  }
  return { path: file, dir: path.dirname(file), ...parseConfigFile(text) };
}
