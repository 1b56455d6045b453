// SPDX-License-Identifier: MIT
// Preloaded (node --import) into a process under test: every way Node code can reach the network
// (sockets, DNS, http/https/tls, fetch) is made to fail and is written down, so a test can prove
// that nothing even tried. Worker threads inherit --import, and each records that it was guarded,
// so the test also knows the guard reached the threads where OCR runs.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { threadId } from 'node:worker_threads';

const log = process.env.LEAKLINE_NETWORK_LOG;
const note = (line) => {
  if (log) appendFileSync(log, `${line}\n`);
};
note(`guarded thread ${threadId}`);

function refuse(what) {
  return function refused() {
    note(`attempt ${what} from thread ${threadId}`);
    throw new Error(`network access attempted: ${what}`);
  };
}

/**
 * A Unix-domain socket is a file on this machine, not the network: tsx, which runs the CLI from
 * source, opens one to its parent process at start. Those pass; anything with a host or port fails.
 */
function localPath(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  return typeof first === 'string' ? first : typeof first?.path === 'string' && first.port === undefined && first.host === undefined ? first.path : null;
}

function unlessLocal(original, what) {
  const refused = refuse(what);
  return function guarded(...args) {
    if (localPath(args) !== null) return original.apply(this, args);
    return refused();
  };
}

net.Socket.prototype.connect = unlessLocal(net.Socket.prototype.connect, 'net.Socket.connect');
net.connect = unlessLocal(net.connect, 'net.connect');
net.createConnection = unlessLocal(net.createConnection, 'net.createConnection');
tls.connect = refuse('tls.connect');
dns.lookup = refuse('dns.lookup');
dns.resolve = refuse('dns.resolve');
dns.promises.lookup = refuse('dns.promises.lookup');
dns.promises.resolve = refuse('dns.promises.resolve');
http.request = refuse('http.request');
http.get = refuse('http.get');
https.request = refuse('https.request');
https.get = refuse('https.get');
globalThis.fetch = refuse('fetch');
