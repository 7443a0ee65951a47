// Process entry of the `awspolicy` CLI (bundled to dist/cli.js; bin/awspolicy.js loads it). The same
// file is the entry of the threads of `awspolicy check --jobs N`.

import { isCheckWorker, runCheckWorker } from './check-worker';
import { runCli } from './index';
import { processIO } from './io';

if (isCheckWorker()) runCheckWorker();
else {
  runCli(process.argv.slice(2), { ...processIO, workerScript: __filename }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`awspolicy: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
