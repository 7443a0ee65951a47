// The analysis side of the server: holds the text of each open document (as last synchronised), one
// analysis per version, and answers validation and feature requests with ready LSP results. It runs
// in the analysis worker thread (see worker-host.ts), or in the server's own thread when workers are
// disabled; either way it sees only plain data, so the two are interchangeable.

import { CodeActionKind } from 'vscode-languageserver/node';
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position } from 'vscode-languageserver/node';
import { AnalysisResult, AnalyzeOptions, FindingsReuse, RuleDefinition, Services, analyze, positionToOffset } from '../core';
import { fixAll, featureContext, getCodeActions, getCompletions, getFoldingRanges, getHover, getSymbols } from '../core/features';
import { toCodeAction, toCompletion, toDiagnostic, toFolding, toHover, toSymbol } from './convert';
import { DocumentInfo, documentInfo } from './protocol';

/** What the server thread sends so the analysis side has a document's current version. */
export interface DocumentSync {
  uri: string;
  version: number;
  languageId: string;
  text: string;
  /** Analysis options without services (plain data: config, associations, kind override, path). */
  options: AnalyzeOptions;
}

export interface ValidationResult {
  version: number;
  diagnostics: Diagnostic[];
  info: DocumentInfo;
}

interface Entry {
  sync: DocumentSync;
  result?: AnalysisResult;
  /** Rules are skipped for this version (its full analysis overran the deadline once). */
  modelOnly: boolean;
}

export class DocumentService {
  private readonly docs = new Map<string, Entry>();
  /** Per open document, what its next version may reuse of this one's findings (see core/rules/reuse.ts). */
  private readonly reuse = new Map<string, FindingsReuse>();

  constructor(
    private readonly services: () => Services,
    /** The rules to run (default: all registered rules). */
    private readonly rules?: readonly RuleDefinition[],
  ) {}

  sync(s: DocumentSync): void {
    const prev = this.docs.get(s.uri);
    if (prev !== undefined && prev.sync.version === s.version && prev.sync.text === s.text && sameOptions(prev.sync.options, s.options)) return;
    this.docs.set(s.uri, { sync: s, modelOnly: false });
  }

  /**
   * Forgets the document's current version and its analysis (what the next version can reuse stays).
   * Returns the length of the text dropped when it was a template (whose next analysis reuses most
   * findings, see core/rules/reuse.ts), 0 otherwise.
   */
  release(uri: string): number {
    const e = this.docs.get(uri);
    if (e === undefined) return 0;
    this.docs.delete(uri);
    return e.result?.doc.template !== undefined ? e.sync.text.length : 0;
  }

  close(uri: string): void {
    this.docs.delete(uri);
    this.reuse.delete(uri);
  }

  /** Marks a version whose full analysis must not be retried: features get the model without rules. */
  setModelOnly(uri: string, version: number): void {
    const e = this.docs.get(uri);
    if (e !== undefined && e.sync.version === version && !e.modelOnly) {
      e.modelOnly = true;
      e.result = undefined;
    }
  }

  has(uri: string, version: number): boolean {
    return this.docs.get(uri)?.sync.version === version;
  }

  /** The analysis of the synchronised version (computed once); undefined when unknown or cancelled. */
  result(uri: string, shouldStop?: () => boolean): AnalysisResult | undefined {
    const e = this.docs.get(uri);
    if (e === undefined) return undefined;
    if (e.result !== undefined) return e.result;
    const s = e.sync;
    const opts: AnalyzeOptions = { ...s.options, services: this.services(), shouldStop };
    if (e.modelOnly) opts.rules = [];
    else {
      if (this.rules !== undefined) opts.rules = this.rules;
      let reuse = this.reuse.get(s.uri);
      if (reuse === undefined) this.reuse.set(s.uri, (reuse = new FindingsReuse()));
      opts.reuse = reuse;
    }
    const r = analyze({ text: s.text, uri: s.uri, languageId: s.languageId, version: s.version }, opts);
    if (r.cancelled) return undefined;
    e.result = r;
    return r;
  }

  validate(uri: string, shouldStop?: () => boolean): ValidationResult | undefined {
    const r = this.result(uri, shouldStop);
    if (r === undefined) return undefined;
    return { version: r.doc.version ?? 0, diagnostics: r.findings.map((f) => toDiagnostic(r.doc, f)), info: documentInfo(uri, r.doc) };
  }

  hover(uri: string, position: Position): Hover | null {
    const r = this.result(uri);
    if (r === undefined) return null;
    const offset = positionToOffset(r.doc.lineStarts, position, r.doc.text.length);
    const h = getHover(r.doc, offset, this.services());
    return h ? toHover(r.doc, h) : null;
  }

  completion(uri: string, position: Position): CompletionList | null {
    const r = this.result(uri);
    if (r === undefined) return null;
    const services = this.services();
    const offset = positionToOffset(r.doc.lineStarts, position, r.doc.text.length);
    const items = getCompletions(r.doc, offset, services);
    if (items.length === 0) return null;
    const replace = featureContext(r.doc, offset, services).location.replace;
    return { isIncomplete: false, items: items.map((i) => toCompletion(r.doc, i, replace)) };
  }

  codeActions(uri: string, range: { start: Position; end: Position }, only: string[] | undefined): CodeAction[] | null {
    const r = this.result(uri);
    if (r === undefined) return null;
    const start = positionToOffset(r.doc.lineStarts, range.start, r.doc.text.length);
    const end = positionToOffset(r.doc.lineStarts, range.end, r.doc.text.length);
    const actions: CodeAction[] = [];
    if (only === undefined || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k))) {
      actions.push(...getCodeActions(r.findings, start, end - start).map((a) => toCodeAction(r.doc, a)));
    }
    if (only !== undefined && only.some((k) => (CodeActionKind.SourceFixAll + '.awspolicy').startsWith(k))) {
      const all = fixAll(r.findings);
      if (all) actions.push(toCodeAction(r.doc, all));
    }
    return actions;
  }

  symbols(uri: string): DocumentSymbol[] | null {
    const r = this.result(uri);
    return r === undefined ? null : getSymbols(r.doc).map((s) => toSymbol(r.doc, s));
  }

  folding(uri: string): FoldingRange[] | null {
    const r = this.result(uri);
    return r === undefined ? null : getFoldingRanges(r.doc).map(toFolding);
  }

  info(uri: string): DocumentInfo | null {
    const r = this.result(uri);
    return r === undefined ? null : documentInfo(uri, r.doc);
  }
}

function sameOptions(a: AnalyzeOptions, b: AnalyzeOptions): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
