import type http from 'node:http';
import { markPeerAddressInstalled, PEER_HEADER } from './client-address';
import { listeningServers } from './http-server';

/**
 * Writes each request's TCP peer address into PEER_HEADER before Next sees
 * the request (replacing any copy sent by the client), so that
 * lib/server/client-address.ts can tell a trusted proxy from a client.
 * Runs from instrumentation.ts, like lib/server/outage-marker.ts.
 */
export function installPeerAddress(): void {
  const servers = listeningServers();
  if (servers.length === 0) {
    console.warn('[client-address] no listening HTTP server found: client addresses are "unknown" and every client shares one sign-in limit');
    return;
  }
  const mark = (req: http.IncomingMessage) => {
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
  };
  for (const server of servers) server.prependListener('request', mark);
  markPeerAddressInstalled();
}
