/**
 * The first path segments the site already uses (app/ routes, route
 * families under app/(site), files in public/, Next's own): an edition's
 * prefix may not be one of them, or its URLs (/<prefix>/…) would collide
 * with them. Staff settings validate against it (./admin.ts); the reader
 * side may use it to tell an edition prefix from a route. Keep it in step
 * with app/ when adding a top-level route.
 */
export const RESERVED_PREFIXES = [
  // Route families of the public site (app/(site), some served through [kind]).
  'news',
  'section',
  'tag',
  'author',
  'search',
  'corrections',
  'front',
  'redirect',
  // Top-level routes in app/.
  'admin',
  'ad',
  'aside',
  'beacon',
  'campaigns',
  'feed',
  'healthz',
  'readyz',
  'live',
  'media',
  'og',
  'unavailable',
  'sitemap',
  'robots',
  'icon',
  'fonts',
  // Reserved for the future and for conventions crawlers and tools expect.
  'api',
  'static',
  'assets',
  'public',
  'rss',
  'atom',
  'amp',
  'well',
  'humans',
  'favicon',
  'manifest',
  'login',
  'logout',
  'account',
  'preview',
  // Top-level names an edition prefix ([a-z]{2,8}) cannot take anyway, listed so the reader side knows every route.
  'most-read',
  'news-sitemap.xml',
  'feed.xml',
  'feed.json',
  'feed.atom',
  'sitemap.xml',
  'robots.txt',
  'icon.svg',
  'humans.txt',
  'share-default.png',
  '_next',
  '_',
  '.well-known',
] as const;

/** Whether `prefix` is taken by a route of the site (case-insensitive). */
export function isReservedPrefix(prefix: string): boolean {
  const p = prefix.toLowerCase();
  return (RESERVED_PREFIXES as readonly string[]).includes(p);
}
