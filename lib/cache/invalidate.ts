import { revalidateTag } from 'next/cache';

type Hook = (tags: string[]) => Promise<void> | void;
const hooks: Hook[] = [];

/** Lets an HTTP cache purge (e.g. Varnish xkey) follow every invalidation. */
export function onInvalidate(hook: Hook) {
  hooks.push(hook);
}

/**
 * The one invalidation function every write calls. Expires the tags in Next's
 * caches now (the next request renders fresh), then runs purge hooks.
 */
export async function invalidate(tagList: Iterable<string>): Promise<void> {
  const unique = [...new Set(tagList)];
  for (const tag of unique) revalidateTag(tag, { expire: 0 });
  for (const hook of hooks) await hook(unique);
}
