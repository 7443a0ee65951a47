// Analysis ahead of the debounce (server/src/lsp/ahead.ts): an edited version is analysed once typing
// pauses, timed to end with the debounce by how long the document's last analysis took; the debounced
// validation takes that analysis for the same version only; a newer version or a closed document
// forgets it.

import * as assert from 'assert';
import { AnalysisAhead, Started } from '../../server/src/lsp/ahead';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A document whose version the test sets, and a record of the analyses started. */
function setup(pauseMs = 20, takesMs = 0) {
  const versions = new Map<string, number>();
  const startedFor: string[] = [];
  const ahead = new AnalysisAhead<string>(
    pauseMs,
    (uri): Started<string> | undefined => {
      const version = versions.get(uri);
      if (version === undefined) return undefined;
      startedFor.push(`${uri}@${version}`);
      const answer = uri.startsWith('cancelled') ? 'cancelled' : `analysis of ${uri}@${version}`;
      return { version, result: sleep(takesMs).then(() => answer) };
    },
    (r) => r !== 'cancelled',
  );
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
    assert.deepStrictEqual(startedFor, ['a@2'], 'one analysis after the pause (how long it takes is not known yet)');
    assert.strictEqual(ahead.take('a', 1), undefined, 'not for another version');
    versions.set('b', 5);
    ahead.arm('b', 200);
    await sleep(60);
    assert.strictEqual(await ahead.take('b', 5), 'analysis of b@5');
    assert.strictEqual(ahead.take('b', 5), undefined, 'handed out once');
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
    ahead.observe('a', 1000);
    ahead.arm('a', 200);
    assert.strictEqual(ahead.take('a', 2), undefined, 'the version-2 analysis is gone');
    await sleep(60);
    assert.deepStrictEqual(startedFor, ['a@2', 'a@3']);
    assert.strictEqual(await ahead.take('a', 3), 'analysis of a@3');
  });

  it('times a quick analysis to end with the debounce, and a slow one as soon as typing pauses', async () => {
    const { versions, startedFor, ahead } = setup(20);
    versions.set('quick', 2);
    ahead.observe('quick', 10);
    ahead.arm('quick', 400);
    versions.set('slow', 2);
    ahead.observe('slow', 500);
    ahead.arm('slow', 400);
    await sleep(150);
    assert.deepStrictEqual(startedFor, ['slow@2'], 'the slow one started after the pause; the quick one waits');
    await sleep(300);
    assert.deepStrictEqual(startedFor, ['slow@2', 'quick@2'], 'the quick one started before the debounce ends');
  });

  it('learns how long the analysis takes from its own complete runs, not from cancelled ones', async () => {
    const { versions, startedFor, ahead } = setup(20);
    versions.set('a', 2);
    ahead.arm('a', 400);
    await sleep(60);
    assert.strictEqual(await ahead.take('a', 2), 'analysis of a@2');
    // It took ~0 ms: the next version is analysed just before the debounce ends, not after the pause.
    versions.set('a', 3);
    ahead.arm('a', 400);
    await sleep(150);
    assert.deepStrictEqual(startedFor, ['a@2']);
    versions.set('cancelled', 2);
    ahead.arm('cancelled', 400);
    await sleep(60);
    assert.strictEqual(await ahead.take('cancelled', 2), 'cancelled');
    versions.set('cancelled', 3);
    ahead.arm('cancelled', 400);
    await sleep(60);
    assert.deepStrictEqual(startedFor, ['a@2', 'cancelled@2', 'cancelled@3'], 'a cancelled run taught nothing: still after the pause');
  });

  it('starts nothing when the debounce is no longer than the pause, after close, or when the start declines', async () => {
    const { versions, startedFor, ahead } = setup();
    versions.set('short', 2);
    ahead.arm('short', 20);
    ahead.arm('short', 0);
    versions.set('closed', 2);
    ahead.arm('closed', 200);
    ahead.close('closed');
    ahead.arm('unknown', 200);
    await sleep(60);
    assert.deepStrictEqual(startedFor, []);
    assert.strictEqual(ahead.take('unknown', 1), undefined);
  });

  it('does not learn from an analysis that ends after its document was closed', async () => {
    const { versions, startedFor, ahead } = setup(20, 50);
    versions.set('a', 2);
    ahead.arm('a', 400);
    await sleep(40);
    assert.deepStrictEqual(startedFor, ['a@2'], 'running when the document closes');
    ahead.close('a');
    await sleep(60);
    // Reopened and edited: nothing is known of it, so its analysis starts after the pause again.
    versions.set('a', 3);
    ahead.arm('a', 400);
    await sleep(60);
    assert.deepStrictEqual(startedFor, ['a@2', 'a@3']);
  });

  it('keeps documents apart, and forgets how long a closed document took', async () => {
    const { versions, startedFor, ahead } = setup();
    versions.set('a', 2);
    versions.set('b', 7);
    ahead.observe('a', 5);
    ahead.close('a');
    ahead.arm('a', 200);
    ahead.arm('b', 200);
    await sleep(60);
    assert.deepStrictEqual(startedFor.sort(), ['a@2', 'b@7']);
    ahead.close('a');
    assert.strictEqual(ahead.take('a', 2), undefined);
    assert.strictEqual(await ahead.take('b', 7), 'analysis of b@7');
  });
});
