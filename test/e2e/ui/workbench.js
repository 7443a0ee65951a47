// A person at the workbench: page-level actions on code-server's VS Code UI (explorer, editor,
// Problems panel, hovers, lightbulb, command palette) for the playwright UI tests. Every wait polls
// the DOM with a deadline.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ARTIFACTS } = require('../lib/paths');

const WAIT_MS = Number(process.env.AWSPOLICY_E2E_WAIT_MS || 90000);
const SHOTS = path.join(ARTIFACTS, 'ui');

/** Runs in the page: [line number, text] of the active editor's rendered lines, ordered by line. */
function RENDERED_LINES() {
  const editor = document.querySelector('.editor-instance .monaco-editor');
  if (!editor) return [];
  const top = (el) => Math.round(parseFloat(el.style.top) || 0);
  const numbers = new Map();
  for (const cell of editor.querySelectorAll('.margin-view-overlays > div')) {
    const n = cell.querySelector('.line-numbers');
    if (n && /^\d+$/.test(n.textContent.trim())) numbers.set(top(cell), Number(n.textContent.trim()));
  }
  return [...editor.querySelectorAll('.view-lines .view-line')]
    .map((e) => [numbers.get(top(e)), e.textContent.replace(/\u00a0/g, ' ')])
    .filter((l) => l[0] !== undefined)
    .sort((a, b) => a[0] - b[0]);
}

class Workbench {
  constructor(page) {
    this.page = page;
    this.shot = 0;
  }

  /** Waits for the workbench and the Explorer to show the workspace folder's entries. */
  async ready(entries) {
    await this.page.waitForSelector('.monaco-workbench', { timeout: WAIT_MS });
    for (const e of entries) await this.treeItem(e).waitFor({ timeout: WAIT_MS });
  }

  treeItem(name) {
    return this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
  }

  /** Opens a file by clicking through the Explorer (folders expand on click). */
  async openFromExplorer(rel) {
    const parts = rel.split('/');
    for (let i = 0; i < parts.length - 1; i++) {
      const row = this.treeItem(parts[i]);
      await row.waitFor({ timeout: WAIT_MS });
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    }
    const file = this.treeItem(parts[parts.length - 1]);
    await file.waitFor({ timeout: WAIT_MS });
    await file.click();
    await this.page.locator(`.tabs-container .tab.active[aria-label^="${parts[parts.length - 1]}"]`).waitFor({ timeout: WAIT_MS });
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: WAIT_MS });
  }

  /**
   * The rendered lines of the active editor as [line number, text], in order. Only the lines in view are
   * rendered; each is numbered by the line-number cell at the same height in the margin, so a scrolled
   * or shortened editor (a panel open below it) still reads the right line.
   */
  async editorLines() {
    return this.page.evaluate(RENDERED_LINES);
  }

  /** Waits until 1-based line `line` of the active editor reads exactly `text`. */
  async waitForEditorLine(line, text) {
    await this.page.waitForFunction(({ fn, line, text }) => {
      const lines = new Function(`return (${fn})()`)();
      const hit = lines.find((l) => l[0] === line);
      return hit !== undefined && hit[1] === text;
    }, { fn: RENDERED_LINES.toString(), line, text }, { timeout: WAIT_MS });
  }

  /** Waits for a squiggle of this severity ('error' | 'warning' | 'info') in the editor. */
  async waitForSquiggle(severity) {
    const el = this.page.locator(`.editor-instance .monaco-editor .squiggly-${severity}`).first();
    await el.waitFor({ state: 'attached', timeout: WAIT_MS });
    return el;
  }

  async waitForNoSquiggles() {
    await this.page.waitForFunction(() => !document.querySelector('.editor-instance .monaco-editor [class*="squiggly-"]'), null, { timeout: WAIT_MS });
  }

  /** A token of the active editor with exactly this text (a span of one rendered line). */
  token(text) {
    return this.page.locator('.editor-instance .monaco-editor .view-lines .view-line span > span').filter({ hasText: new RegExp(`^${escapeRe(text)}$`) }).first();
  }

  /** Moves the mouse onto a token and waits for the editor hover containing `expect`; returns its text. */
  async hover(text, expect) {
    const tok = this.token(text);
    await tok.waitFor({ timeout: WAIT_MS });
    const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expect }).first();
    // The editor asks for a hover once per mouse rest; a hover shown before the server was ready (or
    // hidden by a repaint) is asked for again by moving away and back, as a person would.
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const box = await tok.boundingBox();
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      try {
        await hover.waitFor({ timeout: Math.min(15000, Math.max(1, deadline - Date.now())) });
        break;
      } catch (e) {
        if (Date.now() >= deadline) throw e;
        await this.moveMouseAway();
      }
    }
    await this.settled(hover);
    return (await hover.innerText()).replace(/\u00a0/g, ' ');
  }

  /** Waits until the element's fade-in has finished (for screenshots a person would see). */
  async settled(locator) {
    await locator.evaluate((el) => new Promise((resolve) => {
      const check = () => {
        const running = el.getAnimations({ subtree: true }).filter((a) => a.playState === 'running');
        if (running.length === 0 && getComputedStyle(el).opacity === '1') resolve();
        else requestAnimationFrame(check);
      };
      check();
    }), undefined, { timeout: WAIT_MS });
  }

  async moveMouseAway() {
    await this.page.mouse.move(2, 2);
  }

  /** Opens the Problems panel (Ctrl+Shift+M) and waits for an entry containing `text`; returns all rows. */
  async problems(text) {
    await this.page.keyboard.press('Control+Shift+M');
    const row = this.page.locator('.markers-panel .monaco-list-row').filter({ hasText: text }).first();
    await row.waitFor({ timeout: WAIT_MS });
    return this.page.$$eval('.markers-panel .monaco-list-row', (els) => els.map((e) => e.getAttribute('aria-label')));
  }

  /** Clicks into a token (puts the cursor there), waits for the lightbulb, opens it and picks `title`. */
  async quickFixFromLightbulb(tokenText, title) {
    await this.token(tokenText).click();
    const bulb = this.page.locator('.lightBulbWidget');
    await bulb.waitFor({ state: 'visible', timeout: WAIT_MS });
    await bulb.click();
    const item = this.page.locator('.action-widget .monaco-list-row.action').filter({ hasText: title }).first();
    await item.waitFor({ state: 'visible', timeout: WAIT_MS });
    const items = await this.page.$$eval('.action-widget .monaco-list-row.action', (els) => els.map((e) => e.getAttribute('aria-label')));
    // The action list puts an invisible pointer block over the page until the mouse moves, as a
    // person's mouse does on the way to the item.
    await this.moveOnto(item);
    await item.click();
    await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
    return items;
  }

  async moveOnto(locator) {
    const box = await locator.boundingBox();
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  }

  /**
   * F1, type the command's label, pick it. The command palette can close as it opens when a webview (the
   * state machine graph) takes the focus back; it is then opened again, up to three times.
   */
  async runCommand(label) {
    const input = this.page.locator('.quick-input-widget input');
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('F1');
      try {
        await input.waitFor({ state: 'visible', timeout: WAIT_MS });
        await input.fill(`>${label}`, { timeout: 5000 });
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
    await this.pick(label);
  }

  /** Picks the quick-input row whose label is exactly `label`. */
  async pick(label) {
    const row = this.page.locator('.quick-input-list .monaco-list-row').filter({
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRe(label)}$`) }),
    }).first();
    await row.waitFor({ state: 'visible', timeout: WAIT_MS });
    await this.moveOnto(row);
    await row.click();
  }

  /** Rows currently shown by the quick input (labels). */
  async quickInputRows() {
    await this.page.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible', timeout: WAIT_MS });
    return this.page.$$eval('.quick-input-list .monaco-list-row .label-name', (els) => els.map((e) => e.textContent));
  }

  statusItem(idSuffix) {
    return this.page.locator(`.statusbar-item[id$="${idSuffix}"]`);
  }

  /** Reverts and closes every editor: the next test starts from the pristine fixture files. */
  async reset() {
    await this.page.keyboard.press('Escape');
    const tabs = this.page.locator('.tabs-container .tab');
    for (let n = await tabs.count(); n > 0; n = await tabs.count()) {
      await this.runCommand('View: Revert and Close Editor');
      await this.page.waitForFunction((before) => document.querySelectorAll('.tabs-container .tab').length < before, n, { timeout: WAIT_MS });
    }
  }

  /** Screenshot into test-artifacts/e2e/ui/<test>-<n>-<step>.png; returns the path. */
  async screenshot(test, step) {
    fs.mkdirSync(SHOTS, { recursive: true });
    const file = path.join(SHOTS, `${slug(test)}-${String(++this.shot).padStart(2, '0')}-${slug(step)}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}

function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }
function slug(s) { return String(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60); }

module.exports = { Workbench, WAIT_MS, SHOTS, slug };
