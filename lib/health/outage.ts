import { randomUUID } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { isDatabaseDown } from '@/lib/db/availability';

/**
 * Public pages while the database is down (called by proxy.ts): pages in
 * Next's cache keep answering 200; the others answer 503 with Retry-After and
 * the styled page of app/unavailable/page.tsx.
 *
 * Why here: once Next renders a page, its status is no longer ours to choose.
 * A failed render of a cacheable page answers a bare 500 (an empty
 * `__next_error__` document), a failed streamed render (search) even a 200,
 * and Next has no 503 equivalent of notFound(). The proxy runs before
 * rendering, but it cannot see whether a page is cached. So while the
 * database is known to be down (lib/db/availability.ts; no I/O when it is
 * up), it asks this same instance for the page over loopback, marked with a
 * per-process header that the proxy lets through: a cached page comes back as
 * is; a page that needed the database fails (fast: DATABASE_CONNECT_TIMEOUT_MS)
 * and becomes a 503. Search (always rendered per request) and the client
 * router's requests (whose RSC headers Next strips before the proxy) get
 * the 503 directly; the router then loads the page as a document. When the
 * database is up the proxy does not even run for public pages
 * (lib/server/outage-marker.ts).
 */
/** Set by lib/server/outage-marker.ts on requests that arrive while the database is down; proxy.ts's public matchers require it. */
export const DATABASE_DOWN_HEADER = 'x-newsroom-database-down';
const CHECK_HEADER = 'x-newsroom-outage-check';
const SECRET = Symbol.for('newsroom.outage-check-secret');
const PAGE = Symbol.for('newsroom.unavailable-page');
export const RETRY_AFTER_SECONDS = 60;
export const UNAVAILABLE_PATH = '/unavailable';
/** Rendered per request from the database: no cached copy to fall back on. */
const ALWAYS_RENDERED = new Set(['/search']);
/** Not copied from the loopback answer: hop-by-hop, or no longer true of the body we pass on. */
const DROPPED_HEADERS = ['connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'content-length'];

type Globals = Record<symbol, string | undefined>;

function secret(): string {
  const g = globalThis as unknown as Globals;
  return (g[SECRET] ??= randomUUID());
}

/** This instance's own address (set by `next start` once it listens; the scheduler uses it too). */
function ownOrigin(): string | undefined {
  return process.env.__NEXT_PRIVATE_ORIGIN;
}

/** Asks this instance for `pathAndQuery` past the proxy; undefined when that fails. */
async function fromThisInstance(request: NextRequest, pathAndQuery: string, accept?: string): Promise<Response | undefined> {
  const origin = ownOrigin();
  if (!origin) return undefined;
  const headers = new Headers(request.headers);
  for (const name of ['host', 'connection', 'content-length', 'transfer-encoding']) headers.delete(name);
  headers.set('accept-encoding', 'identity');
  headers.set(CHECK_HEADER, secret());
  if (accept) headers.set('accept', accept);
  try {
    return await fetch(new URL(pathAndQuery, origin), {
      method: request.method,
      headers,
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return undefined;
  }
}

const FALLBACK_HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Temporarily unavailable</title>
<style>body{font-family:system-ui,sans-serif;color:#16181d;background:#fff;margin:0}main{max-width:42rem;margin:0 auto;padding:4rem 1rem}
p.code{color:#a3121c;font-weight:600;text-transform:uppercase;letter-spacing:.05em;font-size:.875rem}a{color:#a3121c}</style></head>
<body><main id="content"><p class="code">Error 503</p><h1>We can’t load this page right now</h1>
<p>Try again in a minute.</p><p><a href="">Try again</a></p></main></body></html>`;

/** The HTML of app/unavailable/page.tsx (static: no database), fetched once per process. */
async function unavailableHtml(request: NextRequest): Promise<string> {
  const g = globalThis as unknown as Globals;
  if (g[PAGE]) return g[PAGE];
  const res = await fromThisInstance(request, UNAVAILABLE_PATH, 'text/html');
  if (res?.status !== 200) {
    await res?.body?.cancel();
    return FALLBACK_HTML;
  }
  return (g[PAGE] = await res.text());
}

/** The client router's (RSC) requests; Next strips their own headers before the proxy runs. */
function isRouterRequest(request: NextRequest): boolean {
  return request.headers.get(DATABASE_DOWN_HEADER) === 'rsc';
}

/** 503 + Retry-After: the styled page for documents, a line of text for feeds, sitemaps and router (RSC) requests. */
export async function unavailable(request: NextRequest): Promise<Response> {
  const html = !isRouterRequest(request) && !/\.(xml|txt)$/.test(request.nextUrl.pathname);
  const body = request.method === 'HEAD' ? null : html ? await unavailableHtml(request) : 'Temporarily unavailable: try again in a minute.\n';
  return new Response(body, {
    status: 503,
    headers: {
      'Content-Type': html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(RETRY_AFTER_SECONDS),
      'X-Robots-Tag': 'noindex',
    },
  });
}

/** The proxy's answer for a public GET/HEAD request, or undefined to let Next serve it as usual. */
export async function answerDuringOutage(request: NextRequest): Promise<Response | undefined> {
  if (request.headers.get(CHECK_HEADER) === secret()) return undefined; // our own loopback request
  const { pathname, search } = request.nextUrl;
  if (pathname === UNAVAILABLE_PATH) return unavailable(request); // never a 200
  if (!isDatabaseDown()) return undefined;
  // Search is always rendered from the database. A router request would come
  // back over loopback as HTML (its RSC headers are gone); a 503 makes the
  // router load the page as a document instead, which the next lines serve.
  if (ALWAYS_RENDERED.has(pathname) || isRouterRequest(request)) return unavailable(request);
  const res = await fromThisInstance(request, pathname + search);
  if (!res || res.status >= 500) {
    await res?.body?.cancel();
    return unavailable(request);
  }
  const headers = new Headers(res.headers);
  for (const name of DROPPED_HEADERS) headers.delete(name);
  return new Response(res.body, { status: res.status, headers });
}
