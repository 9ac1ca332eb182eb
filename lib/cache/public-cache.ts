import { cacheLife, cacheTag } from 'next/cache';

/**
 * Call first thing inside a "use cache" public read: gives it the public
 * lifetime and its tags. Outside Next (scripts, integration tests) the
 * directive is inert and this is a no-op, so the same reads run there.
 */
export function publicCache(...tagList: string[]) {
  if (!process.env.__NEXT_USE_CACHE) return;
  cacheLife('public');
  cacheTag(...tagList);
}

/**
 * Like publicCache(), for reads whose arguments anyone can vary without end
 * (search queries, page numbers past the last page, unknown slugs): kept a
 * few minutes at most, so requests cannot fill the cache (or Redis) with
 * long-lived entries (ADR 016).
 */
export function shortPublicCache(...tagList: string[]) {
  if (!process.env.__NEXT_USE_CACHE) return;
  cacheLife({ stale: 30, revalidate: 60, expire: 300 });
  cacheTag(...tagList);
}

/**
 * Like publicCache(), for reads that change with the clock rather than with a
 * write (campaigns that start and end, Most read): kept `seconds` at most
 * (1-300), then read again; a write to their tags still expires them at
 * once. Only for reads served outside the cached pages (JSON routes) or with
 * `seconds` the page may re-render at (ADR 018).
 */
export function publicCacheFor(seconds: number, ...tagList: string[]) {
  if (!process.env.__NEXT_USE_CACHE) return;
  const revalidate = Math.min(300, Math.max(1, Math.round(seconds)));
  cacheLife({ stale: Math.min(revalidate, 30), revalidate, expire: revalidate + 1 });
  cacheTag(...tagList);
}
