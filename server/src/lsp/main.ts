// Language server process entry point (stdio, node-ipc or socket, as chosen by the client arguments).

import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`awspolicy: uncaught ${e.stack ?? e}`));
startServer(connection);
