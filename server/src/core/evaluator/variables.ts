// Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'none'}`, `${*}`, `${?}`, `${$}`), as
// documented in "IAM policy elements: Variables and tags". Substitution happens only in policies whose
// Version is 2012-10-17; elsewhere the text is literal. One round only: a substituted value is never
// scanned again, and its `*` and `?` are literal characters.

import { LITERAL_QUESTION, LITERAL_STAR, markLiterals } from './match';

/** The request context, looked up by lower-cased key (context key names are case-insensitive). */
export interface Context {
  get(lowerCaseKey: string): readonly string[] | undefined;
}

export interface Substitution {
  /** The text with variables replaced (literal wildcards marked), or null when a variable has no value. */
  value: string | null;
  /** The first variable that had no value and no default. */
  missing?: string;
}

const VARIABLE_BODY = /^\s*([^\s,'{}]+)\s*(?:,\s*'((?:[^']|'')*)'\s*)?$/;

/** Replaces the policy variables in `text` with values from `ctx`. */
export function substitute(text: string, ctx: Context): Substitution {
  let at = text.indexOf('${');
  if (at === -1) return { value: text };
  let out = '';
  let from = 0;
  while (at !== -1) {
    const close = text.indexOf('}', at + 2);
    if (close === -1) break;
    const body = text.slice(at + 2, close);
    let replacement: string | null | undefined;
    if (body === '*') replacement = LITERAL_STAR;
    else if (body === '?') replacement = LITERAL_QUESTION;
    else if (body === '$') replacement = '$';
    else {
      const m = VARIABLE_BODY.exec(body);
      if (m !== null) {
        const values = ctx.get(m[1].toLowerCase());
        // A multivalued key cannot be a policy variable: only a single value resolves.
        if (values !== undefined && values.length === 1) replacement = markLiterals(values[0]);
        else if (m[2] !== undefined) replacement = markLiterals(m[2].replace(/''/g, "'"));
        else return { value: null, missing: m[1] };
      }
    }
    if (replacement === undefined) {
      // Not a variable (`${not a key}`): keep the text as written and go on after the `${`.
      out += text.slice(from, at + 2);
      from = at + 2;
    } else {
      out += text.slice(from, at) + replacement;
      from = close + 1;
    }
    at = text.indexOf('${', from);
  }
  return { value: out + text.slice(from) };
}
