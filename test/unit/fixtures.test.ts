// Runs every rule fixture: test/fixtures/rules/<CODE>/{valid,invalid}-*.{json,yaml}. Invalid fixtures
// carry their expected findings inline; valid ones must yield none of the code; `<name>.fixed.<ext>`
// holds the text expected after applying the preferred fixes.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURES_DIR, parseFixture } from '../helpers/fixture';
import { applyPreferredFixes, assertFixture, runFixture } from '../helpers/check';

const codes = fs.existsSync(FIXTURES_DIR) ? fs.readdirSync(FIXTURES_DIR).filter((d) => /^[A-Z]+\d+$/.test(d)).sort() : [];

describe('rule fixtures', () => {
  for (const code of codes) {
    describe(code, () => {
      const dir = path.join(FIXTURES_DIR, code);
      const files = fs.readdirSync(dir).filter((f) => /^(valid|invalid)-.*\.(json|ya?ml)$/.test(f) && !/\.fixed\.(json|ya?ml)$/.test(f)).sort();
      for (const f of files) {
        it(f, () => {
          const file = path.join(dir, f);
          const run = runFixture(file, code);
          if (f.startsWith('invalid-')) assert.ok(run.expected.some((e) => e.code === code), `${f} must expect at least one ${code}`);
          else assert.ok(run.expected.every((e) => e.code !== code), `${f} is a valid fixture but expects ${code}`);
          assertFixture(run, file);
          const fixed = file.replace(/\.(json|ya?ml)$/, '.fixed.$1');
          if (fs.existsSync(fixed)) {
            const want = parseFixture(fs.readFileSync(fixed, 'utf8')).text;
            assert.strictEqual(applyPreferredFixes(run, code), want);
          }
        });
      }
    });
  }
});
