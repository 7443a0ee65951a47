// Recovery for multi-line values that YAML 1.2 rejects but CloudFormation accepts: a quoted scalar or a
// flow collection whose continuation lines are not indented past its key, such as
//
//     PolicyDocument: !Sub '{
//         "Statement": [...]
//       }'
//     Resource: [
//     !Sub "arn:...",
//     ]
//
// PyYAML (and so CloudFormation, SAM and cfn-lint) reads them; the `yaml` package reports a missing
// closing quote or an under-indented flow collection. We mask each such value in the host with a
// same-length plain placeholder (line breaks kept), parse the host, parse each value on its own at its
// own offsets (a top-level value has no indentation constraint), and graft it in place of the placeholder.

import { Node, ValueNode, childrenOf } from './tree';

export interface LenientRegion {
  /** Offset of the opening quote or bracket. */
  start: number;
  /** Offset just after the closing quote or bracket. */
  end: number;
}

/** Finds multi-line quoted or flow values whose continuation lines are under-indented; masks them. */
export function maskUnderIndented(text: string): { masked: string; regions: LenientRegion[] } | undefined {
  const regions: LenientRegion[] = [];
  let blockIndent = -1; // inside a block scalar: its parent's indentation
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol);
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) {
        pos = eol + 1;
        continue;
      }
      blockIndent = -1;
    }
    // `key: [!Tag ]'...` or `- [!Tag ]'...` with the quote not closed on this line.
    const m = /^(\s*(?:-\s+)*)(?:(?:"[^"]*"|'[^']*'|[^\s#'"][^:#]*?)\s*:\s+|-\s+)?(?:&\S+\s+)?(?:!\S+\s+)?(?:&\S+\s+)?(['"[{])/.exec(line);
    if (m !== null && m[0].trim() !== m[2]) {
      const q = pos + m[0].length - 1;
      const close = m[2] === '[' || m[2] === '{' ? closingBracket(text, q) : closingQuote(text, q);
      if (close > eol && underIndented(text, eol + 1, close + 1, indent)) {
        regions.push({ start: q, end: close + 1 });
        const next = text.indexOf('\n', close);
        pos = next < 0 ? text.length : next + 1;
        continue;
      }
    }
    if (/[:-]\s*[|>][-+0-9]*\s*(#.*)?$/.test(line)) blockIndent = indent;
    pos = eol + 1;
  }
  if (regions.length === 0) return undefined;
  const chars = text.split('');
  for (const r of regions) {
    chars[r.start] = 'x';
    for (let i = r.start + 1; i < r.end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  }
  return { masked: chars.join(''), regions };
}

/** The offset of the quote closing the scalar opened at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  const q = text.charCodeAt(open);
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (q === 34 && c === 92) {
      i++;
      continue;
    }
    if (c === q) {
      if (q === 39 && text.charCodeAt(i + 1) === 39) {
        i++;
        continue;
      }
      return i;
    }
  }
  return -1;
}

/** The offset of the bracket closing the flow collection opened at `open` (quotes and nesting skipped), or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      const end = closingQuote(text, i);
      if (end < 0) return -1;
      i = end;
    } else if (c === 35 /* # */ && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10)) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) return -1;
      i = nl;
    } else if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Whether some continuation line in [from, to) is indented at or left of `keyIndent`. */
function underIndented(text: string, from: number, to: number, keyIndent: number): boolean {
  let pos = from;
  while (pos < to) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0 || eol > to) eol = to;
    const line = text.slice(pos, eol);
    if (line.trim() !== '' && line.length - line.trimStart().length <= keyIndent) return true;
    pos = eol + 1;
  }
  return false;
}

/** A copy of `text` with everything outside [start, end) blanked (line breaks kept): same offsets. */
export function isolate(text: string, start: number, end: number): string {
  return text.slice(0, start).replace(/[^\n\r]/g, ' ') + text.slice(start, end) + text.slice(end).replace(/[^\n\r]/g, ' ');
}

/**
 * Replaces the placeholder node at each region's start by the region's own tree (`parsed[i]`), keeping
 * the placeholder's parent (a tag object, a property, an array) and stretching the ancestors over it.
 */
export function graft(root: ValueNode | undefined, regions: readonly LenientRegion[], parsed: readonly (ValueNode | undefined)[]): void {
  if (root === undefined) return;
  regions.forEach((r, i) => {
    const value = parsed[i];
    const node = findAt(root, r.start);
    if (node === undefined || value === undefined || node.type === 'property') return;
    const parent = node.parent;
    value.parent = parent;
    if (parent?.type === 'property') parent.value = value;
    else if (parent?.type === 'array') parent.items[parent.items.indexOf(node as ValueNode)] = value;
    for (let p: Node | undefined = parent; p !== undefined; p = p.parent) {
      if (p.offset + p.length < r.end) p.length = r.end - p.offset;
    }
  });
}

/** The scalar node that starts at `offset` (the placeholder), searching the tree. */
function findAt(root: Node, offset: number): Node | undefined {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if ((n.type === 'string' || n.type === 'null') && n.offset === offset) return n;
    for (const k of childrenOf(n)) if (k.offset <= offset && offset <= k.offset + Math.max(k.length, 1)) stack.push(k);
  }
  return undefined;
}
