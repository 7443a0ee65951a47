// Offsets ↔ line/character positions. The core works in offsets; positions are computed only at the
// edges (LSP, CLI output), from line starts computed once per document version.

export interface Position {
  /** Zero-based line. */
  line: number;
  /** Zero-based UTF-16 column. */
  character: number;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    // Only LF line ends: let indexOf find them (much faster than a loop over every character).
    let at = text.indexOf('\n');
    while (at !== -1) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function offsetToPosition(lineStarts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}

export function positionToOffset(lineStarts: readonly number[], pos: Position, textLength: number): number {
  if (pos.line >= lineStarts.length) return textLength;
  if (pos.line < 0) return 0;
  const lineEnd = pos.line + 1 < lineStarts.length ? lineStarts[pos.line + 1] : textLength;
  return Math.max(lineStarts[pos.line], Math.min(lineStarts[pos.line] + pos.character, lineEnd));
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The range made fit for a finding: cut to the text, and widened where needed so that it does not split
 * a surrogate pair (a start between the two halves of a character moves back onto it, an end between
 * them moves past it). A rule that marks "the first character" of a node (`length: 1`) would otherwise
 * mark half of an emoji the node starts with, and one that marks "the character after" a value (a path
 * cut short, `$[?`) would reach past the end of a document that stops there.
 */
export function wholeCharacters(text: string, offset: number, length: number): { offset: number; length: number } {
  let start = Math.min(Math.max(offset, 0), text.length);
  let end = Math.min(Math.max(offset + length, start), text.length);
  if (start > 0 && start < text.length && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start--;
  if (end > 0 && end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end++;
  return start === offset && end === offset + length ? { offset, length } : { offset: start, length: end - start };
}
