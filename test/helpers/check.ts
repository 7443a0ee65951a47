// The one `check` function of the fixture tests: analyse a fixture with a chosen set of rules and
// compare findings with the inline expectations, rendering a code frame on mismatch.

import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { mergeConfig } from '../../server/src/core/config';
import { parseKindName } from '../../server/src/core/model/kinds';
import { ruleById } from '../../server/src/core/rules/registry';
import type { Finding, RuleDefinition } from '../../server/src/core/rules/types';
import { applyEdits } from '../../server/src/core/features';
import { computeLineStarts, offsetToPosition } from '../../server/src/core/text';
import { Expectation, parseFixture } from './fixture';
import { testServices } from './services';

export interface FixtureRun {
  text: string;
  expected: Expectation[];
  actual: Finding[];
  /** Every finding of every rule run (for fix application). */
  all: Finding[];
}

export function runFixture(file: string, code: string): FixtureRun {
  const raw = fs.readFileSync(file, 'utf8');
  const fx = parseFixture(raw);
  const codes = new Set([code, ...(fx.directives.rules ?? '').split(/[\s,]+/).filter(Boolean)]);
  const rules: RuleDefinition[] = [];
  for (const c of codes) {
    const r = ruleById(c);
    if (r === undefined) throw new Error(`fixture ${file}: unknown rule ${c}`);
    rules.push(r);
  }
  const kindOverride = fx.directives.kind ? parseKindName(fx.directives.kind) : undefined;
  if (fx.directives.kind && kindOverride === undefined) throw new Error(`fixture ${file}: unknown kind ${fx.directives.kind}`);
  const config = mergeConfig(fx.directives.config ? JSON.parse(fx.directives.config) : undefined);
  const uri = fx.directives.uri ?? path.basename(file);
  // `//@ today: 2026-11-28` pins the date for rules that compare with it (runtime deprecation).
  const services = fx.directives.today ? { ...testServices(), today: fx.directives.today } : testServices();
  const result = analyze({ text: fx.text, uri }, { rules, kindOverride, config, services });
  const actual = result.findings.filter((f) => codes.has(f.ruleId));
  return { text: fx.text, expected: fx.expectations, actual, all: result.findings };
}

function frame(text: string, items: { offset: number; length: number; label: string }[]): string {
  const starts = computeLineStarts(text);
  const lines = text.split('\n');
  const out: string[] = [];
  for (const it of items) {
    const p = offsetToPosition(starts, it.offset);
    out.push(`  ${String(p.line + 1).padStart(4)} | ${lines[p.line]}`);
    out.push(`       | ${' '.repeat(p.character)}${'^'.repeat(Math.max(1, Math.min(it.length, (lines[p.line] ?? '').length - p.character)))} ${it.label}`);
  }
  return out.join('\n');
}

/** Throws with a readable diff when findings and expectations differ (code, range, messageId). */
export function assertFixture(run: FixtureRun, file: string): void {
  const key = (c: string, o: number, l: number): string => `${c}@${o}+${l}`;
  const exp = new Map<string, Expectation>();
  for (const e of run.expected) exp.set(key(e.code, e.offset, e.length), e);
  const act = new Map<string, Finding>();
  for (const f of run.actual) act.set(key(f.ruleId, f.offset, f.length), f);
  const missing = [...exp.entries()].filter(([k]) => !act.has(k)).map(([, e]) => e);
  const extra = [...act.entries()].filter(([k]) => !exp.has(k)).map(([, f]) => f);
  const wrongId = [...exp.entries()].filter(([k, e]) => act.has(k) && e.messageId !== undefined && act.get(k)!.messageId !== e.messageId);
  const dupes = run.actual.length !== act.size;
  if (missing.length === 0 && extra.length === 0 && wrongId.length === 0 && !dupes) return;
  const parts = [`${file}:`];
  if (missing.length) parts.push('expected but not reported:', frame(run.text, missing.map((e) => ({ offset: e.offset, length: e.length, label: `${e.code}${e.messageId ? ' ' + e.messageId : ''}` }))));
  if (extra.length) parts.push('reported but not expected:', frame(run.text, extra.map((f) => ({ offset: f.offset, length: f.length, label: `${f.ruleId} ${f.messageId}: ${f.message}` }))));
  if (wrongId.length) parts.push('wrong messageId:', ...wrongId.map(([k, e]) => `  ${k}: expected ${e.messageId}, got ${act.get(k)!.messageId}`));
  if (dupes) parts.push('the same finding was reported twice');
  throw new Error(parts.join('\n'));
}

/** The text after applying the preferred fix of each finding of the tested code (non-overlapping). */
export function applyPreferredFixes(run: FixtureRun, code: string): string {
  const edits = [];
  const taken: [number, number][] = [];
  for (const f of run.actual) {
    if (f.ruleId !== code) continue;
    const fix = f.fixes?.find((x) => x.preferred) ?? f.fixes?.[0];
    if (!fix) continue;
    const ranges = fix.edits.map((e) => [e.offset, e.offset + e.length] as [number, number]);
    if (ranges.some(([s, e]) => taken.some(([ts, te]) => s < te && ts < e))) continue;
    taken.push(...ranges);
    edits.push(...fix.edits);
  }
  return applyEdits(run.text, edits);
}
