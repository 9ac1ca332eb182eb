/**
 * The session cookie: its name and attributes. No Next.js imports (used by proxy.ts too).
 *
 * When the site is served over https (its URL is https, or the request came
 * over https) the cookie is `__Host-newsroom_session`: the browser then only
 * accepts it with Secure, Path=/ and no Domain, so neither a sibling
 * subdomain nor a man in the middle on plain http can plant or overwrite it.
 * Over plain http (local development) it is `newsroom_session`.
 */

/** The cookie's name over plain http. */
export const SESSION_COOKIE = 'newsroom_session';
/** The cookie's name over https. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

type HeaderReader = { get(name: string): string | null };
type CookieReader = { get(name: string): { value: string } | undefined };

/** Whether the request reached the site over https (directly or via a proxy). */
export function isHttps(requestHeaders: HeaderReader, url?: string): boolean {
  const proto = requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim();
  if (proto) return proto === 'https';
  return url ? url.startsWith('https:') : false;
}

/** Whether a site URL (SITE_URL or the settings' URL) is https. */
export function isHttpsUrl(siteUrl: string | null | undefined): boolean {
  return /^https:\/\//i.test(siteUrl?.trim() ?? '');
}

/** The name the session cookie gets: `__Host-` prefixed whenever it is Secure. */
export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/**
 * The session token of a request. The `__Host-` cookie is always accepted; the
 * plain one only when the site is not on https (`https` false): on an https
 * site a plain cookie can only have been planted.
 */
export function readSessionToken(cookies: CookieReader, https: boolean): string | undefined {
  return cookies.get(SECURE_SESSION_COOKIE)?.value ?? (https ? undefined : cookies.get(SESSION_COOKIE)?.value);
}

/** Attributes of the session cookie: HttpOnly, SameSite=Lax, Path=/, Secure on https (name it with sessionCookieName(secure)). */
export function sessionCookieOptions(secure: boolean, expires?: Date) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', ...(expires ? { expires } : {}) };
}

/** What deletes the session cookie under either name (for `cookies.delete(...)`, one call each). */
export const EXPIRED_SESSION_COOKIES = [
  { name: SESSION_COOKIE, path: '/' },
  { name: SECURE_SESSION_COOKIE, path: '/', secure: true },
] as const;
