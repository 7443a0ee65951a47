// "Show state machine graph": a webview beside the editor that draws each state machine of the active
// document (standalone definition or template) as SVG laid out by the language server, redraws as the
// document changes, and reveals a state in the editor when its node is clicked.

import * as vscode from 'vscode';
import { LanguageClient, RequestType } from 'vscode-languageclient/node';

interface AslGraphResult {
  uri: string;
  version: number | undefined;
  graphs: { name: string; location: string; workflowType?: string; svg: string; mermaid: string; states: number; unreachable: number }[];
}

const AslGraphRequest = new RequestType<{ uri: string; themed?: boolean }, AslGraphResult | null, void>('awspolicy/aslGraph');

/** The panel per document, so the command re-focuses an existing graph instead of opening another. */
const panels = new Map<string, vscode.WebviewPanel>();

export function registerGraph(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('awspolicy.showStateMachineGraph', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      const c = client();
      if (target === undefined || c === undefined) {
        void vscode.window.showInformationMessage('Open a Step Functions definition or a template with a state machine first.');
        return;
      }
      await openGraph(context, c, target);
    }),
  );
}

async function openGraph(context: vscode.ExtensionContext, client: LanguageClient, uri: vscode.Uri): Promise<void> {
  const key = uri.toString();
  const existing = panels.get(key);
  if (existing !== undefined) {
    existing.reveal(vscode.ViewColumn.Beside, true);
    return;
  }
  const panel = vscode.window.createWebviewPanel('awspolicy.stateMachineGraph', `Graph: ${uri.path.split('/').pop()}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: true });
  panels.set(key, panel);
  const nonce = Math.random().toString(36).slice(2) + Date.now().toString(36);
  panel.webview.html = shell(panel.webview, nonce);

  let timer: NodeJS.Timeout | undefined;
  let lastVersion: number | undefined;
  // After a node click: hand the focus back to the editor once, if the graph takes it back.
  let refocus: { document: vscode.TextDocument; selection: vscode.Selection; until: number } | undefined;
  let disposed = false;
  const focusEditor = (): void => {
    const r = refocus;
    refocus = undefined;
    if (r === undefined || Date.now() > r.until) return;
    // Never reopen an editor that was closed meanwhile.
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === r.document);
    if (editor === undefined) return;
    void vscode.window.showTextDocument(r.document, { viewColumn: editor.viewColumn, preserveFocus: false, selection: r.selection });
  };
  const refresh = async (): Promise<void> => {
    const result = await client.sendRequest(AslGraphRequest, { uri: key, themed: true }).catch(() => null);
    if (result === null) {
      void panel.webview.postMessage({ type: 'graphs', graphs: [], note: 'This document has no state machine (or is not open).' });
      return;
    }
    if (lastVersion !== undefined && result.version !== undefined && result.version < lastVersion) return;
    lastVersion = result.version;
    void panel.webview.postMessage({ type: 'graphs', graphs: result.graphs, version: result.version });
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 250);
  };

  const subs: vscode.Disposable[] = [
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() !== key) return;
      refocus = undefined; // typing: the editor has the focus
      schedule();
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor.document.uri.toString() === key && e.kind !== undefined && e.kind !== vscode.TextEditorSelectionChangeKind.Command) refocus = undefined;
    }),
    vscode.window.onDidChangeActiveColorTheme(() => schedule()),
    panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active && refocus !== undefined) focusEditor();
    }),
    panel.webview.onDidReceiveMessage(async (m: { type: string; offset?: number; length?: number }) => {
      if (m.type === 'ready') return void refresh();
      if (m.type !== 'reveal' || typeof m.offset !== 'number') return;
      const document = await vscode.workspace.openTextDocument(uri);
      const start = document.positionAt(m.offset);
      const end = document.positionAt(m.offset + (m.length ?? 0));
      const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key)?.viewColumn ?? vscode.ViewColumn.One;
      const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
      editor.selection = new vscode.Selection(start, end);
      editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      // The click also focuses the webview, and the workbench may tell us so only after the editor took
      // focus. If the graph becomes the active panel in the next 2 s (before the user types or moves the
      // cursor), give the focus back to the editor once, so typing goes to the state name.
      refocus = { document, selection: editor.selection, until: Date.now() + 2000 };
      for (const ms of [150, 500, 1000]) {
        setTimeout(() => {
          // (A disposed panel throws on `active`.)
          if (refocus !== undefined && !disposed && panel.active) focusEditor();
        }, ms);
      }
    }),
  ];
  panel.onDidDispose(() => {
    disposed = true;
    refocus = undefined;
    panels.delete(key);
    if (timer) clearTimeout(timer);
    subs.forEach((s) => s.dispose());
  }, undefined, context.subscriptions);
}

function shell(webview: vscode.Webview, nonce: string): string {
  const csp = `default-src 'none'; img-src ${webview.cspSource} data:; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>
  body { padding: 8px; color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
  h2 { font-size: 13px; margin: 12px 0 4px; }
  .meta { opacity: 0.7; font-size: 12px; margin-bottom: 6px; }
  .graph { overflow: auto; border: 1px solid var(--vscode-editorWidget-border, #8884); border-radius: 4px; }
  .graph svg { display: block; }
  .graph .state:hover rect, .graph .state:hover polygon { stroke-width: 2.5; }
  .note { opacity: 0.8; }
</style></head>
<body><div id="root"><p class="note">Loading…</p></div>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m.type !== 'graphs') return;
    root.textContent = '';
    if (m.graphs.length === 0) {
      const p = document.createElement('p');
      p.className = 'note';
      p.textContent = m.note || 'No state machine found in this document.';
      root.appendChild(p);
      return;
    }
    for (const g of m.graphs) {
      const h = document.createElement('h2');
      h.textContent = g.name + (g.workflowType ? ' (' + g.workflowType + ')' : '');
      const meta = document.createElement('div');
      meta.className = 'meta';
      meta.textContent = g.states + ' states' + (g.unreachable ? ', ' + g.unreachable + ' unreachable (dashed)' : '') + (g.location ? ' · ' + g.location : '');
      const box = document.createElement('div');
      box.className = 'graph';
      // The SVG comes from our own language server; parse it as XML rather than assigning HTML.
      const svg = new DOMParser().parseFromString(g.svg, 'image/svg+xml').documentElement;
      box.appendChild(document.importNode(svg, true));
      root.append(h, meta, box);
    }
  });
  root.addEventListener('click', (e) => {
    const el = e.target.closest('[data-offset]');
    if (el) vscode.postMessage({ type: 'reveal', offset: Number(el.getAttribute('data-offset')), length: Number(el.getAttribute('data-length')) });
  });
  vscode.postMessage({ type: 'ready' });
</script></body></html>`;
}
