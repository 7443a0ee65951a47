// Process entry of the `awspolicy` CLI (bundled to dist/cli.js; bin/awspolicy.js loads it). The same
// file is the entry of the threads of `awspolicy check --jobs N`.

import { isCheckWorker, runCheckWorker } from './check-worker';
import { runCli } from './index';
import { processIO } from './io';

if (isCheckWorker()) runCheckWorker();
else {
  // `awspolicy check | head`: the reader went away; stop quietly, as other command-line tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
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
