// The language server: document sync, debounced push diagnostics per version, configuration, and
// request handlers that adapt the core. Only this folder knows the protocol.

import {
  CodeActionKind,
  CodeActionParams,
  Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  InitializeParams,
  InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, getCodeActions, getCompletions, getFoldingRanges, getHover, getSymbols, featureContext } from '../core/features';
import { positionToOffset } from '../core';
import { AnalysisCache } from './cache';
import { ConfigStore } from './config';
import { toCodeAction, toCompletion, toDiagnostic, toFolding, toHover, toSymbol } from './convert';
import { runSafe } from './run-safe';
import { DocumentInfoRequest, SetKindOverrideNotification, DocumentInfoChangedNotification, documentInfo } from './protocol';
import { hostServices } from '../hosts/services';
import { registerExtensions } from './extensions';

export interface ServerHandle {
  documents: TextDocuments<TextDocument>;
  cache: AnalysisCache;
  config: ConfigStore;
}

export function startServer(connection: Connection): ServerHandle {
  const documents = new TextDocuments(TextDocument);
  const config = new ConfigStore(connection);
  const services = hostServices();
  const cache = new AnalysisCache(config, services);
  const timers = new Map<string, NodeJS.Timeout>();
  let dynamicConfig = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    config.setWorkspaceFolders((params.workspaceFolders ?? []).map((f) => f.uri).concat(params.rootUri ? [params.rootUri] : []));
    dynamicConfig = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    config.supportsPull = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', ':', ' ', '/', '$', '.', '!'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll + '.awspolicy'] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'awspolicy', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'awspolicy' });
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.awspolicy.json' }] }).catch(() => undefined);
    void config.refresh().then(() => revalidateAll());
  });

  connection.onDidChangeConfiguration((change) => {
    config.onDidChangeConfiguration(change.settings);
    void config.refresh().then(() => revalidateAll());
  });

  connection.onDidChangeWatchedFiles(() => {
    config.reloadFiles();
    revalidateAll();
  });

  function revalidateAll(): void {
    cache.clear();
    for (const d of documents.all()) schedule(d, 0);
  }

  /** Debounced validation; a newer change cancels the pending one, results for old versions are dropped. */
  function schedule(doc: TextDocument, delay = config.debounceMs): void {
    const pending = timers.get(doc.uri);
    if (pending) clearTimeout(pending);
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        validate(doc.uri);
      }, delay),
    );
  }

  function validate(uri: string): void {
    const doc = documents.get(uri);
    if (doc === undefined) return;
    const version = doc.version;
    let result;
    try {
      result = cache.get(doc);
    } catch (e) {
      connection.console.error(`awspolicy: analysis of ${uri} failed: ${(e as Error).stack ?? e}`);
      return;
    }
    // INVARIANT: diagnostics are only published for the version they were computed from.
    if (documents.get(uri)?.version !== version) return;
    const diagnostics = result.findings.map((f) => toDiagnostic(result.doc, f));
    void connection.sendDiagnostics({ uri, version, diagnostics });
    void connection.sendNotification(DocumentInfoChangedNotification, documentInfo(uri, result.doc));
  }

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    cache.delete(e.document.uri);
    config.setOverride(e.document.uri, undefined);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const modelOf = (uri: string) => {
    const doc = documents.get(uri);
    return doc === undefined ? undefined : cache.get(doc);
  };

  connection.onHover((params, token) =>
    runSafe(connection, 'hover', token, null, () => {
      const r = modelOf(params.textDocument.uri);
      if (r === undefined) return null;
      const offset = positionToOffset(r.doc.lineStarts, params.position, r.doc.text.length);
      const h = getHover(r.doc, offset, services);
      return h ? toHover(r.doc, h) : null;
    }),
  );

  connection.onCompletion((params, token) =>
    runSafe(connection, 'completion', token, null, () => {
      const r = modelOf(params.textDocument.uri);
      if (r === undefined) return null;
      const offset = positionToOffset(r.doc.lineStarts, params.position, r.doc.text.length);
      const items = getCompletions(r.doc, offset, services);
      if (items.length === 0) return null;
      const replace = featureContext(r.doc, offset, services).location.replace;
      return { isIncomplete: false, items: items.map((i) => toCompletion(r.doc, i, replace)) };
    }),
  );

  connection.onCodeAction((params: CodeActionParams, token) =>
    runSafe(connection, 'codeAction', token, null, () => {
      const r = modelOf(params.textDocument.uri);
      if (r === undefined) return null;
      const start = positionToOffset(r.doc.lineStarts, params.range.start, r.doc.text.length);
      const end = positionToOffset(r.doc.lineStarts, params.range.end, r.doc.text.length);
      const only = params.context.only;
      const actions = [];
      if (only === undefined || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k))) {
        actions.push(...getCodeActions(r.findings, start, end - start).map((a) => toCodeAction(r.doc, a)));
      }
      if (only !== undefined && only.some((k) => (CodeActionKind.SourceFixAll + '.awspolicy').startsWith(k))) {
        const all = fixAll(r.findings);
        if (all) actions.push(toCodeAction(r.doc, all));
      }
      return actions;
    }),
  );

  connection.onDocumentSymbol((params, token) =>
    runSafe(connection, 'documentSymbol', token, null, () => {
      const r = modelOf(params.textDocument.uri);
      return r === undefined ? null : getSymbols(r.doc).map((s) => toSymbol(r.doc, s));
    }),
  );

  connection.onFoldingRanges((params, token) =>
    runSafe(connection, 'foldingRange', token, null, () => {
      const r = modelOf(params.textDocument.uri);
      return r === undefined ? null : getFoldingRanges(r.doc).map(toFolding);
    }),
  );

  connection.onRequest(DocumentInfoRequest, (params, token) =>
    runSafe(connection, 'documentInfo', token, null, () => {
      const r = modelOf(params.uri);
      return r === undefined ? null : documentInfo(params.uri, r.doc);
    }),
  );

  connection.onNotification(SetKindOverrideNotification, (params) => {
    config.setOverride(params.uri, params.kind ?? undefined);
    cache.delete(params.uri);
    const doc = documents.get(params.uri);
    if (doc) schedule(doc, 0);
  });

  const handle: ServerHandle = { documents, cache, config };
  registerExtensions(connection, handle);
  documents.listen(connection);
  connection.listen();
  return handle;
}
