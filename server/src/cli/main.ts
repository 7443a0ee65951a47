// Process entry of the `awspolicy` CLI (bundled to dist/cli.js; bin/awspolicy.js loads it). The same
// file is the entry of the threads of `awspolicy check --jobs N`.

import { isCheckWorker, runCheckWorker } from './check-worker';
import { runCli } from './index';
import { processIO } from './io';
import { tuneV8 } from '../hosts/v8-tuning';

tuneV8();

if (isCheckWorker()) runCheckWorker();
else {
  // `awspolicy check | head`: the reader went away. Write nothing more and print no stack trace, but
  // finish the run, so the exit status is still the check's own (1 when it found errors) for scripts
  // that read it (`set -o pipefail`).
  let readerGone = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      readerGone = true;
      return;
    }
    throw e;
  });
  const stdout = (text: string): void => {
    if (!readerGone) processIO.stdout(text);
  };
  runCli(process.argv.slice(2), { ...processIO, stdout, workerScript: __filename }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`awspolicy: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
