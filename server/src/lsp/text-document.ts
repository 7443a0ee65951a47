// The server thread's copy of an open document. It behaves as vscode-languageserver-textdocument's
// TextDocument does (same positions, offsets, line counting and clamping; test/unit/lsp/text-document.test.ts
// compares them on random edit sequences), but an edit does not rebuild the text: edits go into a piece
// table, and the text is joined once when someone asks for it (the analysis worker, at the end of a burst
// of typing). The stock document copies the whole text on every keystroke, and V8 keeps such large strings
// until a full collection: 50 keystrokes in a 1 MB template left ~50 MB of dead text on this thread.

import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** A run of characters `from` to `to` of `text` (the materialised text or an inserted string). */
interface Piece {
  text: string;
  from: number;
  to: number;
}

/** Pieces after which the text is joined even if nobody asked (bounds the cost of reading a character). */
const MAX_PIECES = 512;

function isEol(c: number): boolean {
  return c === 13 || c === 10;
}

/** Offsets where lines start in `text` (the first one too when `atLineStart`), moved by `base`. */
function lineStartsOf(text: string, atLineStart: boolean, base = 0): number[] {
  const out: number[] = atLineStart ? [base] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      if (c === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
      out.push(base + i + 1);
    }
  }
  return out;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

export class EditedTextDocument implements TextDocument {
  private pieces: Piece[];
  private size: number;
  private lineStarts: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private ver: number,
    text: string,
  ) {
    this.pieces = [{ text, from: 0, to: text.length }];
    this.size = text.length;
  }

  get version(): number {
    return this.ver;
  }

  get lineCount(): number {
    return this.starts().length;
  }

  getText(range?: Range): string {
    const text = this.materialise();
    if (range === undefined) return text;
    return text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.size), 0);
    const starts = this.starts();
    let low = 0;
    let high = starts.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEol(offset, starts[line]) - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.starts();
    if (position.line >= starts.length) return this.size;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line];
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.size;
    return this.beforeEol(Math.min(lineStart + position.character, next), lineStart);
  }

  getLineRange(line: number): Range {
    const starts = this.starts();
    if (line >= starts.length) {
      const last = starts.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.size - starts[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const next = line + 1 < starts.length ? starts[line + 1] : this.size;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, starts[line]) - starts[line] } };
  }

  getEOLCharacters(line: number): string {
    const starts = this.starts();
    if (line >= starts.length || line < 0) return '';
    const next = line + 1 < starts.length ? starts[line + 1] : this.size;
    return this.materialise().substring(this.beforeEol(next, starts[line]), next);
  }

  /** Applies the changes of one `didChange` (in order, each against the text the previous one left). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change) || change.range === undefined) {
        this.pieces = [{ text: change.text, from: 0, to: change.text.length }];
        this.size = change.text.length;
        this.lineStarts = undefined;
        continue;
      }
      const range = wellFormed(change.range);
      const start = this.offsetAt(range.start);
      const end = this.offsetAt(range.end);
      this.replace(start, end, change.text);
      const insertedEnd = start + change.text.length;
      const starts = this.lineStarts;
      // A \r\n made or split at either end: count the lines again when asked.
      if (starts === undefined || (this.charCodeAt(start - 1) === 13 && this.charCodeAt(start) === 10) || (this.charCodeAt(insertedEnd - 1) === 13 && this.charCodeAt(insertedEnd) === 10)) {
        this.lineStarts = undefined;
        continue;
      }
      const startLine = Math.max(range.start.line, 0);
      const endLine = Math.max(range.end.line, 0);
      // A position past the last line (editors do not send them): count the lines again when asked.
      if (endLine >= starts.length) {
        this.lineStarts = undefined;
        continue;
      }
      const added = lineStartsOf(change.text, false, start);
      let lines = starts;
      // Spreading a very long list into splice's arguments would overflow the stack.
      if (added.length < 10000) lines.splice(startLine + 1, endLine - startLine, ...added);
      else this.lineStarts = lines = lines.slice(0, startLine + 1).concat(added, lines.slice(endLine + 1));
      const diff = change.text.length - (end - start);
      if (diff !== 0) for (let i = startLine + 1 + added.length; i < lines.length; i++) lines[i] += diff;
    }
    this.ver = version;
  }

  private starts(): number[] {
    if (this.lineStarts === undefined) this.lineStarts = lineStartsOf(this.materialise(), true);
    return this.lineStarts;
  }

  /** The character at `offset` of the current text (NaN outside it), without joining the pieces. */
  private charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.size) return NaN;
    for (const p of this.pieces) {
      const n = p.to - p.from;
      if (offset < n) return p.text.charCodeAt(p.from + offset);
      offset -= n;
    }
    return NaN;
  }

  /** Never inside or after a line break: back over the \r and \n before `offset`, down to `lineStart`. */
  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart && isEol(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /** Replaces the characters `start` to `end` of the current text by `text`. */
  private replace(start: number, end: number, text: string): void {
    const out: Piece[] = [];
    let at = 0;
    let inserted = false;
    for (const p of this.pieces) {
      const pStart = at;
      const pEnd = at + (p.to - p.from);
      at = pEnd;
      if (pEnd <= start) {
        out.push(p);
        continue;
      }
      // The first piece reaching past `start` holds the insertion point; later ones start after it.
      if (!inserted) {
        if (pStart < start) out.push({ text: p.text, from: p.from, to: p.from + (start - pStart) });
        if (text.length > 0) out.push({ text, from: 0, to: text.length });
        inserted = true;
      }
      if (pEnd > end) out.push({ text: p.text, from: p.from + Math.max(end - pStart, 0), to: p.to });
    }
    if (!inserted && text.length > 0) out.push({ text, from: 0, to: text.length });
    this.pieces = out;
    this.size += text.length - (end - start);
    if (out.length > MAX_PIECES) this.materialise();
  }

  /** The whole text, joined once from the pieces. */
  private materialise(): string {
    const pieces = this.pieces;
    if (pieces.length === 1 && pieces[0].from === 0 && pieces[0].to === pieces[0].text.length) return pieces[0].text;
    const text = pieces.map((p) => p.text.slice(p.from, p.to)).join('');
    this.pieces = [{ text, from: 0, to: text.length }];
    return text;
  }
}

/** The configuration `TextDocuments` takes, for this document type. */
export const EDITED_TEXT_DOCUMENTS = {
  create(uri: string, languageId: string, version: number, content: string): EditedTextDocument {
    return new EditedTextDocument(uri, languageId, version, content);
  },
  update(doc: EditedTextDocument, changes: TextDocumentContentChangeEvent[], version: number): EditedTextDocument {
    doc.update(changes, version);
    return doc;
  },
};
