// Language server process entry point (stdio, node-ipc or socket, as chosen by the client arguments).
// The same bundle also runs as the analysis worker thread (worker.ts starts itself in that role).

import { isMainThread } from 'worker_threads';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';
import './worker';

if (isMainThread) {
  const connection = createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (e) => connection.console.error(`awspolicy: uncaught ${e.stack ?? e}`));
  startServer(connection);
}
