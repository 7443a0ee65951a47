// Editor features over the document model: hover, completion, symbols, folding, code actions.
// Each takes the model (parsed once per version) and returns plain data with host offsets.

import type { DocumentModel } from '../model/document';
import { NO_SERVICES, Services } from '../services';
import type { Finding, Fix, TextEdit } from '../rules/types';
import { walk } from '../parse/tree';
import { offsetToPosition } from '../text';
import { locate, pathFrom, unitAt } from './locate';
import { COMPLETION_PROVIDERS, HOVER_PROVIDERS, SYMBOL_PROVIDERS } from './registry';
import type { CompletionItem, DocumentSymbol, FeatureContext, HoverResult } from './types';

export function featureContext(doc: DocumentModel, offset: number, services: Services = NO_SERVICES): FeatureContext {
  const unit = unitAt(doc, offset);
  const location = locate(doc, unit, offset);
  const path = pathFrom(location.node, unit?.root);
  return { doc, offset, unit, location, path, services };
}

export function getHover(doc: DocumentModel, offset: number, services: Services = NO_SERVICES): HoverResult | undefined {
  if (doc.kind === 'none') return undefined;
  const ctx = featureContext(doc, offset, services);
  const kind = ctx.unit?.kind;
  if (kind === undefined) return undefined;
  for (const p of HOVER_PROVIDERS) {
    if (!p.kinds.includes(kind)) continue;
    const h = p.provideHover(ctx);
    if (h !== undefined) return h;
  }
  return undefined;
}

export function getCompletions(doc: DocumentModel, offset: number, services: Services = NO_SERVICES): CompletionItem[] {
  if (doc.kind === 'none') return [];
  const ctx = featureContext(doc, offset, services);
  const kind = ctx.unit?.kind;
  if (kind === undefined) return [];
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const p of COMPLETION_PROVIDERS) {
    if (!p.kinds.includes(kind)) continue;
    for (const item of p.provideCompletions(ctx)) {
      const k = item.label + '\u0000' + item.kind;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}

/** Outline: the file unit's symbols, with embedded units nested under their template resource. */
export function getSymbols(doc: DocumentModel): DocumentSymbol[] {
  const file = doc.units.find((u) => u.embedding === 'file');
  if (file === undefined) return [];
  const symbols: DocumentSymbol[] = [];
  for (const p of SYMBOL_PROVIDERS) {
    if (p.kinds.includes(file.kind)) {
      symbols.push(...p.provideSymbols(doc, file));
      break;
    }
  }
  return symbols;
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
}

/** Objects and arrays spanning several lines, including those inside embedded JSON strings. */
export function getFoldingRanges(doc: DocumentModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (offset: number, length: number): void => {
    const start = offsetToPosition(doc.lineStarts, offset).line;
    let endOffset = offset + length;
    if (doc.text.charCodeAt(endOffset - 1) === 10) endOffset--;
    const end = offsetToPosition(doc.lineStarts, endOffset).line;
    // Keep the closing line visible for JSON (`}` / `]`); YAML blocks fold to their last line.
    const endLine = doc.format === 'json' ? end - 1 : end;
    if (endLine > start) {
      const key = `${start}:${endLine}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ startLine: start, endLine });
      }
    }
  };
  const roots = [doc.tree.root, ...doc.units.filter((u) => u.embedding === 'string').map((u) => u.root)];
  for (const root of roots) {
    walk(root, (n) => {
      if (n.type === 'object' || n.type === 'array') add(n.offset, n.length);
      else if (n.type === 'property' && doc.format === 'yaml' && n.value !== undefined && (n.value.type === 'object' || n.value.type === 'array')) add(n.offset, n.length);
      return n.type !== 'string';
    });
  }
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out;
}

export interface CodeAction {
  title: string;
  edits: TextEdit[];
  kind: 'quickfix' | 'source.fixAll';
  preferred: boolean;
  safety: Fix['safety'];
  /** The findings this action fixes. */
  findings: Finding[];
}

/** Quick fixes for the findings that overlap [offset, offset + length]. */
export function getCodeActions(findings: readonly Finding[], offset: number, length: number): CodeAction[] {
  const out: CodeAction[] = [];
  for (const f of findings) {
    if (!f.fixes) continue;
    const overlaps = f.offset <= offset + length && offset <= f.offset + f.length;
    if (!overlaps) continue;
    for (const fix of f.fixes) {
      out.push({ title: fix.title, edits: fix.edits, kind: 'quickfix', preferred: fix.preferred === true && fix.safety === 'safe', safety: fix.safety, findings: [f] });
    }
  }
  return out;
}

/** One edit set applying every safe, preferred fix whose edits do not overlap an earlier one. */
export function fixAll(findings: readonly Finding[]): CodeAction | undefined {
  const chosen: { fix: Fix; finding: Finding }[] = [];
  const taken: { start: number; end: number }[] = [];
  const sorted = [...findings].sort((a, b) => a.offset - b.offset);
  for (const f of sorted) {
    const fix = f.fixes?.find((x) => x.safety === 'safe' && x.preferred);
    if (fix === undefined) continue;
    const ranges = fix.edits.map((e) => ({ start: e.offset, end: e.offset + e.length }));
    const clash = ranges.some((r) => taken.some((t) => r.start < t.end && t.start < r.end || (r.start === r.end && r.start === t.start)));
    if (clash) continue;
    taken.push(...ranges);
    chosen.push({ fix, finding: f });
  }
  if (chosen.length === 0) return undefined;
  return {
    title: `Fix all safe awspolicy problems (${chosen.length})`,
    edits: chosen.flatMap((c) => c.fix.edits),
    kind: 'source.fixAll',
    preferred: false,
    safety: 'safe',
    findings: chosen.map((c) => c.finding),
  };
}

/** Applies non-overlapping edits to a text (tests, the CLI's --fix). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.length - a.length);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

export type { CompletionItem, DocumentSymbol, HoverResult, FeatureContext } from './types';
export { unitAt, locate, pathFrom } from './locate';
