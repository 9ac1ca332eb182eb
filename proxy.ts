/**
 * Proxy (runs before rendering) for the newsroom admin pages.
 *
 * With Cache Components a page's own checks run after the response has
 * started (status 200), so the HTTP status of admin pages is decided here:
 * - nobody signed in (or the session expired): 307 to /admin/login?next=…
 * - signed in, but the role may not open the page: 403 with a small
 *   "Access denied" page (a rewrite cannot carry the status: the rendered
 *   page's 200 wins; the page itself also renders an "Access denied" view).
 * The pages, server actions and route handlers still check for themselves
 * (lib/auth/session.ts); this only gets the status codes right. Only page
 * loads (GET/HEAD) are checked: sign-in and the API routes under /admin/api
 * and server action POSTs answer for themselves.
 *
 * Every admin page response (the sign-in page and server action POSTs too)
 * gets a Content-Security-Policy with a fresh nonce (lib/security/headers.mjs):
 * Next reads it from the request header set here and puts it on its scripts,
 * so no inline script without it runs (ADR 014). Admin pages render per
 * request anyway; public pages keep next.config.js's policy and their cache.
 *
 * Every public path (pages, islands, feeds, sitemaps, unknown paths), only while the database is down (no I/O
 * otherwise): cached ones keep answering, the rest answer a styled 503 with
 * Retry-After (lib/health/outage.ts). Admin pages answer that 503 when the
 * session lookup cannot reach the database. /healthz and /readyz never pass
 * through here.
 *
 * Any path with a malformed percent-escape or an escaped control character
 * (lib/urls/escapes.ts; Next's router would answer 500): the site's 404 page,
 * or a JSON 400 under /admin/api. Only paths containing "%" run the proxy for
 * this (the matcher below).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { EXPIRED_SESSION_COOKIES, isHttps, isHttpsUrl, readSessionToken } from './lib/auth/cookie';
import { loginPath, pagePermission } from './lib/auth/paths';
import { can } from './lib/auth/permissions';
import { lookupSession } from './lib/auth/sessions';
import { reportDatabaseError } from './lib/db/availability';
import { db } from './lib/db/client';
import { answerDuringOutage, unavailable } from './lib/health/outage';
import { isMalformedPath } from './lib/urls/escapes';
import { adminCsp } from './lib/security/headers.mjs';

const FORBIDDEN_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Access denied · Newsroom admin</title>
<style>body{font-family:system-ui,sans-serif;color:#16181d;background:#f6f5f2;margin:0}main{max-width:40rem;margin:0 auto;padding:4rem 1rem}
p.code{color:#a3121c;font-weight:600;text-transform:uppercase;letter-spacing:.05em;font-size:.875rem}a{color:#a3121c}</style></head>
<body><main id="content" data-testid="forbidden"><p class="code">Error 403 · Forbidden</p><h1>Access denied</h1>
<p>Your role does not allow this page. Ask an administrator if you need access.</p>
<p><a href="/admin">Back to the dashboard</a></p></main></body></html>`;

/**
 * A path no route and no rewrite serves (next.config.js leaves "/_default…"
 * alone): rewritten to, it renders app/global-not-found.tsx with status 404
 * and no database. Not a path of a dynamic route: Next would decode the
 * original, malformed path as that route's params (500).
 */
const NOT_FOUND_PATH = '/_default/malformed-address';

/** Passes an admin request on with a fresh CSP nonce; returns the response with the same policy. */
function withNonce(request: NextRequest): { csp: string; next: () => NextResponse } {
  const csp = adminCsp(Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64'), { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  return {
    csp,
    next: () => {
      const response = NextResponse.next({ request: { headers } });
      response.headers.set('Content-Security-Policy', csp);
      return response;
    },
  };
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isMalformedPath(pathname)) {
    if (pathname.startsWith('/admin/api/')) {
      return NextResponse.json(
        { ok: false, error: 'invalid', message: 'The address has a malformed %-escape.' },
        { status: 400, headers: { 'Cache-Control': 'private, no-store' } },
      );
    }
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  // The default edition's internal route segment (next.config.js rewrites to it): not a URL of ours.
  if (pathname === '/_default' || pathname.startsWith('/_default/')) return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  if (pathname !== '/admin' && !pathname.startsWith('/admin/')) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next();
    return (await answerDuringOutage(request)) ?? NextResponse.next();
  }

  const { csp, next } = withNonce(request);
  if ((request.method !== 'GET' && request.method !== 'HEAD') || pathname === '/admin/login') return next();

  // An https site ignores a plain (non-__Host-) cookie; the page itself also asks the settings (lib/auth/session.ts).
  const token = readSessionToken(request.cookies, isHttps(request.headers, request.url) || isHttpsUrl(process.env.SITE_URL));
  let session;
  try {
    session = token ? await lookupSession(db(), token) : null;
  } catch (error) {
    if (reportDatabaseError(error)) return unavailable(request);
    throw error;
  }
  if (!session) {
    const response = NextResponse.redirect(new URL(loginPath(pathname + search), request.url), 307);
    if (token) for (const cookie of EXPIRED_SESSION_COOKIES) response.cookies.delete(cookie);
    response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }

  const action = pagePermission(pathname);
  if (action && !can(session.user.role, action)) {
    return new NextResponse(request.method === 'HEAD' ? null : FORBIDDEN_HTML, {
      status: 403,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex', 'Content-Security-Policy': csp },
    });
  }
  return next();
}

export const config = {
  matcher: [
    // Admin pages (the sign-in page for its CSP only), not the API routes.
    '/admin',
    '/admin/((?!api/|api$).*)',
    // Every public path (pages, islands, feeds, sitemaps, images, paths no
    // route serves), only while the database is down: the header is
    // DATABASE_DOWN_HEADER (lib/health/outage.ts), set by
    // lib/server/outage-marker.ts. Running the proxy on every public request
    // would halve the throughput of cached pages. (A literal: Next reads the
    // matcher at build time.)
    { source: '/((?!_next/|admin|healthz$|readyz$).*)', has: [{ type: 'header', key: 'x-newsroom-database-down' }] },
    // Always a 503 (lib/health/outage.ts).
    '/unavailable',
    // Any path with a %-escape, checked for malformed ones (lib/urls/escapes.ts).
    '/(.*%.*)',
    // The default edition's internal segment, never served at its own URL (ADR 021).
    '/_default',
    '/_default/:path*',
  ],
};
