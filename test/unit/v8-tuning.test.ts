// The V8 settings of the language server and the CLI: the environment override, and flags that this
// Node's V8 knows (V8 ignores an unknown flag after an "unrecognized flag" line on stderr: the tuning would be lost).

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { V8_FLAGS, v8FlagsFor } from '../../server/src/hosts/v8-tuning';

describe('V8 tuning', () => {
  it('uses the built-in flags unless AWSPOLICY_V8_FLAGS is set', () => {
    assert.deepStrictEqual(v8FlagsFor({}), V8_FLAGS);
    assert.deepStrictEqual(v8FlagsFor({ AWSPOLICY_V8_FLAGS: '' }), []);
    assert.deepStrictEqual(v8FlagsFor({ AWSPOLICY_V8_FLAGS: '  --max-lazy   --no-opt ' }), ['--max-lazy', '--no-opt']);
  });

  it('sets only flags that this V8 knows', () => {
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    for (const flag of V8_FLAGS) {
      const name = flag.replace(/=.*$/, '');
      assert.ok(options.includes(`  ${name} (`), `V8 does not know ${name}`);
    }
  });
});
