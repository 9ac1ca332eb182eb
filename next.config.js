import { fileURLToPath } from 'node:url';
import { HSTS, PUBLIC_CSP, SECURITY_HEADERS } from './lib/security/headers.mjs';

/**
 * Next.js configuration. Public pages use the Cache Components model: data is
 * cached with "use cache" + cacheTag and invalidated by lib/cache/invalidate.ts.
 * Security headers: lib/security/headers.mjs (the admin pages' CSP with a
 * nonce is set by proxy.ts; ADR 014).
 */

// Opt-in: with REDIS_URL set, every instance shares "use cache" entries, rendered
// pages and tag invalidations through Redis (README, "Deploying several instances").
// With VARNISH_PURGE_URL set (behind Varnish, README "Deploying behind Varnish"),
// the same handlers add the page's tags as an `xkey` header to every cached
// response; without REDIS_URL they then keep everything in this process.
// Neither set: Next's default in-process caches.
const handler = (file) => fileURLToPath(new URL(`./cache-handlers/${file}`, import.meta.url));
const customCaches =
  process.env.REDIS_URL || process.env.VARNISH_PURGE_URL?.trim()
    ? {
        cacheHandler: handler('redis-isr.mjs'),
        cacheHandlers: { default: handler('redis-use-cache.mjs'), remote: handler('redis-use-cache.mjs') },
      }
    : {};

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...customCaches,
  cacheComponents: true,
  // Several root layouts (ADR 021): a 404 for paths no route or rewrite reaches (app/global-not-found.tsx).
  experimental: { globalNotFound: true },
  partialPrefetching: false,
  poweredByHeader: false,
  // The same value on every instance of one deployment (see README, "Several instances").
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  cacheLife: {
    // Public pages: served from cache, invalidated by tag on every write.
    // revalidate is a safety net and the s-maxage an HTTP cache in front sees.
    public: { stale: 60, revalidate: 3600, expire: 86400 * 30 },
  },
  images: {
    localPatterns: [{ pathname: '/media/**' }],
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [375, 640, 828, 1080, 1280],
    imageSizes: [64, 128, 256, 384],
    minimumCacheTTL: 60 * 60 * 24 * 30,
  },
  async rewrites() {
    // Every public page lives under app/(site)/[edition] (ADR 021): "/uk/…" reaches it directly; the default
    // edition's unprefixed URLs are rewritten to the segment "_default" (lib/editions/queries.ts), resolved from
    // the settings, so changing the default edition or a prefix needs no build. A fixed list: the route families.
    const families = ['news', 'section', 'tag', 'author', 'corrections'];
    const files = ['search', 'corrections', 'feed.xml', 'feed.atom', 'feed.json', 'sitemap.xml', 'news-sitemap.xml'];
    return {
      beforeFiles: [
        { source: '/', destination: '/_default' },
        ...families.map((f) => ({ source: `/${f}/:path+`, destination: `/_default/${f}/:path+` })),
        ...files.map((f) => ({ source: `/${f}`, destination: `/_default/${f}` })),
      ],
      // Paths no route serves (not Next's own files or the admin): staff redirects, else the 404 (lib/redirects),
      // in the language of the edition whose prefix the path starts with, if any.
      // Not with "%": Next fails to decode a malformed escape in a rewrite parameter (500) before proxy.ts answers 404.
      fallback: [
        { source: '/:first((?!admin)[a-z]{2,8})/:rest((?!redirect/)[^%]+)', destination: '/:first/redirect/:rest' },
        { source: '/:path((?!_next/|admin/|admin$|redirect/|_default)[^%]+)', destination: '/_default/redirect/:path' },
      ],
    };
  },
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // HTTPS only: what the TLS-terminating proxy in front says (next start never speaks TLS itself).
      { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https.*' }], headers: [{ key: 'Strict-Transport-Security', value: HSTS }] },
      // Every path but the admin pages (proxy.ts gives those a CSP with a per-request nonce); the admin API answers JSON.
      { source: '/((?!admin$|admin/).*)', headers: [{ key: 'Content-Security-Policy', value: PUBLIC_CSP }] },
      { source: '/admin/api/:path*', headers: [{ key: 'Content-Security-Policy', value: PUBLIC_CSP }] },
      // Newsroom admin: per-user pages, never cached or indexed (lib/auth).
      {
        source: '/admin/:path*',
        headers: [
          { key: 'Cache-Control', value: 'private, no-store' },
          { key: 'X-Robots-Tag', value: 'noindex' },
        ],
      },
    ];
  },
};

export default nextConfig;
