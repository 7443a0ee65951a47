// Language server process entry point (stdio, node-ipc or socket, as chosen by the client arguments).
// The analysis worker thread runs worker.ts, beside this file (its own bundle, dist/worker.js): this
// thread loads only the protocol side, and the core's analysis code when an extension handler needs it.

import './memory';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';
import { tuneV8 } from '../hosts/v8-tuning';

tuneV8();

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`awspolicy: uncaught ${e.stack ?? e}`));
startServer(connection);
