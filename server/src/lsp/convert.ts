// Core plain data → LSP types. Offsets become positions here, from the line starts the document
// model computed once per version.

import {
  CodeAction,
  CodeActionKind,
  CompletionItem,
  CompletionItemKind,
  CompletionItemTag,
  Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InsertTextFormat,
  MarkupKind,
  Range,
  SymbolKind,
  TextEdit,
} from 'vscode-languageserver/node';
import type { DocumentModel, Finding } from '../core';
import { ruleDocUrl } from '../core/docs';
import { offsetToPosition } from '../core/text';
import type { CodeAction as CoreAction, CompletionItem as CoreCompletion, DocumentSymbol as CoreSymbol, FoldingRange as CoreFolding, HoverResult } from '../core/features';

export function toRange(doc: DocumentModel, offset: number, length: number): Range {
  const end = Math.min(offset + Math.max(0, length), doc.text.length);
  return { start: offsetToPosition(doc.lineStarts, Math.min(offset, doc.text.length)), end: offsetToPosition(doc.lineStarts, end) };
}

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(doc: DocumentModel, f: Finding): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f.offset, f.length),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: 'awspolicy',
    message: f.message,
    data: { ruleId: f.ruleId, offset: f.offset, length: f.length, messageId: f.messageId },
  };
  if (!f.ruleId.startsWith('AWSPOLICY')) d.codeDescription = { href: ruleDocUrl(f.ruleId) };
  if (f.related) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.offset, r.length) }, message: r.message }));
  }
  if (f.tags) d.tags = f.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  return d;
}

export function toHover(doc: DocumentModel, h: HoverResult): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: toRange(doc, h.offset, h.length) };
}

const COMPLETION_KIND: Record<CoreCompletion['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
  function: CompletionItemKind.Function,
  reference: CompletionItemKind.Reference,
  module: CompletionItemKind.Module,
  constant: CompletionItemKind.Constant,
  enum: CompletionItemKind.EnumMember,
  event: CompletionItemKind.Event,
  operator: CompletionItemKind.Operator,
  variable: CompletionItemKind.Variable,
  class: CompletionItemKind.Class,
  field: CompletionItemKind.Field,
  text: CompletionItemKind.Text,
};

export function toCompletion(doc: DocumentModel, item: CoreCompletion, defaultReplace: { offset: number; length: number }): CompletionItem {
  const replace = item.replace ?? defaultReplace;
  const c: CompletionItem = {
    label: item.label,
    kind: COMPLETION_KIND[item.kind],
    textEdit: TextEdit.replace(toRange(doc, replace.offset, replace.length), item.insertText ?? item.label),
    insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (item.detail) c.detail = item.detail;
  if (item.documentation) c.documentation = { kind: MarkupKind.Markdown, value: item.documentation };
  if (item.filterText) c.filterText = item.filterText;
  if (item.sortText) c.sortText = item.sortText;
  if (item.deprecated) c.tags = [CompletionItemTag.Deprecated];
  if (item.retrigger) c.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
  return c;
}

const SYMBOL_KIND: Record<CoreSymbol['kind'], SymbolKind> = {
  file: SymbolKind.File,
  module: SymbolKind.Module,
  namespace: SymbolKind.Namespace,
  class: SymbolKind.Class,
  method: SymbolKind.Method,
  property: SymbolKind.Property,
  field: SymbolKind.Field,
  function: SymbolKind.Function,
  variable: SymbolKind.Variable,
  constant: SymbolKind.Constant,
  string: SymbolKind.String,
  number: SymbolKind.Number,
  boolean: SymbolKind.Boolean,
  array: SymbolKind.Array,
  object: SymbolKind.Object,
  key: SymbolKind.Key,
  event: SymbolKind.Event,
  operator: SymbolKind.Operator,
  struct: SymbolKind.Struct,
  enum: SymbolKind.Enum,
};

export function toSymbol(doc: DocumentModel, s: CoreSymbol): DocumentSymbol {
  const range = toRange(doc, s.offset, s.length);
  let selectionRange = toRange(doc, s.selectionOffset, s.selectionLength);
  // LSP requires the selection range inside the full range.
  if (s.selectionOffset < s.offset || s.selectionOffset + s.selectionLength > s.offset + s.length) selectionRange = { start: range.start, end: range.start };
  return {
    name: s.name.length > 0 ? s.name : '(empty)',
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind],
    range,
    selectionRange,
    children: s.children?.map((c) => toSymbol(doc, c)),
  };
}

export function toFolding(f: CoreFolding): FoldingRange {
  return { startLine: f.startLine, endLine: f.endLine };
}

export function toCodeAction(doc: DocumentModel, a: CoreAction): CodeAction {
  return {
    title: a.safety === 'suggestion' ? `${a.title} (changes what the document allows)` : a.title,
    kind: a.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.SourceFixAll + '.awspolicy',
    isPreferred: a.preferred || undefined,
    diagnostics: a.findings.map((f) => toDiagnostic(doc, f)),
    edit: { changes: { [doc.uri]: a.edits.map((e) => TextEdit.replace(toRange(doc, e.offset, e.length), e.newText)) } },
  };
}
