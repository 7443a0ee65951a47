// Every request handler runs inside runSafe: cancellation is honoured and an exception is logged and
// turned into an empty result, so one bad document never takes the server down.

import { CancellationToken, Connection, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

export function runSafe<T, D>(connection: Connection, name: string, token: CancellationToken, fallback: D, fn: () => T): T | D | ResponseError<void> {
  if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  try {
    const result = fn();
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return result;
  } catch (e) {
    connection.console.error(`awspolicy: ${name} failed: ${(e as Error).stack ?? String(e)}`);
    return fallback;
  }
}

/** `runSafe` for handlers that wait on the analysis worker. */
export async function runSafeAsync<T, D>(connection: Connection, name: string, token: CancellationToken, fallback: D, fn: () => Promise<T>): Promise<T | D | ResponseError<void>> {
  if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  try {
    const result = await fn();
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return result;
  } catch (e) {
    connection.console.error(`awspolicy: ${name} failed: ${(e as Error).stack ?? String(e)}`);
    return fallback;
  }
}
