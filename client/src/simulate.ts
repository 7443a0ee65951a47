// "AWS Policy: Simulate policy evaluation": asks for a request (quick picks fed by the server, recent
// requests remembered per file) or runs a `*.request.json` file, shows the decision and the trace in a
// panel, and highlights the deciding statements (green allow, red deny; cleared on edit). Adds a
// "Simulate" code lens above each policy and statement, and `awspolicy.simulateJson`, which returns the
// result as JSON for other extensions and tests. The evaluation happens in the language server.

import * as vscode from 'vscode';
import { LanguageClient, RequestType } from 'vscode-languageclient/node';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

interface SimulationRequest {
  principal: string;
  action: string;
  resource: string;
  resourceAccount?: string;
  context?: Record<string, string | string[]>;
}

interface TargetInfo {
  unit: number;
  location: string;
  policyType?: string;
  role: string;
  range: LspRange;
  statements: { index: number; sid?: string; range: LspRange }[];
}

interface TargetsResult {
  uri: string;
  version: number | undefined;
  requestDocument: boolean;
  targets: TargetInfo[];
}

interface Suggestions {
  actions: string[];
  resources: string[];
  principals: string[];
  contextKeys: string[];
}

interface StatementTrace {
  policy: { type: string; index: number; level?: number };
  statement: number;
  sid?: string;
  effect: string;
  applies: boolean;
  detail: string;
  deciding: boolean;
  file?: string;
  range?: { offset: number; length: number; line?: number; column?: number };
}

export interface SimulateResult {
  uri: string;
  version: number | undefined;
  target: string;
  result: { decision: string; reason: string; reasonCode: string; crossAccount: boolean; statements: StatementTrace[]; warnings: string[] };
  assumptions: string[];
  text: string;
  highlights: { trace: number; range: LspRange; effect: string; deciding: boolean; applies: boolean; detail: string }[];
}

interface SimulateParams {
  uri: string;
  unit?: number;
  position?: { line: number; character: number };
  request?: SimulationRequest;
}

const TargetsRequest = new RequestType<{ uri: string }, TargetsResult | null, void>('awspolicy/simulationTargets');
const SuggestionsRequest = new RequestType<{ uri: string; unit?: number }, Suggestions | null, void>('awspolicy/simulationSuggestions');
const SimulateRequest = new RequestType<SimulateParams, SimulateResult | { error: string } | null, void>('awspolicy/simulate');

const RECENT_LIMIT = 10;
const EXAMPLE_PRINCIPAL = 'arn:aws:iam::111122223333:user/example';

function toRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** A quick pick that also accepts what the user typed. */
function pickOrType(title: string, values: string[], placeholder: string, initial?: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick();
    const base = [...new Set(values)].map((label) => ({ label }));
    qp.title = title;
    qp.placeholder = placeholder;
    qp.items = base;
    qp.ignoreFocusOut = true;
    if (initial !== undefined) qp.value = initial;
    let done = false;
    qp.onDidChangeValue((v) => {
      qp.items = v === '' || base.some((i) => i.label === v) ? base : [{ label: v, description: 'as typed' }, ...base];
    });
    qp.onDidAccept(() => {
      const v = (qp.selectedItems[0]?.label ?? qp.value).trim();
      done = true;
      resolve(v === '' ? undefined : v);
      qp.hide();
    });
    qp.onDidHide(() => {
      if (!done) resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

function recentKey(uri: string): string {
  return `awspolicy.simulate.recent:${uri}`;
}

function describeRequest(r: SimulationRequest): string {
  return `${r.action} on ${r.resource}`;
}

class SimulationUi {
  private readonly allow = vscode.window.createTextEditorDecorationType({
    backgroundColor: 'rgba(40, 167, 69, 0.18)',
    overviewRulerColor: 'rgba(40, 167, 69, 0.9)',
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    isWholeLine: false,
  });
  private readonly deny = vscode.window.createTextEditorDecorationType({
    backgroundColor: 'rgba(220, 53, 69, 0.18)',
    overviewRulerColor: 'rgba(220, 53, 69, 0.9)',
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    isWholeLine: false,
  });
  /** Decorated documents and their ranges, so they can be re-applied when an editor shows the document again. */
  private readonly decorated = new Map<string, { allow: vscode.Range[]; deny: vscode.Range[] }>();
  private panel: vscode.WebviewPanel | undefined;
  private last: SimulateResult | undefined;
  private readonly lensChanged = new vscode.EventEmitter<void>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
  ) {
    context.subscriptions.push(this.allow, this.deny, this.lensChanged);
  }

  register(): void {
    const selector: vscode.DocumentSelector = ['json', 'jsonc', 'yaml'].map((language) => ({ language }));
    let lensTimer: NodeJS.Timeout | undefined;
    this.context.subscriptions.push(
      vscode.commands.registerCommand('awspolicy.simulate', (uri?: vscode.Uri | string, unit?: number, statement?: number) => this.simulateInteractive(uri, unit, statement)),
      vscode.commands.registerCommand('awspolicy.simulateJson', (uri: vscode.Uri | string, params?: Omit<SimulateParams, 'uri'>) => this.simulateJson(uri, params ?? {})),
      vscode.languages.registerCodeLensProvider(selector, {
        onDidChangeCodeLenses: this.lensChanged.event,
        provideCodeLenses: (document) => this.codeLenses(document),
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        // Highlights describe the text they were computed for: any edit clears them.
        if (this.decorated.has(e.document.uri.toString())) this.clearDecorations(e.document.uri.toString());
        if (lensTimer) clearTimeout(lensTimer);
        lensTimer = setTimeout(() => this.lensChanged.fire(), 500);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const ed of editors) {
          const d = this.decorated.get(ed.document.uri.toString());
          if (d !== undefined) {
            ed.setDecorations(this.allow, d.allow);
            ed.setDecorations(this.deny, d.deny);
          }
        }
      }),
    );
  }

  private async codeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const c = this.client();
    if (c === undefined) return [];
    const targets = await c.sendRequest(TargetsRequest, { uri: document.uri.toString() }).catch(() => null);
    if (targets === null) return [];
    const lenses: vscode.CodeLens[] = [];
    if (targets.requestDocument) {
      lenses.push(new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), { title: '$(play) Simulate request', command: 'awspolicy.simulate', arguments: [document.uri] }));
      return lenses;
    }
    for (const t of targets.targets) {
      const r = toRange(t.range);
      lenses.push(new vscode.CodeLens(new vscode.Range(r.start, r.start), { title: 'Simulate', tooltip: `Simulate a request against ${t.location}`, command: 'awspolicy.simulate', arguments: [document.uri, t.unit] }));
      for (const s of t.statements) {
        const sr = toRange(s.range);
        lenses.push(new vscode.CodeLens(new vscode.Range(sr.start, sr.start), { title: 'Simulate', tooltip: `Simulate a request matching statement ${s.sid ?? `#${s.index + 1}`}`, command: 'awspolicy.simulate', arguments: [document.uri, t.unit, s.index] }));
      }
    }
    return lenses;
  }

  async simulateJson(uri: vscode.Uri | string, params: Omit<SimulateParams, 'uri'>): Promise<SimulateResult | { error: string } | null> {
    const c = this.client();
    if (c === undefined) return { error: 'The language server is not running.' };
    const target = typeof uri === 'string' ? uri : uri.toString();
    return c.sendRequest(SimulateRequest, { uri: target, ...params });
  }

  private async simulateInteractive(uriArg?: vscode.Uri | string, unitArg?: number, statement?: number): Promise<void> {
    const c = this.client();
    const editor = vscode.window.activeTextEditor;
    const uri = uriArg === undefined ? editor?.document.uri : typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg;
    if (c === undefined || uri === undefined) {
      void vscode.window.showInformationMessage('Open an IAM policy, a template with policies or a *.request.json file first.');
      return;
    }
    const key = uri.toString();
    const targets = await c.sendRequest(TargetsRequest, { uri: key }).catch(() => null);
    if (targets === null) {
      void vscode.window.showInformationMessage('This document is not open in the editor.');
      return;
    }
    if (targets.requestDocument) {
      await this.run(uri, { uri: key });
      return;
    }
    if (targets.targets.length === 0) {
      void vscode.window.showInformationMessage('This document has no IAM policy to simulate.');
      return;
    }
    let target = unitArg === undefined ? undefined : targets.targets.find((t) => t.unit === unitArg);
    if (target === undefined && editor !== undefined && editor.document.uri.toString() === key) {
      const pos = editor.selection.active;
      target = targets.targets.filter((t) => toRange(t.range).contains(pos)).sort((a, b) => a.range.start.line - b.range.start.line).pop();
    }
    if (target === undefined && targets.targets.length === 1) target = targets.targets[0];
    if (target === undefined) {
      const pick = await vscode.window.showQuickPick(targets.targets.map((t) => ({ label: t.location, description: t.policyType, t })), { placeHolder: 'Which policy?' });
      if (pick === undefined) return;
      target = pick.t;
    }
    const request = await this.askRequest(key, target, statement);
    if (request === undefined) return;
    await this.run(uri, { uri: key, unit: target.unit, request });
  }

  private async askRequest(uri: string, target: TargetInfo, statement?: number): Promise<SimulationRequest | undefined> {
    const recent = this.context.workspaceState.get<SimulationRequest[]>(recentKey(uri), []);
    if (recent.length > 0 && statement === undefined) {
      const pick = await vscode.window.showQuickPick(
        [{ label: '$(add) New request…', request: undefined as SimulationRequest | undefined }, ...recent.map((r) => ({ label: describeRequest(r), description: r.principal, request: r }))],
        { placeHolder: 'Simulate a recent request or a new one' },
      );
      if (pick === undefined) return undefined;
      if (pick.request !== undefined) return pick.request;
    }
    const c = this.client()!;
    const all = (await c.sendRequest(SuggestionsRequest, { uri, unit: target.unit }).catch(() => null)) ?? { actions: [], resources: [], principals: [], contextKeys: [] };
    const last = recent[0];
    const action = await pickOrType('Simulate: action (1/4)', all.actions, 'service:Action, e.g. s3:GetObject', statement === undefined ? undefined : all.actions[0]);
    if (action === undefined) return undefined;
    const resource = await pickOrType('Simulate: resource (2/4)', [...all.resources.filter((r) => !r.includes('${')), '*'], 'The resource ARN, or *');
    if (resource === undefined) return undefined;
    const principals = [...all.principals, ...recent.map((r) => r.principal), last?.principal ?? EXAMPLE_PRINCIPAL].filter((p) => p.includes(':'));
    const principal = await pickOrType('Simulate: principal (3/4)', principals, 'A user, role session (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION), federated user, service principal');
    if (principal === undefined) return undefined;
    const template: Record<string, string> = {};
    for (const k of all.contextKeys) template[k] = last?.context?.[k] !== undefined ? String(last.context[k]) : '';
    const contextText = await vscode.window.showInputBox({
      title: 'Simulate: request context (4/4)',
      prompt: 'Context keys as a JSON object ("key": "value" or ["v1", "v2"]); keys left empty are left out. Nothing else is assumed.',
      value: JSON.stringify(template),
      ignoreFocusOut: true,
      validateInput: (v) => {
        try {
          const o = JSON.parse(v === '' ? '{}' : v) as unknown;
          return o !== null && typeof o === 'object' && !Array.isArray(o) ? undefined : 'A JSON object, please.';
        } catch (e) {
          return (e as Error).message;
        }
      },
    });
    if (contextText === undefined) return undefined;
    const raw = JSON.parse(contextText === '' ? '{}' : contextText) as Record<string, unknown>;
    const context: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(raw)) {
      if (v === '' || v === null || v === undefined) continue;
      context[k] = Array.isArray(v) ? v.map(String) : String(v);
    }
    const request: SimulationRequest = { principal, action, resource };
    if (Object.keys(context).length > 0) request.context = context;
    const next = [request, ...recent.filter((r) => JSON.stringify(r) !== JSON.stringify(request))].slice(0, RECENT_LIMIT);
    await this.context.workspaceState.update(recentKey(uri), next);
    return request;
  }

  private async run(uri: vscode.Uri, params: SimulateParams): Promise<void> {
    const c = this.client()!;
    const r = await c.sendRequest(SimulateRequest, params).catch((e: Error) => ({ error: e.message }));
    if (r === null) return;
    if ('error' in r) {
      void vscode.window.showErrorMessage(`Simulation: ${r.error}`);
      return;
    }
    this.last = r;
    this.decorate(uri.toString(), r);
    this.show(r);
  }

  private decorate(uri: string, r: SimulateResult): void {
    const allow: vscode.Range[] = [];
    const deny: vscode.Range[] = [];
    for (const h of r.highlights) {
      if (!h.deciding) continue;
      (h.effect === 'Deny' ? deny : allow).push(toRange(h.range));
    }
    this.decorated.set(uri, { allow, deny });
    for (const ed of vscode.window.visibleTextEditors) {
      if (ed.document.uri.toString() !== uri) continue;
      ed.setDecorations(this.allow, allow);
      ed.setDecorations(this.deny, deny);
    }
  }

  private clearDecorations(uri: string): void {
    this.decorated.delete(uri);
    for (const ed of vscode.window.visibleTextEditors) {
      if (ed.document.uri.toString() !== uri) continue;
      ed.setDecorations(this.allow, []);
      ed.setDecorations(this.deny, []);
    }
  }

  private show(r: SimulateResult): void {
    if (this.panel === undefined) {
      this.panel = vscode.window.createWebviewPanel('awspolicy.simulation', 'Policy simulation', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: { type: string; index: number }) => {
        if (m.type !== 'reveal' || this.last === undefined) return;
        const h = this.last.highlights.find((x) => x.trace === m.index);
        if (h === undefined) return;
        void vscode.window.showTextDocument(vscode.Uri.parse(this.last.uri), { viewColumn: vscode.ViewColumn.One, selection: toRange(h.range) });
      });
    }
    this.panel.webview.html = render(this.panel.webview, r);
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function render(webview: vscode.Webview, r: SimulateResult): string {
  const nonce = Math.random().toString(36).slice(2) + Date.now().toString(36);
  const color = r.result.decision === 'Allow' ? 'var(--vscode-testing-iconPassed, #28a745)' : 'var(--vscode-testing-iconFailed, #dc3545)';
  const rows = r.result.statements
    .map((s, i) => {
      const where = s.range?.line !== undefined ? `line ${s.range.line}` : '';
      const name = s.sid !== undefined && s.sid !== '' ? s.sid : `#${s.statement + 1}`;
      const state = s.deciding ? `<b>${s.effect === 'Deny' ? 'denies' : 'allows'}</b>` : s.applies ? 'matches' : 'does not apply';
      const link = s.range?.line !== undefined ? `<a href="#" data-index="${i}">${escapeHtml(where)}</a>` : '';
      return `<tr class="${s.deciding ? (s.effect === 'Deny' ? 'deny' : 'allow') : ''}"><td>${escapeHtml(s.policy.type)}${s.policy.level !== undefined ? ` L${s.policy.level + 1}` : ''} #${s.policy.index + 1}</td><td>${escapeHtml(name)}</td><td>${escapeHtml(s.effect)}</td><td>${state}</td><td>${escapeHtml(s.detail)}</td><td>${link}</td></tr>`;
    })
    .join('');
  const notes = [...r.assumptions.map((a) => `Assumption: ${a}`), ...r.result.warnings.map((w) => `Warning: ${w}`)].map((n) => `<li>${escapeHtml(n)}</li>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
.decision { font-size: 1.6em; font-weight: bold; color: ${color}; }
table { border-collapse: collapse; width: 100%; margin-top: 1em; }
td { border-bottom: 1px solid var(--vscode-panel-border, #8884); padding: 3px 6px; vertical-align: top; }
tr.allow td { background: rgba(40, 167, 69, 0.15); }
tr.deny td { background: rgba(220, 53, 69, 0.15); }
</style></head><body>
<div class="decision">${escapeHtml(r.result.decision)}</div>
<p>${escapeHtml(r.result.reason)}</p>
<p><small>Policy: ${escapeHtml(r.target)}${r.result.crossAccount ? ' · cross-account request' : ''}</small></p>
${notes === '' ? '' : `<ul>${notes}</ul>`}
<table><tr><td><b>Policy</b></td><td><b>Statement</b></td><td><b>Effect</b></td><td><b>Outcome</b></td><td><b>Why</b></td><td></td></tr>${rows}</table>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.querySelectorAll('a[data-index]').forEach((a) => a.addEventListener('click', (e) => { e.preventDefault(); vscode.postMessage({ type: 'reveal', index: Number(a.dataset.index) }); }));
</script></body></html>`;
}

export function registerSimulation(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  new SimulationUi(context, client).register();
}
