// Renders a CloudFormation-style value tree as JSON (intrinsics in long form) or as block-style YAML
// (intrinsics as short-form tags, multi-line strings as literal blocks), so one generated template
// exists in both formats with the same content.

/** An intrinsic function: `{"Fn::Sub": arg}` in JSON, `!Sub arg` in YAML. */
export class Intrinsic {
  constructor(
    readonly fn: string,
    readonly arg: unknown,
  ) {}
}

/** A multi-line string written as a YAML literal block (`|`); a plain JSON string otherwise. */
export class Block {
  constructor(readonly text: string) {}
}

export const Ref = (name: string): Intrinsic => new Intrinsic('Ref', name);
export const GetAtt = (res: string, attr: string): Intrinsic => new Intrinsic('Fn::GetAtt', [res, attr]);
export const Sub = (arg: unknown): Intrinsic => new Intrinsic('Fn::Sub', arg);
export const Join = (sep: string, parts: unknown[]): Intrinsic => new Intrinsic('Fn::Join', [sep, parts]);
export const If = (cond: string, a: unknown, b: unknown): Intrinsic => new Intrinsic('Fn::If', [cond, a, b]);
export const Equals = (a: unknown, b: unknown): Intrinsic => new Intrinsic('Fn::Equals', [a, b]);

const SHORT: Record<string, string> = {
  Ref: '!Ref',
  'Fn::GetAtt': '!GetAtt',
  'Fn::Sub': '!Sub',
  'Fn::Join': '!Join',
  'Fn::If': '!If',
  'Fn::Equals': '!Equals',
  'Fn::Select': '!Select',
  'Fn::Split': '!Split',
};

/** JSON text with two-space indentation (what `aws cloudformation` users write and tools print). */
export function renderJson(value: unknown): string {
  return JSON.stringify(toJson(value), null, 2) + '\n';
}

function toJson(v: unknown): unknown {
  if (v instanceof Intrinsic) return { [v.fn]: toJson(v.arg) };
  if (v instanceof Block) return v.text;
  if (Array.isArray(v)) return v.map(toJson);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toJson(x);
    return out;
  }
  return v;
}

const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;
const NUMBERISH = /^[-+.]?[0-9]/;
const PLAIN = /^[A-Za-z_/$][A-Za-z0-9 _./:*@${}=,()-]*$/;

function scalar(s: string): string {
  if (s !== '' && PLAIN.test(s) && !RESERVED.test(s) && !NUMBERISH.test(s) && !s.includes(': ') && !s.includes(' #') && !s.endsWith(':') && !s.endsWith(' ')) return s;
  return JSON.stringify(s);
}

/** Block-style YAML with CloudFormation short-form tags. */
export function renderYaml(value: unknown): string {
  const out: string[] = [];
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Intrinsic)) {
    for (const [k, v] of Object.entries(value)) for (const l of entry(k, v, 0)) out.push(l);
  } else out.push(inlineOrBlock(value, 0).join('\n'));
  return out.join('\n') + '\n';
}

function pad(n: number): string {
  return ' '.repeat(n);
}

/** Lines for `key: value` at `indent`. */
function entry(key: string, v: unknown, indent: number): string[] {
  const head = `${pad(indent)}${scalar(key)}:`;
  const body = valueLines(v, indent + 2);
  if (body.inline !== undefined) return [`${head} ${body.inline}`];
  return [body.tag !== undefined ? `${head} ${body.tag}` : head].concat(body.lines);
}

interface Rendered {
  /** The value fits on the key's line. */
  inline?: string;
  /** Tag (or block header) written on the key's line before `lines`. */
  tag?: string;
  lines: string[];
}

function valueLines(v: unknown, indent: number): Rendered {
  if (v instanceof Block) {
    return { tag: '|', lines: v.text.replace(/\n$/, '').split('\n').map((l) => (l === '' ? '' : pad(indent) + l)) };
  }
  if (v instanceof Intrinsic) {
    const tag = SHORT[v.fn];
    let arg = v.arg;
    if (v.fn === 'Fn::GetAtt' && Array.isArray(arg)) arg = `${arg[0]}.${arg[1]}`;
    if (typeof arg === 'string') return { inline: `${tag} ${scalar(arg)}`, lines: [] };
    if (arg instanceof Block) {
      const inner = valueLines(arg, indent);
      return { tag: `${tag} ${inner.tag}`, lines: inner.lines };
    }
    const inner = valueLines(arg, indent);
    if (inner.inline !== undefined) return { inline: `${tag} ${inner.inline}`, lines: [] };
    return { tag, lines: inner.lines };
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return { inline: '[]', lines: [] };
    const lines: string[] = [];
    for (const item of v) for (const l of seqItem(item, indent)) lines.push(l);
    return { lines };
  }
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v);
    if (entries.length === 0) return { inline: '{}', lines: [] };
    const lines: string[] = [];
    for (const [k, x] of entries) for (const l of entry(k, x, indent)) lines.push(l);
    return { lines };
  }
  if (typeof v === 'string') return { inline: scalar(v), lines: [] };
  return { inline: String(v), lines: [] };
}

/** Lines for `- item` at `indent`. */
function seqItem(item: unknown, indent: number): string[] {
  const r = valueLines(item, indent + 2);
  if (r.inline !== undefined) return [`${pad(indent)}- ${r.inline}`];
  if (r.tag !== undefined) return [`${pad(indent)}- ${r.tag}`].concat(r.lines);
  // A mapping or sequence item starts on the dash line.
  const first = r.lines[0].slice(indent + 2);
  return [`${pad(indent)}- ${first}`].concat(r.lines.slice(1));
}

function inlineOrBlock(v: unknown, indent: number): string[] {
  const r = valueLines(v, indent);
  if (r.inline !== undefined) return [r.inline];
  return r.tag !== undefined ? [r.tag].concat(r.lines) : r.lines;
}
