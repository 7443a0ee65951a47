// Intrinsic function calls in JSONPath payload templates (`"x.$": "States.Format('{}', $.name)"`):
// a small recursive-descent parser that keeps the offset of every name and argument, so rules can
// point at the exact argument and hovers can name the function under the cursor.

export type IntrinsicArg =
  | { kind: 'string'; value: string; offset: number; length: number }
  | { kind: 'number'; value: number; raw: string; offset: number; length: number }
  | { kind: 'boolean'; value: boolean; offset: number; length: number }
  | { kind: 'null'; offset: number; length: number }
  | { kind: 'path'; text: string; offset: number; length: number }
  | { kind: 'call'; call: IntrinsicCall; offset: number; length: number };

export interface IntrinsicCall {
  name: string;
  nameOffset: number;
  args: IntrinsicArg[];
  offset: number;
  length: number;
}

export interface IntrinsicError {
  message: string;
  offset: number;
  length: number;
}

/** Whether a payload-template value is meant as an intrinsic call (`Word.Word(` or starts with `States.`). */
export function looksLikeIntrinsic(text: string): boolean {
  return /^[A-Za-z][\w]*\.[\w.]*\s*\(/.test(text) || text.startsWith('States.');
}

const MAX_DEPTH = 32;

class Parser {
  i = 0;
  constructor(readonly text: string) {}

  fail(message: string, offset = this.i, length = 1): never {
    throw { message, offset: Math.min(offset, Math.max(0, this.text.length - 1)), length: Math.max(1, length) } as IntrinsicError;
  }

  ws(): void {
    while (this.i < this.text.length && (this.text[this.i] === ' ' || this.text[this.i] === '\t')) this.i++;
  }

  call(depth: number): IntrinsicCall {
    if (depth > MAX_DEPTH) this.fail('intrinsic calls are nested too deeply');
    const start = this.i;
    const m = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*/.exec(this.text.slice(this.i));
    if (!m) this.fail('an intrinsic function name is expected', start, 1);
    const name = m[0];
    this.i += name.length;
    if (this.text[this.i] !== '(') this.fail(`'(' expected after '${name}'`, this.i, 1);
    this.i++;
    const args: IntrinsicArg[] = [];
    this.ws();
    if (this.text[this.i] === ')') {
      this.i++;
      return { name, nameOffset: start, args, offset: start, length: this.i - start };
    }
    for (;;) {
      this.ws();
      args.push(this.arg(depth));
      this.ws();
      const c = this.text[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === ')') {
        this.i++;
        return { name, nameOffset: start, args, offset: start, length: this.i - start };
      }
      if (c === undefined) this.fail(`missing ')' to close '${name}('`, start, name.length + 1);
      this.fail(`',' or ')' expected`, this.i, 1);
    }
  }

  arg(depth: number): IntrinsicArg {
    const t = this.text;
    const start = this.i;
    const c = t[start];
    if (c === undefined) this.fail('an argument is expected', start, 1);
    if (c === "'") {
      let v = '';
      this.i++;
      while (this.i < t.length && t[this.i] !== "'") {
        if (t[this.i] === '\\' && this.i + 1 < t.length) {
          v += t[this.i + 1];
          this.i += 2;
        } else v += t[this.i++];
      }
      if (this.i >= t.length) this.fail('unterminated string literal', start, t.length - start);
      this.i++;
      return { kind: 'string', value: v, offset: start, length: this.i - start };
    }
    if (c === '$') {
      // A path runs to the next ',' or ')' outside brackets and quotes.
      let depthB = 0;
      while (this.i < t.length) {
        const d = t[this.i];
        if (d === '[') depthB++;
        else if (d === ']') depthB--;
        else if (d === "'" || d === '"') {
          this.i++;
          while (this.i < t.length && t[this.i] !== d) this.i++;
        } else if (depthB <= 0 && (d === ',' || d === ')')) break;
        this.i++;
      }
      const text = t.slice(start, this.i).trimEnd();
      return { kind: 'path', text, offset: start, length: text.length };
    }
    const num = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(t.slice(start));
    if (num) {
      this.i += num[0].length;
      return { kind: 'number', value: Number(num[0]), raw: num[0], offset: start, length: num[0].length };
    }
    for (const [word, kind, value] of [['true', 'boolean', true], ['false', 'boolean', false], ['null', 'null', null]] as const) {
      if (t.startsWith(word, start) && !/\w/.test(t[start + word.length] ?? '')) {
        this.i += word.length;
        return kind === 'null' ? { kind: 'null', offset: start, length: word.length } : { kind: 'boolean', value: value as boolean, offset: start, length: word.length };
      }
    }
    if (/[A-Za-z_]/.test(c)) {
      const call = this.call(depth + 1);
      return { kind: 'call', call, offset: call.offset, length: call.length };
    }
    this.fail(`unexpected '${c}' in the argument list`, start, 1);
  }
}

/**
 * Parses `States.Name(args...)`. Leading blanks are an error (AWS rejects them); trailing blanks are
 * allowed. Returns the call or the first syntax error, with offsets inside `text`.
 */
export function parseIntrinsic(text: string): { call: IntrinsicCall } | { error: IntrinsicError } {
  const p = new Parser(text);
  try {
    if (text.length > 0 && /\s/.test(text[0])) p.fail('unexpected blank before the function name', 0, text.length - text.trimStart().length);
    const call = p.call(0);
    if (text.slice(p.i).trim() !== '') p.fail('unexpected text after the call', p.i, text.length - p.i);
    return { call };
  } catch (e) {
    if (e !== null && typeof e === 'object' && 'message' in e && 'offset' in e) return { error: e as IntrinsicError };
    throw e;
  }
}

/** Every call in a parsed call tree, outermost first. */
export function allCalls(call: IntrinsicCall): IntrinsicCall[] {
  const out: IntrinsicCall[] = [call];
  for (let k = 0; k < out.length; k++) for (const a of out[k].args) if (a.kind === 'call') out.push(a.call);
  return out;
}
