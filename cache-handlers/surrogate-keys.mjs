/**
 * Surrogate keys for an HTTP cache in front (Varnish vmod xkey; see
 * deploy/varnish/default.vcl). Only when VARNISH_PURGE_URL is set.
 *
 * Next stores every rendered page in the page cache handler with the page's
 * cache tags in `value.headers['x-next-cache-tags']` (comma-separated, the
 * explicit cacheTag() tags of everything the page read plus Next's implicit
 * `_N_T_/…` path tags). Outside minimal mode Next removes that header from the
 * response but sends every other header of the cached entry, so adding
 * `xkey: <explicit tags, space-separated>` to the entry's headers puts the
 * page's tags on every response served from the cache. The keys are the tags
 * themselves, whatever the vocabulary (lib/cache/tags.ts), so a purge of the
 * tags invalidate() expires reaches exactly the pages Next expires.
 */

const TAGS_HEADER = 'x-next-cache-tags';
export const SURROGATE_KEY_HEADER = 'xkey';
const IMPLICIT_TAG_PREFIX = '_N_T_';

export const surrogateKeysEnabled = Boolean(process.env.VARNISH_PURGE_URL?.trim());

/** The surrogate keys for a page's x-next-cache-tags value: explicit tags, space-separated ('' when none). */
export function surrogateKeysFor(tagsHeader) {
  if (typeof tagsHeader !== 'string' || !tagsHeader) return '';
  const keys = new Set();
  for (const tag of tagsHeader.split(',')) {
    const key = tag.trim();
    if (key && !key.startsWith(IMPLICIT_TAG_PREFIX) && !/\s/.test(key)) keys.add(key);
  }
  return [...keys].join(' ');
}

/**
 * Adds the xkey header to a page-cache entry's value (APP_PAGE, APP_ROUTE,
 * PAGES) in place, once. Returns the value.
 */
export function addSurrogateKeys(value) {
  if (!surrogateKeysEnabled) return value;
  const headers = value?.headers;
  if (!headers || typeof headers !== 'object' || headers[SURROGATE_KEY_HEADER] !== undefined) return value;
  const keys = surrogateKeysFor(headers[TAGS_HEADER]);
  if (keys) headers[SURROGATE_KEY_HEADER] = keys;
  return value;
}
