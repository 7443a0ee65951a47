// JSON (and JSON with comments) into the shared node tree, through jsonc-parser's visitor.
// Tolerant: a syntax error is recorded and parsing goes on, so the rest of the document is analysed.

import { visit, printParseErrorCode, ParseErrorCode } from 'jsonc-parser';
import {
  ArrayNode,
  Comment,
  ObjectNode,
  OffsetMap,
  ParentNode,
  ParseProblem,
  ParsedTree,
  PropertyNode,
  StringNode,
  ValueNode,
} from './tree';
import { findDuplicateKeys } from './duplicates';
import { parseJsonFast } from './json-fast';

/** Deeper nesting than this is refused before parsing: the parser and every walk would recurse too far. */
export const MAX_NESTING = 1000;

const ERROR_TEXT: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'Invalid symbol.',
  [ParseErrorCode.InvalidNumberFormat]: 'Invalid number format.',
  [ParseErrorCode.PropertyNameExpected]: 'Property name expected.',
  [ParseErrorCode.ValueExpected]: 'Value expected.',
  [ParseErrorCode.ColonExpected]: "Colon ':' expected.",
  [ParseErrorCode.CommaExpected]: "Comma ',' expected.",
  [ParseErrorCode.CloseBraceExpected]: "Closing brace '}' expected.",
  [ParseErrorCode.CloseBracketExpected]: "Closing bracket ']' expected.",
  [ParseErrorCode.EndOfFileExpected]: 'End of file expected.',
  [ParseErrorCode.InvalidCommentToken]: 'Invalid comment token.',
  [ParseErrorCode.UnexpectedEndOfComment]: 'Unexpected end of comment.',
  [ParseErrorCode.UnexpectedEndOfString]: 'Unexpected end of string.',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'Unexpected end of number.',
  [ParseErrorCode.InvalidUnicode]: 'Invalid unicode escape sequence.',
  [ParseErrorCode.InvalidEscapeCharacter]: 'Invalid escape character in string.',
  [ParseErrorCode.InvalidCharacter]: 'Invalid character in string (control characters must be escaped).',
};

/**
 * Parses JSON text into the node tree. Embedded JSON (a string inside a template) is parsed from its
 * decoded text and then moved onto host offsets by `remapTree` (see `model/embedded.ts`).
 */
export function parseJson(text: string, options?: { slowPath?: boolean }): ParsedTree {
  // Strict JSON (most documents) takes the fast path; anything else is parsed here, tolerantly.
  if (options?.slowPath !== true) {
    const fast = parseJsonFast(text, makeString, MAX_NESTING);
    if (fast !== undefined) return fast;
  }
  const problems: ParseProblem[] = [];
  const comments: Comment[] = [];
  const depth = maxNestingDepth(text);
  if (depth > MAX_NESTING) {
    problems.push({
      code: 'syntax',
      message: `The document is nested ${depth} levels deep; awspolicy analyses at most ${MAX_NESTING} levels.`,
      offset: 0,
      length: Math.min(text.length, 1),
    });
    return { format: 'json', root: undefined, problems, comments };
  }

  let root: ValueNode | undefined;
  // The stack holds open containers and, for objects, the property awaiting its value.
  const stack: ParentNode[] = [];

  const attach = (node: ValueNode): void => {
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (root === undefined) root = node;
      return;
    }
    if (top.type === 'array') {
      node.parent = top;
      top.items.push(node);
    } else if (top.type === 'property') {
      node.parent = top;
      top.value = node;
      top.length = node.offset + node.length - top.offset;
      stack.pop();
    }
  };

  visit(
    text,
    {
      onObjectBegin(offset) {
        const obj: ObjectNode = { type: 'object', offset, length: 0, parent: undefined, properties: [] };
        attach(obj);
        stack.push(obj);
      },
      onObjectProperty(name, offset, length) {
        // A property whose value never arrived (broken input) is still on the stack: drop it.
        let top = stack[stack.length - 1];
        if (top !== undefined && top.type === 'property') {
          stack.pop();
          top = stack[stack.length - 1];
        }
        if (top === undefined || top.type !== 'object') return;
        const key = makeString(text, name, offset, length);
        const prop: PropertyNode = { type: 'property', offset, length, parent: top, key, value: undefined };
        key.parent = prop;
        top.properties.push(prop);
        stack.push(prop);
      },
      onObjectEnd(offset, length) {
        let top = stack[stack.length - 1];
        if (top !== undefined && top.type === 'property') {
          stack.pop();
          top = stack[stack.length - 1];
        }
        if (top !== undefined && top.type === 'object') {
          top.length = offset + length - top.offset;
          stack.pop();
          finishContainer(top);
        }
      },
      onArrayBegin(offset) {
        const arr: ArrayNode = { type: 'array', offset, length: 0, parent: undefined, items: [] };
        attach(arr);
        stack.push(arr);
      },
      onArrayEnd(offset, length) {
        let top = stack[stack.length - 1];
        if (top !== undefined && top.type === 'property') {
          stack.pop();
          top = stack[stack.length - 1];
        }
        if (top !== undefined && top.type === 'array') {
          top.length = offset + length - top.offset;
          stack.pop();
          finishContainer(top);
        }
      },
      onLiteralValue(value, offset, length) {
        let node: ValueNode;
        if (typeof value === 'string') node = makeString(text, value, offset, length);
        else if (typeof value === 'number') node = { type: 'number', offset, length, parent: undefined, value, raw: text.substr(offset, length) };
        else if (typeof value === 'boolean') node = { type: 'boolean', offset, length, parent: undefined, value };
        else node = { type: 'null', offset, length, parent: undefined, value: null };
        attach(node);
      },
      onComment(offset, length) {
        const raw = text.substr(offset, length);
        const body = raw.startsWith('//') ? raw.slice(2) : raw.slice(2, raw.endsWith('*/') ? -2 : undefined);
        comments.push({ offset, length, text: body.trim() });
      },
      onError(error, offset, length) {
        // One mistake often yields two errors at the same place (a trailing comma: "property name
        // expected" and "value expected"); keep the first.
        const last = problems[problems.length - 1];
        if (last !== undefined && last.code === 'syntax' && last.offset === offset) return;
        if (error === ParseErrorCode.PropertyNameExpected || error === ParseErrorCode.ValueExpected) {
          const comma = trailingCommaBefore(text, offset);
          if (comma >= 0) {
            if (last !== undefined && last.offset === comma) return;
            problems.push({ code: 'syntax', message: `Trailing comma: JSON does not allow a comma before '${text[offset]}'.`, offset: comma, length: 1 });
            return;
          }
        }
        problems.push({
          code: 'syntax',
          message: ERROR_TEXT[error] ?? printParseErrorCode(error),
          offset,
          length: Math.max(length, offset < text.length ? 1 : 0),
        });
      },
    },
    { disallowComments: false, allowTrailingComma: false, allowEmptyContent: true },
  );

  // Containers left open by a truncated document end where the text ends.
  for (const open of stack) {
    if (open.type !== 'property') {
      open.length = text.length - open.offset;
      finishContainer(open);
    }
  }
  fixPropertyLengths(root);

  function finishContainer(c: ObjectNode | ArrayNode): void {
    // The owning property was sized when the container opened; it ends where the container ends.
    const p = c.parent;
    if (p !== undefined && p.type === 'property') p.length = c.offset + c.length - p.offset;
    if (c.type === 'object' && c.properties.length > 1) findDuplicateKeys(c, problems);
  }

  return { format: 'json', root, problems, comments };
}

/** The offset of a comma that directly precedes a closing `}`/`]` at `offset` (whitespace between), or -1. */
function trailingCommaBefore(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  if (c !== 125 && c !== 93) return -1;
  let i = offset - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i--;
  return i >= 0 && text.charCodeAt(i) === 44 ? i : -1;
}

/** Properties without a value span just their key. */
function fixPropertyLengths(root: ValueNode | undefined): void {
  if (root === undefined) return;
  const stack: ValueNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'object') {
      for (const p of n.properties) {
        if (p.value === undefined) p.length = p.key.length;
        else stack.push(p.value);
      }
    } else if (n.type === 'array') {
      for (const i of n.items) stack.push(i);
    }
  }
}

function makeString(text: string, value: string, offset: number, length: number): StringNode {
  const node: StringNode = { type: 'string', offset, length, parent: undefined, value, contentOffset: offset + 1 };
  // Raw text between the quotes differs from the value only when it has escapes (or is unterminated).
  // Every escape decodes to fewer characters than it is written with, so equal lengths mean no escapes.
  if (length - 2 !== value.length || text.charCodeAt(offset) !== 34 /* " */) {
    node.map = jsonStringMap(text, offset, length);
  }
  return node;
}

/** Offset map for a JSON string literal at [offset, offset + length) in `text`, escapes included. */
export function jsonStringMap(text: string, offset: number, length: number): OffsetMap {
  const inner: number[] = [];
  const host: number[] = [];
  const end = offset + length;
  let i = offset + (text.charCodeAt(offset) === 34 ? 1 : 0);
  const closing = length >= 2 && text.charCodeAt(end - 1) === 34 && end - 1 >= i ? end - 1 : end;
  let k = 0; // decoded index
  let runStart = true;
  while (i < closing) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */ && i + 1 < closing) {
      const e = text.charCodeAt(i + 1);
      const width = e === 117 /* u */ ? 6 : 2;
      inner.push(k);
      host.push(i);
      i += Math.min(width, closing - i);
      k += 1;
      runStart = true;
      continue;
    }
    if (runStart) {
      inner.push(k);
      host.push(i);
      runStart = false;
    }
    i++;
    k++;
  }
  if (inner.length === 0) {
    inner.push(0);
    host.push(i);
  }
  return new OffsetMap(inner, host, closing);
}

/**
 * Deepest bracket nesting of a JSON-like text, ignoring brackets inside strings. A linear pre-scan
 * that keeps adversarial input (10,000 nested arrays) away from the recursive parser.
 */
export function maxNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) {
      // Jump to the closing quote: one not preceded by an odd run of backslashes. A string left open
      // (or cut by a line break, which the parser reports) continues character by character as before.
      let q = text.indexOf('"', i + 1);
      while (q !== -1) {
        let b = q - 1;
        while (text.charCodeAt(b) === 92) b--;
        if ((q - 1 - b) % 2 === 0) break;
        q = text.indexOf('"', q + 1);
      }
      if (q === -1) {
        inString = true;
        continue;
      }
      i = q;
      continue;
    }
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 125 || c === 93) {
      if (depth > 0) depth--;
    }
  }
  return max;
}
