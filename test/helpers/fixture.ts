// Fixture files with expectations written inline (see test/fixtures/README.md):
//   "Version": "2012-10-18",
//   //         ^^^^^^^^^^^^ IAM106 invalid
// Annotation lines (`//` in JSON, `#` in YAML, with carets) and directive lines (`//@ kind: ...`) are
// stripped before analysis; carets refer to the nearest preceding kept line.

import * as path from 'path';

export interface Expectation {
  code: string;
  messageId?: string;
  /** Offsets in the stripped text. */
  offset: number;
  length: number;
  /** 1-based line in the stripped text, for messages. */
  line: number;
}

export interface ParsedFixture {
  text: string;
  expectations: Expectation[];
  directives: Record<string, string>;
}

const CARET = /^(\s*)(\/\/|#)(\s*)(\^+)\s+([A-Z]+[0-9]+)(?:\s+([A-Za-z][\w-]*))?\s*$/;
const DIRECTIVE = /^\s*(\/\/|#)@\s*([\w-]+)\s*:\s*(.*?)\s*$/;
/** `//@ expect: CODE L:C-L:C [messageId]` (1-based lines and columns of the stripped text, end exclusive). */
const EXPECT = /^([A-Z]+[0-9]+)\s+(\d+):(\d+)-(\d+):(\d+)(?:\s+([A-Za-z][\w-]*))?$/;

export function parseFixture(raw: string): ParsedFixture {
  const lines = raw.split('\n');
  const kept: string[] = [];
  const keptStarts: number[] = [];
  const expectations: Expectation[] = [];
  const directives: Record<string, string> = {};
  const explicit: string[] = [];
  let pos = 0;
  for (const line of lines) {
    const d = DIRECTIVE.exec(line);
    if (d) {
      if (d[2] === 'expect') explicit.push(d[3]);
      else directives[d[2]] = d[3];
      continue;
    }
    const c = CARET.exec(line);
    if (c) {
      if (kept.length === 0) throw new Error(`caret annotation before any content: ${line}`);
      const col = line.indexOf('^');
      const target = kept.length - 1;
      expectations.push({ code: c[5], messageId: c[6], offset: keptStarts[target] + col, length: c[4].length, line: target + 1 });
      continue;
    }
    kept.push(line);
    keptStarts.push(pos);
    pos += line.length + 1;
  }
  for (const e of explicit) {
    const m = EXPECT.exec(e);
    if (!m) throw new Error(`bad //@ expect directive: ${e}`);
    const [, code, l1, c1, l2, c2, messageId] = m;
    const start = keptStarts[Number(l1) - 1] + Number(c1) - 1;
    const end = keptStarts[Number(l2) - 1] + Number(c2) - 1;
    expectations.push({ code, messageId, offset: start, length: end - start, line: Number(l1) });
  }
  return { text: kept.join('\n'), expectations, directives };
}

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'rules');
