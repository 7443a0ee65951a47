// The size quotas (IAM501–IAM505) measure a policy as AWS stores it: JSON without whitespace. The size
// is counted on the tree (rules/shared/size.ts) and must equal the length of
// `JSON.stringify(toValue(root))`, in UTF-16 units and in UTF-8 bytes, for any document.

import * as assert from 'assert';
import fc from 'fast-check';
import { parseText } from '../../server/src/core/parse';
import { toValue } from '../../server/src/core/parse/tree';
import { minifiedSize } from '../../server/src/core/rules/shared/size';

function expected(text: string, format: 'json' | 'yaml'): { characters: number; bytes: number } | undefined {
  const root = parseText(text, format).root;
  if (root === undefined) return undefined;
  const s = JSON.stringify(toValue(root)) ?? '';
  return { characters: s.length, bytes: Buffer.byteLength(s, 'utf8') };
}

function measured(text: string, format: 'json' | 'yaml'): { characters: number; bytes: number } | undefined {
  const root = parseText(text, format).root;
  if (root === undefined) return undefined;
  return { characters: minifiedSize(root, false, 0), bytes: minifiedSize(root, true, 0) };
}

describe('policy size on the tree (IAM501–IAM505)', () => {
  it('equals the minified JSON text of the value on edge cases: escapes, non-ASCII, surrogates, repeated keys, numbers, empty containers', () => {
    const cases: [string, 'json' | 'yaml'][] = [
      ['{"Version":"2012-10-17","Statement":[]}', 'json'],
      ['{ "a": "quote \\" backslash \\\\ tab \\t nl \\n ctrl \\u0001 del \\u007f" }', 'json'],
      ['{ "é": "ünïcødé — 日本語 😀", "k": ["\\ud83d", "\\ude00", "x\\ud83dy"] }', 'json'],
      ['{ "a": 1, "b": 2, "a": { "c": [] } }', 'json'],
      ['{ "n": [0, -0, 1.0, 1e21, 1E-7, 123456789012345678901234567890, -3.25] }', 'json'],
      ['{ "o": {}, "a": [], "t": true, "f": false, "z": null }', 'json'],
      ['{ "__proto__": { "x": 1 }, "constructor": "c", "2": "two", "1": "one" }', 'json'],
      ['{ "Statement": [ { "Effect": "Allow", "Action": "s3:*", "Resource": "*" ', 'json'],
      ['Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Action: [s3:GetObject]\n    Resource: !Sub "arn:aws:s3:::${B}/*"\n', 'yaml'],
      ['a: .inf\nb: -.inf\nc: .nan\nd: 0x1F\ne: ~\nf: "x\\ty"\ng: 日本\n', 'yaml'],
      ['a: 1\na: 2\nb: [1, 2, {c: d}]\n', 'yaml'],
      // More properties than are compared pairwise: repeated keys found through the key index.
      [`{ ${Array.from({ length: 40 }, (_, i) => `"k${i % 13}": ${i % 3 === 0 ? `"v${i}"` : i}`).join(', ')} }`, 'json'],
    ];
    for (const [text, format] of cases) assert.deepStrictEqual(measured(text, format), expected(text, format), text);
  });

  it('equals the minified JSON text of the value for random JSON documents (2,000 cases)', () => {
    const key = fc.oneof(fc.string({ maxLength: 6, unit: 'binary' }), fc.constantFrom('Statement', 'a', 'a', '__proto__'));
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 10, unit: 'binary' }),
        fc.string({ maxLength: 10, unit: 'grapheme' }),
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 4 }),
        // Entries, not an object: repeated keys must survive into the text.
        fc.array(fc.tuple(key, tie('v')), { maxLength: 4 }).map((entries) => ({ entries })),
      ),
    })).v;
    const render = (v: unknown): string => {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        return `{ ${(v as { entries: [string, unknown][] }).entries.map(([k, x]) => `${JSON.stringify(k)}: ${render(x)}`).join(', ')} }`;
      }
      if (Array.isArray(v)) return `[${v.map(render).join(',\n ')}]`;
      return JSON.stringify(v) ?? 'null';
    };
    fc.assert(
      fc.property(value, (v) => {
        const text = render(v);
        assert.deepStrictEqual(measured(text, 'json'), expected(text, 'json'), text);
      }),
      { numRuns: 2000, seed: 20261129 },
    );
  });
});
