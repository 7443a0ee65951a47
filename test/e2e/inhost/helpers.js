// Helpers for the in-host suites (they run inside code-server's extension host, with the real `vscode`).
// Waiting is always polling with a deadline; never a fixed sleep.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'awspolicy.awspolicy';
/** The first diagnostic of a session can take long on a loaded 2-core machine (server start, first analysis). */
const FIRST_RESULT_MS = Number(process.env.AWSPOLICY_E2E_WAIT_MS || 90000);

async function poll(probe, what, timeoutMs = FIRST_RESULT_MS, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last !== undefined ? ` (last: ${last})` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Activates the extension and returns its API ({ client, documentInfo }). When the runner tests the
 * packaged .vsix it sets AWSPOLICY_E2E_INSTALLED_FROM to the extensions dir: the extension must come
 * from there, not from the source folder.
 */
async function activate() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  const from = process.env.AWSPOLICY_E2E_INSTALLED_FROM;
  if (from) {
    assert.ok(ext.extensionPath.startsWith(path.resolve(from) + path.sep),
      `${EXTENSION_ID} was loaded from ${ext.extensionPath}, expected the installed .vsix under ${from}`);
  }
  const api = await ext.activate();
  assert.ok(api && typeof api.documentInfo === 'function', 'the extension API exposes documentInfo');
  return api;
}

function workspaceRoot() {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length > 0, 'a workspace folder is open');
  return folders[0].uri.fsPath;
}

let copies = 0;
/**
 * Opens a fixture (path relative to fixtures/workspace) in an editor. With { copy: true } the test
 * gets its own copy next to it (tests that edit must not share a document).
 */
async function openFixture(rel, { copy = false } = {}) {
  let file = path.join(workspaceRoot(), rel);
  assert.ok(fs.existsSync(file), `fixture ${rel} exists`);
  if (copy) {
    const target = path.join(path.dirname(file), `copy-${process.pid}-${++copies}-${path.basename(file)}`);
    fs.copyFileSync(file, target);
    file = target;
  }
  const doc = await vscode.workspace.openTextDocument(file);
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor, uri: doc.uri };
}

function codeOf(d) {
  return d.code !== null && typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

const SEVERITY = ['error', 'warning', 'info', 'hint'];

/** A diagnostic as plain comparable data: code, severity, [startLine, startChar, endLine, endChar], text. */
function plain(doc, d) {
  return {
    code: codeOf(d),
    severity: SEVERITY[d.severity],
    range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
    text: doc.getText(d.range),
  };
}

function ours(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'awspolicy');
}

/** Polls until `predicate(plainDiagnostics)` holds; returns the plain diagnostics. */
async function waitForDiagnostics(doc, predicate, what, timeoutMs) {
  let seen = [];
  try {
    return await poll(() => {
      seen = ours(doc.uri).map((d) => plain(doc, d));
      return predicate(seen) ? seen : undefined;
    }, what, timeoutMs);
  } catch (e) {
    e.message += `\n  diagnostics seen: ${JSON.stringify(seen)}`;
    throw e;
  }
}

/** Waits until the document has exactly these diagnostics (order-insensitive), then returns them. */
async function expectDiagnostics(doc, expected, timeoutMs) {
  const key = (d) => JSON.stringify([d.code, d.severity, d.range, d.text]);
  const want = expected.map(key).sort();
  return waitForDiagnostics(doc, (seen) => JSON.stringify(seen.map(key).sort()) === JSON.stringify(want),
    `diagnostics of ${path.basename(doc.uri.fsPath)} to be ${JSON.stringify(expected)}`, timeoutMs);
}

/** The raw vscode.Diagnostic objects of ours with this code (after waiting for at least one). */
async function diagnosticsWithCode(doc, code, timeoutMs) {
  await waitForDiagnostics(doc, (seen) => seen.some((d) => d.code === code), `a ${code} diagnostic on ${path.basename(doc.uri.fsPath)}`, timeoutMs);
  return ours(doc.uri).filter((d) => codeOf(d) === code);
}

/** What the server detected for the document (polls until the server knows it). */
async function documentInfo(api, doc, timeoutMs) {
  return poll(async () => (await api.documentInfo(doc.uri)) || undefined, `the server to know ${path.basename(doc.uri.fsPath)}`, timeoutMs);
}

/** Replaces the first occurrence of `from` with `to` in the document, as a user edit would. */
async function replaceText(editor, from, to) {
  const doc = editor.document;
  const at = doc.getText().indexOf(from);
  assert.ok(at >= 0, `"${from}" occurs in ${path.basename(doc.uri.fsPath)}`);
  const ok = await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to));
  assert.ok(ok, 'the edit was applied');
}

/** Hover contents (markdown strings joined) at a position, via the real hover pipeline. */
async function hoverAt(doc, position) {
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position);
  return (hovers || []).map((h) => ({
    range: h.range ? [h.range.start.line, h.range.start.character, h.range.end.line, h.range.end.character] : undefined,
    text: h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n'),
  }));
}

/** Position of the n-th (0-based) occurrence of `needle` plus `delta` characters. */
function positionOf(doc, needle, { nth = 0, delta = 0 } = {}) {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `occurrence ${nth} of "${needle}" in ${path.basename(doc.uri.fsPath)}`);
  }
  return doc.positionAt(at + delta);
}

/** Code actions for a range (quick fixes and the rest), via the real code action pipeline. */
async function codeActions(doc, range, kind) {
  return (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, range, kind)) || [];
}

/** Saves dirty documents (the workspace is a throwaway copy) and closes every editor. */
async function closeAll() {
  for (const d of vscode.workspace.textDocuments) if (d.isDirty && !d.isUntitled) await d.save();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

module.exports = {
  EXTENSION_ID, FIRST_RESULT_MS, poll, activate, workspaceRoot, openFixture, plain, ours, codeOf,
  waitForDiagnostics, expectDiagnostics, diagnosticsWithCode, documentInfo, replaceText, hoverAt,
  positionOf, codeActions, closeAll,
};
