import type http from 'node:http';
import { isDatabaseDown } from '@/lib/db/availability';
import { DATABASE_DOWN_HEADER } from '@/lib/health/outage';
import { listeningServers } from './http-server';

/**
 * Lets proxy.ts see public pages only while the database is down. Running
 * the proxy costs about half the throughput of a cached page (measured: the
 * front page 250 → 140 req/s), so its public-page matchers require the
 * DATABASE_DOWN_HEADER request header, and this listener, which runs before
 * Next's on every request, sets it only then (a flag read, no I/O): `rsc`
 * for the client router's requests, `1` for the others. A copy sent by a
 * client is removed.
 */
export function installOutageMarker(): void {
  const servers = listeningServers();
  if (servers.length === 0) {
    console.warn('[outage] no listening HTTP server found: during a database outage, pages that are not cached answer 500 instead of 503');
    return;
  }
  const mark = (req: http.IncomingMessage) => {
    // Next strips the router's RSC header before the proxy sees a request: say here that it was one.
    if (isDatabaseDown()) req.headers[DATABASE_DOWN_HEADER] = req.headers.rsc ? 'rsc' : '1';
    else if (DATABASE_DOWN_HEADER in req.headers) delete req.headers[DATABASE_DOWN_HEADER];
  };
  for (const server of servers) server.prependListener('request', mark);
}
