/** The session cookie: its name and attributes. No Next.js imports (used by proxy.ts too). */

export const SESSION_COOKIE = 'newsroom_session';

/** Whether the request reached the site over https (directly or via a proxy). */
export function isHttps(requestHeaders: { get(name: string): string | null }, url?: string): boolean {
  const proto = requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim();
  if (proto) return proto === 'https';
  return url ? url.startsWith('https:') : false;
}

/** Cookie attributes for the session cookie (HttpOnly, SameSite=Lax, Secure on https, Path=/). */
export function sessionCookieOptions(secure: boolean, expires?: Date) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', ...(expires ? { expires } : {}) };
}
