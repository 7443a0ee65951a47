// Preloaded (`node -r`) into the CLI and the language server by the offline test: every way Node code
// can reach the network (TCP/UDP sockets, TLS, DNS, HTTP(S), fetch) is replaced by a function that
// records the attempt, with its stack, in the file named by AWSPOLICY_NET_LOG and then fails. The LSP
// transport (stdio pipes, worker threads) uses none of these, so the log must stay empty.

/* eslint-disable @typescript-eslint/no-require-imports */
import * as fs from 'fs';

const log = process.env.AWSPOLICY_NET_LOG;

function record(what: string): never {
  const line = `${what} ${new Error().stack?.split('\n').slice(2, 8).join(' | ')}\n`;
  if (log) fs.appendFileSync(log, line);
  throw new Error(`awspolicy offline test: ${what} is not allowed`);
}

function trap(mod: Record<string, unknown>, names: string[], label: string): void {
  for (const n of names) {
    if (typeof mod[n] === 'function') {
      try {
        mod[n] = () => record(`${label}.${n}`);
      } catch {
        // Read-only export: the prototype traps below still catch its use.
      }
    }
  }
}

const net = require('net');
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (this: unknown, ...args: unknown[]) {
  const opts = args[0] as { path?: string } | string | undefined;
  // Local IPC pipes (a path) are not the network; TCP ports and hosts are.
  if (typeof opts === 'string' || (typeof opts === 'object' && opts !== null && typeof opts.path === 'string')) return originalConnect.apply(this, args);
  return record('net.Socket.connect');
};
trap(net, ['createServer'], 'net');
trap(require('tls'), ['connect', 'createServer'], 'tls');
const dns = require('dns');
trap(dns, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse', 'lookupService'], 'dns');
trap(dns.promises, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'], 'dns.promises');
trap(require('http'), ['request', 'get', 'createServer'], 'http');
trap(require('https'), ['request', 'get', 'createServer'], 'https');
trap(require('http2'), ['connect', 'createServer'], 'http2');
trap(require('dgram'), ['createSocket'], 'dgram');
(globalThis as Record<string, unknown>).fetch = () => record('fetch');
