// Invariants every analysis must keep whatever the input: nothing throws, every range (findings,
// related locations, fix edits, hovers, completions) lies inside the document and never splits a UTF-16
// surrogate pair, positions round-trip to the same offsets, and the same input gives the same result.
// Shared by the property tests (CI) and `npm run fuzz` (long runs), plus generators of hostile text.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { AnalysisResult, AnalyzeOptions, analyze, offsetToPosition, positionToOffset } from '../../server/src/core';
import { getCompletions, getHover } from '../../server/src/core/features';
import { testServices } from '../helpers/services';

/** Number of cases for a property: the CI default, or AWSPOLICY_FUZZ_SCALE times it (`npm run fuzz`). */
export function runs(ciDefault: number): number {
  const scale = Number(process.env.AWSPOLICY_FUZZ_SCALE ?? '1');
  return Math.max(1, Math.round(ciDefault * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** A fixed seed unless AWSPOLICY_FUZZ_SEED says otherwise, so CI failures reproduce. */
export function seed(): number {
  const s = process.env.AWSPOLICY_FUZZ_SEED;
  return s !== undefined ? Number(s) : 424242;
}

export function fcParams(numRuns: number): fc.Parameters<unknown> {
  return { numRuns, seed: seed(), endOnFailure: true };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** `offset` does not fall between the two halves of a surrogate pair. */
function onBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  return !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

export function assertRange(text: string, offset: number, length: number, what: string): void {
  assert.ok(Number.isInteger(offset) && Number.isInteger(length), `${what}: non-integer range ${offset}+${length}`);
  assert.ok(offset >= 0 && length >= 0 && offset + length <= text.length, `${what}: range ${offset}+${length} outside the document (${text.length})`);
  assert.ok(onBoundary(text, offset) && onBoundary(text, offset + length), `${what}: range ${offset}+${length} splits a surrogate pair`);
}

/** Checks every range of a result and the position round trip of its findings. */
export function assertResultInvariants(text: string, r: AnalysisResult): void {
  const lineStarts = r.doc.lineStarts;
  for (const f of r.findings) {
    const what = `${f.ruleId} ${f.messageId}`;
    assert.match(f.ruleId, /^[A-Z]+\d+$/, `bad rule id ${f.ruleId}`);
    assert.ok(typeof f.message === 'string' && f.message.length > 0, `${what}: empty message`);
    assertRange(text, f.offset, f.length, what);
    for (const rel of f.related ?? []) assertRange(text, rel.offset, rel.length, `${what} related`);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) assertRange(text, e.offset, e.length, `${what} fix '${fix.title}'`);
    const start = offsetToPosition(lineStarts, f.offset);
    const end = offsetToPosition(lineStarts, f.offset + f.length);
    assert.strictEqual(positionToOffset(lineStarts, start, text.length), f.offset, `${what}: start position does not round-trip`);
    assert.strictEqual(positionToOffset(lineStarts, end, text.length), f.offset + f.length, `${what}: end position does not round-trip`);
  }
}

/** Plain data of the findings (for determinism checks). */
export function findingsKey(r: AnalysisResult): string {
  return JSON.stringify(r.findings.map((f) => [f.ruleId, f.messageId, f.offset, f.length, f.message, f.severity, f.related, f.fixes]));
}

export interface CheckOptions extends AnalyzeOptions {
  /** Also query hover and completion at these offsets. */
  probes?: number[];
  /** Analyse twice and compare (default true). */
  determinism?: boolean;
}

/** Analyses `text` and checks every invariant; returns the result for further checks. */
export function checkText(text: string, uri: string, options: CheckOptions = {}): AnalysisResult {
  const services = testServices();
  const { probes, determinism, ...opts } = options;
  const r = analyze({ text, uri }, { ...opts, services });
  assertResultInvariants(text, r);
  if (determinism !== false) {
    const again = analyze({ text, uri }, { ...opts, services });
    assert.strictEqual(findingsKey(again), findingsKey(r), 'the same text gave different findings');
  }
  for (const at of probes ?? []) {
    const offset = Math.max(0, Math.min(text.length, at));
    const h = getHover(r.doc, offset, services);
    if (h !== undefined) {
      assertRange(text, h.offset, h.length, 'hover');
      assert.strictEqual(typeof h.contents, 'string');
    }
    for (const c of getCompletions(r.doc, offset, services)) {
      if (c.replace) assertRange(text, c.replace.offset, c.replace.length, `completion ${c.label}`);
      assert.strictEqual(typeof c.label, 'string');
    }
  }
  return r;
}

// ---------- Real documents ----------

const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const DOC_EXT = /\.(json|ya?ml|template)$/i;

/** Small real documents from the shared corpus (sorted, so the sample is stable). */
export function corpusSample(maxBytes = 8192): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (DOC_EXT.test(e.name)) {
        const st = fs.statSync(p);
        if (st.size > 0 && st.size <= maxBytes) out.push({ file: p, text: fs.readFileSync(p, 'utf8') });
      }
    }
  };
  walk(CORPUS);
  return out;
}

export function corpusAvailable(): boolean {
  return fs.existsSync(CORPUS);
}

// ---------- Mutations ----------

const INJECT = ['\ud800', '\udfff', '😀', 'é', '\u0000', '\ufeff', '\u2028', '\r\n', '\r', '\t', '"', '\\', '{', '[', '}', ']', ':', ',', '- ', '!Ref ', '&a ', '*a', '${', '#', "'", '\u202e', 'İ', '\uffff'];

export type Mutation =
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'swap'; at: number }
  | { op: 'truncate'; at: number }
  | { op: 'inject'; at: number; what: number }
  | { op: 'nest'; at: number; depth: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 16 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('inject' as const), at: fc.nat(), what: fc.nat({ max: INJECT.length - 1 }) }),
  fc.record({ op: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 1500 }) }),
);

export function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.op) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'duplicate':
      return text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
    case 'swap':
      return at + 1 < text.length ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text;
    case 'truncate':
      return text.slice(0, at);
    case 'inject':
      return text.slice(0, at) + INJECT[m.what] + text.slice(at);
    case 'nest':
      return text.slice(0, at) + '['.repeat(m.depth) + ']'.repeat(m.depth) + text.slice(at);
  }
}
