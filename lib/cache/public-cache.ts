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
