// The shared corpus (../shared/corpus beside the repository): present in CI and on the team's machines,
// absent on a fresh clone elsewhere. Suites that read it skip loudly without it, unless
// AWSPOLICY_REQUIRE_CORPUS=1 (as in .ci/run), where a missing corpus fails them.

import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './fixture';

export const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');

export function corpusPresent(): boolean {
  return fs.existsSync(path.join(CORPUS, 'MANIFEST.tsv'));
}

let warned = false;

/** In a `before` hook or a test: skips it when the corpus is absent (fails instead when CI requires it). */
export function requireCorpus(ctx: Mocha.Context): void {
  if (corpusPresent()) return;
  if (process.env.AWSPOLICY_REQUIRE_CORPUS === '1') throw new Error(`the shared corpus is missing (${CORPUS}), and AWSPOLICY_REQUIRE_CORPUS=1`);
  if (!warned) {
    warned = true;
    process.stderr.write(`\n!!! SKIPPING the corpus suites: ${CORPUS} is missing (they run in CI)\n\n`);
  }
  ctx.skip();
}

/** The corpus files whose names match `name`, in a stable order (empty without the corpus). */
export function corpusFiles(name: RegExp, dir = CORPUS, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) corpusFiles(name, p, out);
    else if (name.test(e.name)) out.push(p);
  }
  return out;
}
