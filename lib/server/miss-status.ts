import type http from 'node:http';
import { listeningServers } from './http-server';

/**
 * The status codes Next's app router cannot send (ADR 019): 301 for moved
 * pages and 410 for unpublished articles. `permanentRedirect()` answers 308,
 * and `notFound()` 404 with no 410 sibling (Next 16 has none), so:
 *
 * - the routes decide as usual (lib/redirects/answer.ts): a moved path calls
 *   permanentRedirect(), a gone one notFound() after noting the path in the
 *   gone list below;
 * - this listener, which runs before Next's on every request, wraps
 *   `writeHead` of public GET/HEAD requests (no I/O, no lookup): a 308
 *   becomes 301 (the same permanent redirect for GET and HEAD) and a 404 at
 *   a path in the gone list becomes 410.
 *
 * The gone list lives in this process (globalThis: routes and
 * instrumentation are bundled apart). A 404 served from a cache entry another
 * instance rendered, or from before a restart, stays a 404 until this
 * process renders the path again (within a minute: misses are short-lived
 * cache entries). Only 404s are changed, so a stale entry can never turn a
 * live page into a 410.
 */

const GONE = Symbol.for('newsroom.gone-paths');
const MAX_GONE = 10_000;

function goneList(): Map<string, true> {
  const g = globalThis as Record<symbol, unknown>;
  g[GONE] ??= new Map<string, true>();
  return g[GONE] as Map<string, true>;
}

/** The route found that `path` was an article that is no longer published. */
export function markGone(path: string): void {
  const list = goneList();
  list.delete(path);
  list.set(path, true);
  if (list.size > MAX_GONE) list.delete(list.keys().next().value!);
}

/** The route found something else at `path` (a redirect, nothing at all). */
export function forgetGone(path: string): void {
  goneList().delete(path);
}

/** The status to send instead of `status`. Pure apart from the list: unit tested. */
export function missStatus(method: string | undefined, pathname: string, status: number, gone: ReadonlyMap<string, true> = goneList()): number {
  if (method !== 'GET' && method !== 'HEAD') return status;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return status;
  if (status === 308) return 301;
  if (status === 404 && gone.has(pathname)) return 410;
  return status;
}

type WriteHead = http.ServerResponse['writeHead'];

export function installMissStatus(): void {
  const servers = listeningServers();
  if (servers.length === 0) {
    console.warn('[miss-status] no listening HTTP server found: moved pages answer 308 and unpublished articles 404');
    return;
  }
  const wrap = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return;
    const writeHead = res.writeHead as (...args: unknown[]) => http.ServerResponse;
    res.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
      const pathname = (req.url ?? '/').split('?')[0];
      const mapped = missStatus(req.method, pathname, status);
      // A reason phrase given for the old code would be wrong for the new one.
      if (mapped !== status && typeof rest[0] === 'string') rest.shift();
      return writeHead.call(this, mapped, ...rest);
    } as WriteHead;
  };
  for (const server of servers) server.prependListener('request', wrap);
}
