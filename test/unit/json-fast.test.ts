// The hand-written strict-JSON parser against the tolerant jsonc-parser path: on every JSON document of
// the shared corpus, on generated templates and on random JSON, the fast path either declines or builds
// the very same tree (node fields, values, offsets, lengths, offset maps, parent links) and problems.

import * as assert from 'assert';
import * as fs from 'fs';
import * as fc from 'fast-check';
import { MAX_NESTING, parseJson } from '../../server/src/core/parse/json';
import { parseJsonFast } from '../../server/src/core/parse/json-fast';
import { generate } from '../../bench/generate';
import { corpusFiles, requireCorpus } from '../helpers/corpus';
import { describeTree } from '../helpers/tree';

const accepted = (text: string): boolean => parseJsonFast(text, (_t, value, offset, length) => ({ type: 'string', offset, length, parent: undefined, value, contentOffset: offset + 1 }), MAX_NESTING) !== undefined;

function assertSame(text: string, label: string): void {
  assert.deepStrictEqual(describeTree(parseJson(text), text, { shape: true }), describeTree(parseJson(text, { slowPath: true }), text, { shape: true }), label);
}

describe('hand-written JSON parser (differential against jsonc-parser)', function () {
  this.timeout(300000);

  it('builds the same tree as the tolerant path on every corpus document it accepts', function () {
    requireCorpus(this);
    const files = corpusFiles(/\.(json|template)$/i).filter((f) => fs.readFileSync(f, 'utf8').trimStart().startsWith('{'));
    assert.ok(files.length > 1000, `corpus JSON files: ${files.length}`);
    let fast = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      if (!accepted(text)) continue;
      fast++;
      assertSame(text, f);
    }
    // Nearly every real document is strict JSON; a collapse of this share means the fast path broke.
    assert.ok(fast > files.length * 0.9, `fast path took ${fast} of ${files.length} corpus files`);
  });

  it('builds the same tree on generated documents (templates with DefinitionString, policies, state machines)', () => {
    for (const kind of ['cfn-json', 'iam', 'asl'] as const) {
      const text = generate(kind, '100KB').text;
      assert.ok(accepted(text), `${kind} is strict JSON`);
      assertSame(text, kind);
    }
  });

  it('agrees on random JSON, however it is laid out', () => {
    const layouts = fc.constantFrom(undefined, 0, 1, 2, 4, '\t', ' \r\n ');
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), layouts, (value, space) => {
        const text = JSON.stringify(value, null, space as string | number | undefined);
        assert.ok(accepted(text), text);
        assertSame(text, text);
      }),
      { numRuns: 400, seed: 20261129 },
    );
  });

  it('never disagrees on random fragments: it declines or builds the same tree', () => {
    const pieces = fc.constantFrom('"', '\\', '{', '}', '[', ']', '\n', '\r\n', '\t', 'a', ' ', ':', ',', '\\"', '\\u00e9', '\\u12', '\\b', '\\t', '1', '-', '.', 'e', '0', 'true', 'nul', '//', '/*', '\u00a0', '"k"', '"k":', '\u0001');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        if (accepted(text)) assertSame(text, JSON.stringify(text));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('handles the edges of the subset exactly as the tolerant path', () => {
    const same = [
      '{}', '[]', ' { } ', '"top"', '-0', '1.5e+3', '1E-2', '0.25', 'true', 'false', 'null', '[true,false,null]',
      '{"a":{"b":[1,{"c":"d"}]},"e":[]}', '{"a":1,"a":2,"b":{"x":1,"x":2}}', '{"\\u00e9\\n\\"q\\\\/":"\\ud83d\\ude00 \\ud800"}', '["\\b\\f\\n\\r\\t\\/", "a\\\\b"]',
      '{\r\n\t"k": "v"\r\n}\r\n', '[' .repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING), '{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
    ];
    for (const text of same) {
      assert.ok(accepted(text), JSON.stringify(text.slice(0, 40)));
      assertSame(text, JSON.stringify(text.slice(0, 40)));
    }
    const declined = [
      '', '   ', '{"a":1,}', '[1,]', '{"a":1 // c\n}', '/* c */ {}', '{"a":01}', '{"a":1.}', '{"a":-}', '{"a":1e}', '{"a":truex}', '{"a":tru}',
      '{"a":"x\ny"}', '{"a":"\\x41"}', '{"a":"\\u12g4"}', '{"a":"open', '{"a" 1}', '{a:1}', '[1 2]', '{} {}', '\u00a0{}', '{"a":1}\u2028',
      '['.repeat(MAX_NESTING + 1) + ']'.repeat(MAX_NESTING + 1), '{"a":true:1}', '[true"x"]', '{"a":1]', '[1}',
    ];
    for (const text of declined) {
      assert.strictEqual(accepted(text), false, JSON.stringify(text.slice(0, 40)));
      // Declined text still parses (tolerantly), to the same result with or without the fast path.
      assertSame(text, JSON.stringify(text.slice(0, 40)));
    }
  });
});
