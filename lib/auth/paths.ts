/** Where to go after signing in: only admin pages of this site (no open redirects). */
export function safeNext(next: string | undefined | null): string {
  if (!next || !next.startsWith('/admin') || next.startsWith('//') || next.includes('\\')) return '/admin';
  if (/^\/admin\/(login|api)(\/|\?|$)/.test(next)) return '/admin';
  return next;
}

/**
 * Outcome codes the sign-in route puts in /admin/login?error=… when the form
 * was posted without JavaScript (codes, not text, so that a crafted link
 * cannot make the page say something else).
 */
export const SIGN_IN_ERROR_CODES = { 400: 'missing', 401: 'invalid', 403: 'disabled', 429: 'limited', 503: 'busy' } as const;

/** /admin/login, remembering where to go afterwards. */
export function loginPath(next?: string): string {
  const target = safeNext(next);
  return target === '/admin' ? '/admin/login' : `/admin/login?next=${encodeURIComponent(target)}`;
}

/** Admin pages that need more than being signed in (checked by proxy.ts and by the pages). */
export const PAGE_PERMISSIONS = [
  { prefix: '/admin/users', action: 'users:manage' },
  { prefix: '/admin/settings', action: 'settings:manage' },
  { prefix: '/admin/ads', action: 'ads:manage' },
  { prefix: '/admin/taxonomy', action: 'taxonomy:manage' },
  { prefix: '/admin/media', action: 'media:manage' },
  { prefix: '/admin/redirects', action: 'redirects:manage' },
] as const;

export function pagePermission(pathname: string) {
  return PAGE_PERMISSIONS.find((p) => pathname === p.prefix || pathname.startsWith(p.prefix + '/'))?.action;
}
