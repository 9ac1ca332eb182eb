import type http from 'node:http';
import { addressKey, resolveClientAddress, trustedProxies } from '../server/client-address';
import { formatBytes } from '../server/body';
import { listeningServers } from '../server/http-server';
import { SECURITY_HEADERS } from '../security/headers.mjs';
import { BEACON_BODY_LIMIT, BEACON_PATH } from './beacon';
import { acceptBeacon, NO_STORE } from './endpoint';

/**
 * Answers `POST /beacon` on Next's HTTP server before Next sees it (ADR 018).
 * Through Next's router a beacon costs ~4 ms of CPU (measured, busy VM), far
 * more than the cached page it counts; here it is a body read, a zod parse
 * and a Map update. Same rules as the route handler (app/beacon/route.ts,
 * which answers when this is not installed, e.g. under a custom server):
 * acceptBeacon() in ./endpoint.ts. Installed by instrumentation.ts after the
 * other request listeners, which it keeps, in order, for every other request.
 */
const INSTALLED = Symbol.for('newsroom.beacon-fast-path');

const headerSource = (req: http.IncomingMessage) => ({
  get(name: string): string | null {
    const v = req.headers[name.toLowerCase()];
    return Array.isArray(v) ? v.join(', ') : (v ?? null);
  },
});

function send(res: http.ServerResponse, status: number, body?: object) {
  const headers: Record<string, string> = { ...NO_STORE };
  for (const h of SECURITY_HEADERS) headers[h.key] = h.value;
  if (body) headers['Content-Type'] = 'application/json';
  if (status === 413) headers.Connection = 'close';
  res.writeHead(status, headers);
  res.end(body ? JSON.stringify(body) : undefined);
}

function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const declared = Number(req.headers['content-length'] ?? '');
  const tooLarge = () => send(res, 413, { error: `The request body is too large (${formatBytes(BEACON_BODY_LIMIT)} at most).` });
  if (Number.isFinite(declared) && declared > BEACON_BODY_LIMIT) return tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  req.on('data', (chunk: Buffer) => {
    if (done) return;
    size += chunk.length;
    if (size > BEACON_BODY_LIMIT) {
      done = true;
      tooLarge();
      req.destroy();
      return;
    }
    chunks.push(chunk);
  });
  req.on('error', () => {
    done = true;
  });
  req.on('end', () => {
    if (done) return;
    done = true;
    const headers = headerSource(req);
    const answer = acceptBeacon(Buffer.concat(chunks), headers, () =>
      addressKey(
        resolveClientAddress({ peer: req.socket.remoteAddress ?? null, forwardedFor: headers.get('x-forwarded-for'), realIp: headers.get('x-real-ip') }, trustedProxies()),
      ),
    );
    if (answer.status === 204) send(res, 204);
    else send(res, 400, answer.body);
  });
}

/** Installs the fast path on every listening server (once per process); whether it is on. */
export function installBeaconFastPath(): boolean {
  const g = globalThis as Record<symbol, unknown>;
  if (g[INSTALLED]) return true;
  const servers = listeningServers();
  if (servers.length === 0) return false;
  for (const server of servers) {
    const others = server.listeners('request') as ((req: http.IncomingMessage, res: http.ServerResponse) => void)[];
    server.removeAllListeners('request');
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      if (req.method === 'POST' && req.url === BEACON_PATH) return handle(req, res);
      for (const listener of others) listener.call(server, req, res);
    });
  }
  g[INSTALLED] = true;
  return true;
}
