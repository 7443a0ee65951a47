// Expands the CLI's PATH|GLOB arguments into files: directories are walked for JSON/YAML files
// (node_modules and dot-folders skipped), globs are matched with minimatch.

import * as fs from 'fs';
import * as path from 'path';
import { minimatch } from 'minimatch';

export const DOCUMENT_EXTENSIONS = /\.(json|jsonc|ya?ml|template)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.aws-sam', 'cdk.out']);

export interface Expanded {
  files: string[];
  /** Arguments that matched nothing or could not be read. */
  errors: string[];
}

function walk(dir: string, out: string[], errors: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(`cannot read directory ${dir}: ${(e as Error).message}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || e.name.startsWith('.')) continue;
      walk(p, out, errors);
    } else if (e.isFile() && DOCUMENT_EXTENSIONS.test(e.name) && e.name !== '.awspolicy.json') {
      out.push(p);
    }
  }
}

function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const base: string[] = [];
  for (const p of parts) {
    if (/[*?[\]{}]/.test(p)) break;
    base.push(p);
  }
  return base.join('/') || '.';
}

export function expandArgs(args: string[], cwd: string): Expanded {
  const files: string[] = [];
  const errors: string[] = [];
  for (const arg of args.length > 0 ? args : ['.']) {
    if (/[*?[\]{}]/.test(arg)) {
      const base = path.resolve(cwd, globBase(arg));
      const candidates: string[] = [];
      if (fs.existsSync(base)) walk(base, candidates, errors);
      const abs = path.isAbsolute(arg) ? arg : path.join(cwd, arg);
      const matched = candidates.filter((f) => minimatch(f, abs, { dot: true }) || minimatch(path.relative(cwd, f).split(path.sep).join('/'), arg, { dot: true }));
      if (matched.length === 0) errors.push(`no files match ${arg}`);
      files.push(...matched);
      continue;
    }
    const p = path.resolve(cwd, arg);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      errors.push(`no such file or directory: ${arg}`);
      continue;
    }
    if (st.isDirectory()) walk(p, files, errors);
    else files.push(p);
  }
  return { files: [...new Set(files)], errors };
}
