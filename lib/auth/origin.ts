/**
 * Whether a request comes from a page of this site, by its Origin header
 * (sent by browsers with every cross-site POST/PUT/DELETE). No Origin (a
 * script, an old browser) passes: the session cookie is SameSite and JSON
 * writes need a Content-Type a cross-site form cannot send. A malformed
 * Origin ("null", "::", "http://[") is refused like a foreign one.
 */
export function isSameOrigin(req: Request): boolean {
  const origin = req.headers.get('origin');
  if (!origin) return true;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (!host) return true;
  return URL.canParse(origin) && new URL(origin).host === host;
}
