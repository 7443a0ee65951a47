// Sharing the policies of batch lines. A batch file repeats the same policies on line after line, and each
// parsed line was a new set of objects, so the per-object cache of prepared policies (engine.ts) never hit:
// every line prepared every policy again (a third of the time of a batch line), after parsing them again
// (another third). The pool keys each line's policies by their JSON text, cut out of the line by a small
// scanner: a line whose `policies` text was seen before gets the objects (and prepared forms) of the first
// such line, and only the rest of it is parsed. (Keying by the parsed objects, with JSON.stringify, cost as
// much as preparing them.)

import { ReadResult, readSimulationJson, readSimulationValue } from './request';
import type { SimulationPolicies } from './types';

/** Distinct policies texts kept, and their total length, before the pool starts afresh. */
const MAX_ENTRIES = 1024;
const MAX_CHARS = 32 * 1024 * 1024;

export class PolicyPool {
  private byText = new Map<string, SimulationPolicies>();
  private chars = 0;

  /**
   * Reads a batch line (strict JSON, see readSimulationJson). When its `policies` value is the same text as
   * an earlier line's, it gets that line's policy objects and only the rest of the line is parsed; `reuse`
   * says whether the policies are kept by the pool (then evaluate with the default `reusePolicies`,
   * otherwise pass false). A line that does not read is read again as a whole, so its error is the same.
   */
  read(line: string): ReadResult & { reuse: boolean } {
    const at = policiesAt(line);
    if (at === undefined) return { ...readSimulationJson(line), reuse: false };
    const text = line.slice(at[0], at[1]);
    const known = this.byText.get(text);
    if (known !== undefined) {
      let value: unknown;
      try {
        value = JSON.parse(line.slice(0, at[0]) + '0' + line.slice(at[1]));
      } catch {
        value = undefined;
      }
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        (value as { policies: unknown }).policies = known;
        const r = readSimulationValue(value);
        if (r.ok) return { ...r, reuse: true };
      }
      return { ...readSimulationJson(line), reuse: false };
    }
    const r = readSimulationJson(line);
    if (!r.ok) return { ...r, reuse: false };
    if (this.byText.size >= MAX_ENTRIES || this.chars + text.length > MAX_CHARS) {
      this.byText = new Map();
      this.chars = 0;
    }
    if (text.length > MAX_CHARS) return { ...r, reuse: false };
    this.byText.set(text, r.input.policies);
    this.chars += text.length;
    return { ...r, reuse: true };
  }
}

const WS = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The end of the JSON string starting at `i` (its opening quote), past the closing quote; -1 if unterminated. */
function stringEnd(s: string, i: number): number {
  // indexOf is native: strings are most of a policy's text, and a character loop over them cost more than pooling saved.
  let q = s.indexOf('"', i + 1);
  while (q !== -1) {
    // The quote closes the string unless an odd number of backslashes precedes it.
    let b = q - 1;
    while (s.charCodeAt(b) === 0x5c) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
    q = s.indexOf('"', q + 1);
  }
  return -1;
}

/** The end of the JSON value starting at `i`; -1 when it is not well formed enough to tell. */
function valueEnd(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 0x22) return stringEnd(s, i);
  if (c !== 0x7b && c !== 0x5b) {
    // A scalar: up to the next delimiter.
    let j = i;
    while (j < s.length) {
      const d = s.charCodeAt(j);
      if (d === 0x2c || d === 0x7d || d === 0x5d || WS(d)) break;
      j++;
    }
    return j > i ? j : -1;
  }
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const d = s.charCodeAt(j);
    if (d === 0x22) {
      j = stringEnd(s, j) - 1;
      if (j < 0) return -1;
    } else if (d === 0x7b || d === 0x5b) depth++;
    else if ((d === 0x7d || d === 0x5d) && --depth === 0) return j + 1;
  }
  return -1;
}

/**
 * Where the top-level `"policies"` value of a JSON object is (start and end offsets; the last one, as
 * JSON.parse keeps the last of duplicate keys), or undefined when the text does not have that shape or
 * spells the key with escapes.
 */
export function policiesAt(s: string): [number, number] | undefined {
  let i = 0;
  const skip = (): void => {
    while (i < s.length && WS(s.charCodeAt(i))) i++;
  };
  skip();
  if (s.charCodeAt(i) !== 0x7b) return undefined;
  i++;
  let found: [number, number] | undefined;
  for (;;) {
    skip();
    if (s.charCodeAt(i) === 0x7d) return found;
    if (s.charCodeAt(i) !== 0x22) return undefined;
    const keyEnd = stringEnd(s, i);
    if (keyEnd < 0) return undefined;
    const key = s.slice(i, keyEnd);
    if (key.includes('\\')) return undefined;
    i = keyEnd;
    skip();
    if (s.charCodeAt(i) !== 0x3a) return undefined;
    i++;
    skip();
    const end = valueEnd(s, i);
    if (end < 0) return undefined;
    if (key === '"policies"') found = [i, end];
    i = end;
    skip();
    if (s.charCodeAt(i) === 0x2c) i++;
    else if (s.charCodeAt(i) === 0x7d) return found;
    else return undefined;
  }
}
