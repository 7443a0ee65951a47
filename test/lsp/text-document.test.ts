// The server thread's piece-table document (server/src/lsp/text-document.ts) against the stock
// vscode-languageserver-textdocument TextDocument it replaces: the same text, line count, positions,
// offsets, line ranges and line breaks after every change of random edit sequences (CRLF, lone \r,
// multi-line inserts, deletions across lines, reversed ranges, whole-text changes; queries also outside
// the text). Changes name existing lines, as editors send them: past the last line the stock document
// miscounts lines (a change at line 8 of a 4-line text leaves lineCount 9), and ours counts them again.

import * as assert from 'assert';
import { Position, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { EDITED_TEXT_DOCUMENTS, EditedTextDocument } from '../../server/src/lsp/text-document';

function random(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

const BITS = ['a', 'b', ' ', '\n', '\r\n', '\r', 'xyz', '😀', '\n\n', 'é'];

function text(rnd: (n: number) => number, max: number): string {
  let s = '';
  const n = rnd(max);
  for (let i = 0; i < n; i++) s += BITS[rnd(BITS.length)];
  return s;
}

function position(rnd: (n: number) => number, lines: number): Position {
  return { line: rnd(lines + 2) - (rnd(10) === 0 ? 1 : 0), character: rnd(12) - (rnd(10) === 0 ? 1 : 0) };
}

/** A change as editors send them: lines that exist (characters may run past the line's end). */
function change(rnd: (n: number) => number, doc: TextDocument): TextDocumentContentChangeEvent {
  if (rnd(25) === 0) return { text: text(rnd, 30) };
  const at = (): Position => ({ line: rnd(doc.lineCount), character: rnd(12) });
  return { range: { start: at(), end: at() }, text: rnd(3) === 0 ? '' : text(rnd, 6) };
}

function assertSame(ours: EditedTextDocument, theirs: TextDocument, rnd: (n: number) => number, what: string): void {
  assert.strictEqual(ours.getText(), theirs.getText(), what);
  assert.strictEqual(ours.lineCount, theirs.lineCount, what);
  assert.strictEqual(ours.version, theirs.version, what);
  const length = theirs.getText().length;
  for (let k = 0; k < 8; k++) {
    const offset = rnd(length + 3) - 1;
    assert.deepStrictEqual(ours.positionAt(offset), theirs.positionAt(offset), `${what}: positionAt(${offset})`);
    const p = position(rnd, theirs.lineCount);
    assert.strictEqual(ours.offsetAt(p), theirs.offsetAt(p), `${what}: offsetAt(${JSON.stringify(p)})`);
    const line = rnd(theirs.lineCount + 2) - 1;
    assert.deepStrictEqual(ours.getLineRange(line), theirs.getLineRange(line), `${what}: getLineRange(${line})`);
    assert.strictEqual(ours.getEOLCharacters(line), theirs.getEOLCharacters(line), `${what}: getEOLCharacters(${line})`);
    const range = { start: position(rnd, theirs.lineCount), end: position(rnd, theirs.lineCount) };
    assert.strictEqual(ours.getText(range), theirs.getText(range), `${what}: getText(${JSON.stringify(range)})`);
  }
}

describe('server thread document (piece table)', () => {
  it('agrees with the stock TextDocument after every change of random edit sequences', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = random(seed);
      const initial = text(rnd, 40);
      const ours = EDITED_TEXT_DOCUMENTS.create('file:///t', 'yaml', 1, initial);
      let theirs = TextDocument.create('file:///t', 'yaml', 1, initial);
      for (let v = 2; v < 40; v++) {
        // Each change of one event names lines of the text the previous change left.
        const changes: TextDocumentContentChangeEvent[] = [];
        // (TextDocument.update changes the document it is given: the scratch copy is a new one.)
        let scratch = TextDocument.create('file:///scratch', 'yaml', v, theirs.getText());
        for (let k = 1 + rnd(3); k > 0; k--) {
          changes.push(change(rnd, scratch));
          scratch = TextDocument.update(scratch, [changes[changes.length - 1]], v);
        }
        theirs = TextDocument.update(theirs, changes, v);
        EDITED_TEXT_DOCUMENTS.update(ours, changes, v);
        // Read the text only now and then, as the server does: the pieces pile up in between.
        if (rnd(4) === 0) assertSame(ours, theirs, rnd, `seed ${seed}, version ${v}, ${JSON.stringify(changes)}`);
        else assert.strictEqual(ours.lineCount, theirs.lineCount, `seed ${seed}, version ${v}`);
      }
      assertSame(ours, theirs, rnd, `seed ${seed}, end`);
    }
  });

  it('joins the text once per read, not once per keystroke', () => {
    const base = 'Resources:\n' + '  Q:\n    Type: AWS::SQS::Queue\n'.repeat(2000);
    const doc = new EditedTextDocument('file:///t.yaml', 'yaml', 1, base);
    const at = doc.positionAt(base.length >> 1);
    for (let v = 2; v < 52; v++) doc.update([{ range: { start: at, end: at }, text: 'x' }], v);
    // Fifty one-character edits are fifty pieces (between the two halves) until the text is read; then one.
    const pieces = (d: EditedTextDocument): number => (d as unknown as { pieces: unknown[] }).pieces.length;
    assert.strictEqual(pieces(doc), 52);
    const expected = base.slice(0, base.length >> 1) + 'x'.repeat(50) + base.slice(base.length >> 1);
    assert.strictEqual(doc.getText(), expected);
    assert.strictEqual(pieces(doc), 1);
  });
});
