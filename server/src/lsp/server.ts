// The language server: document sync, debounced push diagnostics per version, configuration, and
// request handlers that adapt the core. Only this folder knows the protocol.

import {
  CodeAction,
  CodeActionParams,
  CompletionList,
  Connection,
  Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InitializeParams,
  InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
  CodeActionKind,
} from 'vscode-languageserver/node';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EDITED_TEXT_DOCUMENTS } from './text-document';
import { DEFAULT_CONFIG } from '../core/config';
import { ENGINE_CODES } from '../core/rules/engine-codes';
import { AnalysisCache } from './cache';
import { ConfigStore } from './config';
import type { ValidationResult } from './document-service';
import { runSafeAsync } from './run-safe';
import { DocumentInfo, DocumentInfoRequest, SetKindOverrideNotification, DocumentInfoChangedNotification } from './protocol';
import { AnalysisAhead } from './ahead';
import { AnalysisHost, HostResult } from './worker-host';
import type { WorkerOp } from './worker-protocol';
import { registerExtensions } from './extensions';

export interface ServerHandle {
  documents: TextDocuments<TextDocument>;
  /** Analyses on the server thread, for extension handlers that need the model synchronously. */
  cache: AnalysisCache;
  config: ConfigStore;
  /** The analysis worker: diagnostics and features run there. */
  analysis: AnalysisHost;
}

/** A request may run this long in the worker before it is replaced: the engine's own budget, then grace. */
export function analysisDeadlineMs(timeBudgetMs: number): number {
  return timeBudgetMs * 2 + 1000;
}

/** Published instead of findings when the analysis of a version had to be stopped. */
function overrunDiagnostic(deadlineMs: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: ENGINE_CODES.timeBudget,
    source: 'awspolicy',
    message: `Analysis of this version was stopped after ${deadlineMs} ms (a rule did not finish); no findings are shown for it. Editing the document starts a new analysis; raise "timeBudgetMs" in .awspolicy.json if the document is simply very large.`,
  };
}

export interface ServerOptions {
  /** The script the analysis worker runs (default: this process's main script, the server bundle). */
  workerScript?: string;
  /** Tests only: extra rules module loaded by the analysis worker (see AnalysisHostOptions). */
  extraRulesModule?: string;
}

/** How long the first validations wait for the client's settings after `initialize`. */
const INITIAL_SETTINGS_WAIT_MS = 1000;

/**
 * After an edit, the shortest pause in typing after which the worker may analyse the new version ahead
 * of the debounced publication (ahead.ts): the debounce only holds back what the user sees while typing,
 * and the worker is idle meanwhile. The analysis is timed to end when the debounce does, so a large
 * document starts after this pause and a small one just before the debounce ends (measured: the final
 * diagnostics of an edit storm on a 1 MB policy came ~195 ms after the debounce, when the analysis
 * started there). A keystroke during the analysis cancels it between rules, like a stale validation.
 */
const ANALYSE_AFTER_MS = 50;

/** Whether the worker's answer to a validation is an analysis (not cancelled, not failed or overrun). */
function completeAnalysis(r: HostResult<ValidationResult | null>): boolean {
  return r.status === 'ok' && r.value !== null;
}

export function startServer(connection: Connection, options: ServerOptions = {}): ServerHandle {
  // Edits go into a piece table: the stock document copied the whole text on every keystroke (text-document.ts).
  const documents: TextDocuments<TextDocument> = new TextDocuments(EDITED_TEXT_DOCUMENTS);
  const config = new ConfigStore(connection);
  // The main thread loads the core's analysis code and the catalog only if an extension handler asks
  // for an analysis here (see `cache` and heavy.ts).
  const cache = new AnalysisCache(config);
  const timers = new Map<string, NodeJS.Timeout>();
  const analysis = new AnalysisHost({
    workerScript: options.workerScript ?? path.join(__dirname, 'worker.js'),
    extraRulesModule: options.extraRulesModule,
    document: (uri) => {
      const d = documents.get(uri);
      return d === undefined ? undefined : { uri, version: d.version, languageId: d.languageId, text: d.getText(), options: config.optionsFor(uri) };
    },
    deadlineMs: (uri) => analysisDeadlineMs(config.optionsFor(uri).config?.timeBudgetMs ?? DEFAULT_CONFIG.timeBudgetMs),
    log: (m) => connection.console.warn(m),
  });
  connection.onShutdown(() => analysis.dispose());
  analysis.warm();
  const ahead = new AnalysisAhead<HostResult<ValidationResult | null>>(
    ANALYSE_AFTER_MS,
    (uri) => {
      const doc = documents.get(uri);
      if (!settingsReady || doc === undefined) return undefined;
      return { version: doc.version, result: analysis.request<ValidationResult | null>('validate', uri) };
    },
    completeAnalysis,
  );
  let dynamicConfig = false;

  // The first validations wait for the client's settings (one round trip after `initialized`), so a
  // document opened at once is not analysed with the defaults, cancelled when the settings arrive and
  // analysed again. A client that does not answer within INITIAL_SETTINGS_WAIT_MS is not waited for.
  let settingsReady = false;
  let markSettingsReady: () => void = () => undefined;
  const initialSettings = new Promise<void>((resolve) => {
    markSettingsReady = () => {
      settingsReady = true;
      resolve();
    };
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    config.setWorkspaceFolders((params.workspaceFolders ?? []).map((f) => f.uri).concat(params.rootUri ? [params.rootUri] : []));
    dynamicConfig = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    config.supportsPull = params.capabilities.workspace?.configuration === true;
    if (!config.supportsPull) markSettingsReady();
    else setTimeout(markSettingsReady, INITIAL_SETTINGS_WAIT_MS).unref();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', ':', ' ', '/', '$', '.', '!'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll + '.awspolicy'] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
      },
      serverInfo: { name: 'awspolicy', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'awspolicy' });
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.awspolicy.json' }] }).catch(() => undefined);
    const before = config.settingsKey();
    void config.refresh().then(() => {
      // If the wait timed out, documents were validated with the earlier settings: again if they changed.
      const timedOut = settingsReady;
      markSettingsReady();
      if (timedOut && config.settingsKey() !== before) revalidateAll();
    });
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

  /**
   * Debounced validation; a newer change cancels the pending one (and the analysis started ahead of it),
   * results for old versions are dropped.
   */
  function schedule(doc: TextDocument, delay = config.debounceMs): void {
    analysis.cancelValidation(doc.uri);
    const pending = timers.get(doc.uri);
    if (pending) clearTimeout(pending);
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        void validate(doc.uri);
      }, delay),
    );
    ahead.arm(doc.uri, delay);
  }

  async function validate(uri: string): Promise<void> {
    if (!settingsReady) await initialSettings;
    const doc = documents.get(uri);
    if (doc === undefined) return;
    const version = doc.version;
    const early = ahead.take(uri, version);
    let r = early === undefined ? undefined : await early;
    if (r === undefined || (r.status === 'ok' && r.value === null)) {
      // Never started, or cancelled: analyse now (an overrun ahead is reported below, like any overrun).
      const t0 = Date.now();
      r = await analysis.request<ValidationResult | null>('validate', uri);
      if (completeAnalysis(r) && documents.get(uri) !== undefined) ahead.observe(uri, Date.now() - t0);
    }
    // INVARIANT: diagnostics are only published for the version they were computed from.
    if (documents.get(uri)?.version !== version) return;
    if (r.status === 'ok') {
      if (r.value === null || r.value.version !== version) return;
      void connection.sendDiagnostics({ uri, version, diagnostics: r.value.diagnostics });
      void connection.sendNotification(DocumentInfoChangedNotification, r.value.info);
    } else if (r.status === 'overrun') {
      void connection.sendDiagnostics({ uri, version, diagnostics: [overrunDiagnostic(r.deadlineMs)] });
      const info = await analysis.request<DocumentInfo | null>('info', uri);
      if (info.status === 'ok' && info.value !== null && documents.get(uri)?.version === version) void connection.sendNotification(DocumentInfoChangedNotification, info.value);
    }
  }

  // TextDocuments reports an opening twice: onDidOpen, then onDidChangeContent for the same version.
  // The opening is validated at once; only later versions (edits) wait for the debounce.
  const openedAt = new Map<string, number>();
  documents.onDidOpen((e) => {
    openedAt.set(e.document.uri, e.document.version);
    schedule(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    if (openedAt.get(e.document.uri) === e.document.version) return;
    analysis.release(e.document.uri);
    schedule(e.document);
  });
  documents.onDidClose((e) => {
    openedAt.delete(e.document.uri);
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    ahead.close(e.document.uri);
    analysis.cancelValidation(e.document.uri);
    void analysis.request('close', e.document.uri);
    cache.delete(e.document.uri);
    config.setOverride(e.document.uri, undefined);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /** A feature request answered by the analysis worker (null when the document is gone or the worker failed). */
  async function ask<T>(op: WorkerOp, uri: string, args?: unknown): Promise<T | null> {
    const r = await analysis.request<T>(op, uri, args);
    return r.status === 'ok' ? r.value : null;
  }

  connection.onHover((params, token) => runSafeAsync(connection, 'hover', token, null, () => ask<Hover>('hover', params.textDocument.uri, { position: params.position })));

  connection.onCompletion((params, token) =>
    runSafeAsync(connection, 'completion', token, null, () => ask<CompletionList>('completion', params.textDocument.uri, { position: params.position })),
  );

  connection.onCodeAction((params: CodeActionParams, token) =>
    runSafeAsync(connection, 'codeAction', token, null, () => ask<CodeAction[]>('codeAction', params.textDocument.uri, { range: params.range, only: params.context.only })),
  );

  connection.onDocumentSymbol((params, token) => runSafeAsync(connection, 'documentSymbol', token, null, () => ask<DocumentSymbol[]>('symbols', params.textDocument.uri)));

  connection.onFoldingRanges((params, token) => runSafeAsync(connection, 'foldingRange', token, null, () => ask<FoldingRange[]>('folding', params.textDocument.uri)));

  connection.onRequest(DocumentInfoRequest, (params, token) => runSafeAsync(connection, 'documentInfo', token, null, () => ask<DocumentInfo>('info', params.uri)));

  connection.onNotification(SetKindOverrideNotification, (params) => {
    config.setOverride(params.uri, params.kind ?? undefined);
    cache.delete(params.uri);
    const doc = documents.get(params.uri);
    if (doc) schedule(doc, 0);
  });

  const handle: ServerHandle = { documents, cache, config, analysis };
  registerExtensions(connection, handle);
  documents.listen(connection);
  connection.listen();
  return handle;
}
