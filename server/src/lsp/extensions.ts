// Registration point for capability-specific protocol handlers (simulation, state machine graph, ...).
// Each capability adds one `register…(connection, server)` call here and keeps its handler in its own file.

import type { Connection } from 'vscode-languageserver/node';
import type { ServerHandle } from './server';
import { registerAsl } from './asl';
import { registerSimulation } from './simulate';

export function registerExtensions(connection: Connection, server: ServerHandle): void {
  void connection;
  void server;
  registerAsl(connection, server);
  registerSimulation(connection, server);
}
