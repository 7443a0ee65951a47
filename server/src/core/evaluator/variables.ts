// Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'none'}`, `${*}`, `${?}`, `${$}`), as
// documented in "IAM policy elements: Variables and tags". Substitution happens only in policies whose
// Version is 2012-10-17; elsewhere the text is literal. One round only: a substituted value is never
// scanned again, and its `*` and `?` are literal characters.

import { LITERAL_QUESTION, LITERAL_STAR, markLiterals, propertyName } from './match';

/** The request context, looked up by lower-cased key (context key names are case-insensitive). */
export interface Context {
  get(lowerCaseKey: string): readonly string[] | undefined;
}

/**
 * Lower-cased context keys (of policies and of request contexts), memoised: the same few keys come back
 * in every evaluation. The memo is a prototype-less object rather than a Map (a keyed property load is
 * several times cheaper than Map.get, and every key of every request context comes through here).
 * The lower-cased key is returned as V8's one copy of that property name (see propertyName): the
 * context lookups compare keys with `===`, which for two such strings is a pointer comparison.
 */
const LOWER_MEMO: Record<string, string | undefined> = Object.create(null) as Record<string, string | undefined>;
let lowerMemoSize = 0;

export function lowerKey(key: string): string {
  let k = LOWER_MEMO[key];
  if (k === undefined) {
    k = propertyName(key.toLowerCase());
    if (lowerMemoSize < 4096) {
      LOWER_MEMO[key] = k;
      lowerMemoSize++;
    }
  }
  return k;
}

export interface Substitution {
  /** The text with variables replaced (literal wildcards marked), or null when a variable has no value. */
  value: string | null;
  /** The first variable that had no value and no default. */
  missing?: string;
}

const VARIABLE_BODY = /^\s*([^\s,'{}]+)\s*(?:,\s*'((?:[^']|'')*)'\s*)?$/;

/** A piece of a text with variables: literal text, or a variable to look up (with its default). */
export type Piece = string | VariablePiece;

export interface VariablePiece {
  name: string;
  /** The lower-cased context key. */
  key: string;
  /** The default value, with its wildcards marked as literals. */
  fallback: string | undefined;
}

/** Parsed texts by their source (policies repeat the same few patterns across many requests). */
const PARSED = new Map<string, Piece[]>();
const MAX_PARSED = 4096;

/** Splits `text` into literal pieces and variables, exactly as `substitute` reads it. */
function parse(text: string): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  let at = text.indexOf('${');
  while (at !== -1) {
    const close = text.indexOf('}', at + 2);
    if (close === -1) break;
    const body = text.slice(at + 2, close);
    let piece: Piece | undefined;
    if (body === '*') piece = LITERAL_STAR;
    else if (body === '?') piece = LITERAL_QUESTION;
    else if (body === '$') piece = '$';
    else {
      const m = VARIABLE_BODY.exec(body);
      if (m !== null) piece = { name: m[1], key: lowerKey(m[1]), fallback: m[2] === undefined ? undefined : markLiterals(m[2].replace(/''/g, "'")) };
    }
    if (piece === undefined) {
      // Not a variable (`${not a key}`): keep the text as written and go on after the `${`.
      pieces.push(text.slice(from, at + 2));
      from = at + 2;
    } else {
      if (at > from) pieces.push(text.slice(from, at));
      pieces.push(piece);
      from = close + 1;
    }
    at = text.indexOf('${', from);
  }
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}

/** The pieces of `text` (literal text and variables), as `substitute` reads it. */
export function piecesOf(text: string): Piece[] {
  let pieces = PARSED.get(text);
  if (pieces === undefined) {
    pieces = parse(text);
    if (PARSED.size < MAX_PARSED) PARSED.set(text, pieces);
  }
  return pieces;
}

/** Replaces the policy variables in `text` with values from `ctx`. */
export function substitute(text: string, ctx: Context): Substitution {
  if (text.indexOf('${') === -1) return { value: text };
  const pieces = piecesOf(text);
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    const values = ctx.get(p.key);
    // A multivalued key cannot be a policy variable: only a single value resolves.
    if (values !== undefined && values.length === 1) out += markLiterals(values[0]);
    else if (p.fallback !== undefined) out += p.fallback;
    else return { value: null, missing: p.name };
  }
  return { value: out };
}
