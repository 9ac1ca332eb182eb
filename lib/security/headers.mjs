/**
 * Security headers, shared by next.config.js (every response) and proxy.ts
 * (admin pages). Plain JavaScript so that next.config.js can import it; types
 * in headers.d.mts. Why each choice: docs/decisions/014-secure-defaults.md.
 *
 * - Public pages are served whole from Next's cache, so they cannot carry a
 *   per-request nonce: their policy allows inline scripts ('unsafe-inline',
 *   needed by Next's inline flight data), and everything else is 'self'.
 * - Admin pages render per request anyway: proxy.ts gives each response a
 *   fresh nonce, Next puts it on its scripts, and only scripts with that nonce
 *   (or loaded by them: 'strict-dynamic') run. No 'unsafe-inline' for scripts.
 */

/** Directives both policies share. */
const COMMON = [
  "default-src 'self'",
  // Inline styles stay allowed (React style props, the editor): scripts are what matter.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

/** The Content-Security-Policy of public pages, feeds and everything but the admin pages. */
export const PUBLIC_CSP = ["script-src 'self' 'unsafe-inline'", ...COMMON, "frame-ancestors 'self'"].join('; ');

/**
 * The Content-Security-Policy of an admin page rendered with `nonce`.
 * `dev`: `next dev` needs 'unsafe-eval' (React's debugging), never production.
 */
export function adminCsp(nonce, { dev = false } = {}) {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('adminCsp: the nonce must be a random base64 string');
  return [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`, ...COMMON, "frame-ancestors 'none'"].join('; ');
}

/**
 * Strict-Transport-Security, sent when the request came over https (the
 * X-Forwarded-Proto of the TLS-terminating proxy; browsers ignore it over
 * http anyway): one year, for subdomains of the site's host too.
 */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** Headers of every response (next.config.js); the admin pages' CSP replaces PUBLIC_CSP in proxy.ts. */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
