// Process entry of the `awspolicy` CLI (bundled to dist/cli.js; bin/awspolicy.js loads it).

import { runCli } from './index';
import { processIO } from './io';

runCli(process.argv.slice(2), processIO).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`awspolicy: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  },
);
