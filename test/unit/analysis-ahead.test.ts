// Analysis ahead of the debounce (server/src/lsp/ahead.ts): an edited version is analysed once typing
// pauses, the debounced validation takes that analysis for the same version only, and a newer version or
// a closed document forgets it.

import * as assert from 'assert';
import { AnalysisAhead, Started } from '../../server/src/lsp/ahead';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A document whose version the test sets, and a record of the analyses started. */
function setup(pauseMs = 20) {
  const versions = new Map<string, number>();
  const startedFor: string[] = [];
  const ahead = new AnalysisAhead<string>(pauseMs, (uri): Started<string> | undefined => {
    const version = versions.get(uri);
    if (version === undefined) return undefined;
    startedFor.push(`${uri}@${version}`);
    return { version, result: Promise.resolve(`analysis of ${uri}@${version}`) };
  });
  return { versions, startedFor, ahead };
}

describe('analysis ahead of the debounce', () => {
  it('starts the analysis once typing pauses, and hands it to the validation of that version once', async () => {
    const { versions, startedFor, ahead } = setup();
    versions.set('a', 2);
    ahead.arm('a', 200);
    assert.deepStrictEqual(startedFor, [], 'nothing starts before the pause');
    assert.strictEqual(ahead.take('a', 2), undefined);
    ahead.arm('a', 200);
    await sleep(60);
    assert.deepStrictEqual(startedFor, ['a@2'], 'one analysis after the pause');
    assert.strictEqual(ahead.take('a', 1), undefined, 'not for another version');
    ahead.arm('a', 200);
    await sleep(60);
    assert.strictEqual(await ahead.take('a', 2), 'analysis of a@2');
    assert.strictEqual(ahead.take('a', 2), undefined, 'handed out once');
  });

  it('a keystroke before the pause ends restarts the wait: only the last version is analysed', async () => {
    const { versions, startedFor, ahead } = setup();
    for (let v = 2; v <= 6; v++) {
      versions.set('a', v);
      ahead.arm('a', 200);
    }
    await sleep(60);
    assert.deepStrictEqual(startedFor, ['a@6']);
    assert.strictEqual(await ahead.take('a', 6), 'analysis of a@6');
  });

  it('a newer version forgets the analysis started for the older one', async () => {
    const { versions, startedFor, ahead } = setup();
    versions.set('a', 2);
    ahead.arm('a', 200);
    await sleep(60);
    versions.set('a', 3);
    ahead.arm('a', 200);
    assert.strictEqual(ahead.take('a', 2), undefined, 'the version-2 analysis is gone');
    await sleep(60);
    assert.deepStrictEqual(startedFor, ['a@2', 'a@3']);
    assert.strictEqual(await ahead.take('a', 3), 'analysis of a@3');
  });

  it('starts nothing when the debounce is no longer than the pause, after forget, or when the start declines', async () => {
    const { versions, startedFor, ahead } = setup();
    versions.set('short', 2);
    ahead.arm('short', 20);
    ahead.arm('short', 0);
    versions.set('closed', 2);
    ahead.arm('closed', 200);
    ahead.forget('closed');
    ahead.arm('unknown', 200);
    await sleep(60);
    assert.deepStrictEqual(startedFor, []);
    assert.strictEqual(ahead.take('unknown', 1), undefined);
  });

  it('keeps documents apart', async () => {
    const { versions, startedFor, ahead } = setup();
    versions.set('a', 2);
    versions.set('b', 7);
    ahead.arm('a', 200);
    ahead.arm('b', 200);
    await sleep(60);
    ahead.forget('a');
    assert.deepStrictEqual(startedFor.sort(), ['a@2', 'b@7']);
    assert.strictEqual(ahead.take('a', 2), undefined);
    assert.strictEqual(await ahead.take('b', 7), 'analysis of b@7');
  });
});
