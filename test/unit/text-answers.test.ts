// TextAnswers (core/memo.ts): answers remembered per key object and text, undefined answers included,
// all dropped once the bound is reached.

import * as assert from 'assert';
import { TextAnswers, UNKNOWN } from '../../server/src/core/memo';

describe('answers remembered by key and text', () => {
  it('remembers per key and text, including undefined answers', () => {
    const a = new TextAnswers<object, string | undefined>(10);
    const k1 = {};
    const k2 = {};
    assert.strictEqual(a.get(k1, 'x'), UNKNOWN);
    a.set(k1, 'x', 'one');
    a.set(k1, 'y', undefined);
    assert.strictEqual(a.get(k1, 'x'), 'one');
    assert.strictEqual(a.get(k1, 'y'), undefined);
    assert.strictEqual(a.get(k2, 'x'), UNKNOWN, 'another key');
    assert.strictEqual(a.get(k1, 'z'), UNKNOWN, 'another text');
  });

  it('drops every answer when the bound is reached, then remembers again', () => {
    const a = new TextAnswers<object, number>(3);
    const k = {};
    a.set(k, 'a', 1);
    a.set(k, 'b', 2);
    a.set(k, 'c', 3);
    assert.deepStrictEqual(['a', 'b', 'c'].map((t) => a.get(k, t)), [1, 2, 3]);
    a.set(k, 'd', 4);
    assert.deepStrictEqual(['a', 'b', 'c', 'd'].map((t) => a.get(k, t)), [UNKNOWN, UNKNOWN, UNKNOWN, 4]);
  });
});
