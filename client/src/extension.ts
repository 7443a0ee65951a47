// The VS Code extension: starts the language server, shows the detected document kind in the status
// bar (click to change it), hosts commands. No analysis happens here.

import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, NotificationType, RequestType, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerGraph } from './graph';
import { registerSimulation } from './simulate';

interface DocumentInfo {
  uri: string;
  kind: string;
  label: string;
  reason: string;
  source: 'content' | 'association' | 'override';
  embedded: number;
}

const DocumentInfoRequest = new RequestType<{ uri: string }, DocumentInfo | null, void>('awspolicy/documentInfo');
const DocumentInfoChangedNotification = new NotificationType<DocumentInfo>('awspolicy/documentInfoChanged');
const SetKindOverrideNotification = new NotificationType<{ uri: string; kind: string | null }>('awspolicy/setKindOverride');

/** Kinds offered by "Set document kind" (settings names, as in `awspolicy.files.associations`). */
const KIND_CHOICES: { value: string | null; label: string; description?: string }[] = [
  { value: null, label: 'Automatic', description: 'detect from content and awspolicy.files.associations' },
  { value: 'iam-identity-policy', label: 'IAM identity policy' },
  { value: 'iam-resource-policy', label: 'IAM resource-based policy' },
  { value: 'iam-trust-policy', label: 'IAM trust policy' },
  { value: 'iam-scp', label: 'Service control policy (SCP)' },
  { value: 'iam-rcp', label: 'Resource control policy (RCP)' },
  { value: 'iam-permissions-boundary', label: 'IAM permissions boundary' },
  { value: 'iam-session-policy', label: 'IAM session policy' },
  { value: 'cfn-template', label: 'CloudFormation / SAM template' },
  { value: 'asl', label: 'Step Functions state machine' },
  { value: 'sqs-queue-attributes', label: 'SQS queue attributes' },
  { value: 'sns-topic-attributes', label: 'SNS topic attributes' },
  { value: 'sns-filter-policy', label: 'SNS filter policy' },
  { value: 'none', label: 'Not an AWS document', description: 'no diagnostics for this file' },
];

let client: LanguageClient | undefined;

export interface AwsPolicyApi {
  /** The running language client (tests and other extensions). */
  client: LanguageClient;
  /** What the server detected for a document. */
  documentInfo(uri: vscode.Uri): Promise<DocumentInfo | null>;
}

export async function activate(context: vscode.ExtensionContext): Promise<AwsPolicyApi> {
  const output = vscode.window.createOutputChannel('AWS Policy (awspolicy)', { log: true });
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: ['json', 'jsonc', 'yaml'].flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-vfs', language },
    ]),
    outputChannel: output,
    synchronize: { configurationSection: 'awspolicy' },
  };
  client = new LanguageClient('awspolicy', 'AWS Policy (awspolicy)', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('awspolicy.kind', vscode.StatusBarAlignment.Right, 100);
  status.name = 'AWS Policy document kind';
  status.command = 'awspolicy.setDocumentKind';
  context.subscriptions.push(status, output);
  const infos = new Map<string, DocumentInfo>();

  const showStatus = (): void => {
    const editor = vscode.window.activeTextEditor;
    const info = editor ? infos.get(editor.document.uri.toString()) : undefined;
    if (info === undefined || info.kind === 'none') {
      status.hide();
      return;
    }
    status.text = `$(shield) ${info.label}`;
    const embedded = info.embedded > 0 ? `\n${info.embedded} embedded document(s) analysed.` : '';
    status.tooltip = `awspolicy: ${info.label} (${info.reason}).${embedded}\nClick to change the document kind.`;
    status.show();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('awspolicy.setDocumentKind', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const current = infos.get(editor.document.uri.toString());
      const pick = await vscode.window.showQuickPick(
        KIND_CHOICES.map((c) => ({ ...c, picked: c.value === current?.kind && current?.source === 'override' })),
        { placeHolder: `Document kind (now: ${current?.label ?? 'unknown'})` },
      );
      if (!pick) return;
      await client.sendNotification(SetKindOverrideNotification, { uri: editor.document.uri.toString(), kind: pick.value });
    }),
    vscode.commands.registerCommand('awspolicy.showOutput', () => output.show(true)),
    vscode.window.onDidChangeActiveTextEditor(async (editor) => {
      showStatus();
      if (editor && client && !infos.has(editor.document.uri.toString())) {
        const info = await client.sendRequest(DocumentInfoRequest, { uri: editor.document.uri.toString() }).catch(() => null);
        if (info) infos.set(info.uri, info);
        showStatus();
      }
    }),
    vscode.workspace.onDidCloseTextDocument((d) => infos.delete(d.uri.toString())),
  );

  registerGraph(context, () => client);
  registerSimulation(context, () => client);
  output.info(`awspolicy ${context.extension.packageJSON.version as string}: starting the language server (${serverModule}).`);
  await client.start();
  output.info('awspolicy: language server ready; documents that are not AWS policies, templates, state machines or SQS/SNS settings are left alone.');
  context.subscriptions.push(
    client.onNotification(DocumentInfoChangedNotification, (info) => {
      infos.set(info.uri, info);
      showStatus();
    }),
  );
  const api: AwsPolicyApi = {
    client,
    documentInfo: (uri) => client!.sendRequest(DocumentInfoRequest, { uri: uri.toString() }),
  };
  return api;
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
