/**
 * Whether a raw request path (still percent-encoded) cannot be a page of this
 * site: an escape that is not UTF-8 ("/news/%ff", "%E0%A4%A"), which Next's
 * router fails to decode with a 500, or one of a control character ("%00"),
 * which no slug contains and which must not reach a cache key or a query.
 * proxy.ts answers these with the site's 404 page before any route runs.
 */
export function isMalformedPath(rawPath: string): boolean {
  if (!rawPath.includes('%')) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return true;
  }
  return /[\u0000-\u001F\u007F]/.test(decoded);
}
