import { revalidateTag } from 'next/cache';
import { tags } from './tags';

type Hook = (tags: string[]) => Promise<void> | void;

/**
 * The hooks live on globalThis: instrumentation.ts registers them, and Next
 * bundles it apart from the routes and server actions that call invalidate().
 */
const HOOKS = Symbol.for('newsroom.invalidate-hooks');
/** The tag store of our cache handlers (cache-handlers/redis-store.mjs), when next.config.js loaded them. */
const TAG_STORE = Symbol.for('newsroom.redis-cache-store');

interface TagStore {
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>;
}

function registry(): { hooks: Hook[]; store?: TagStore } {
  const g = globalThis as Record<symbol, unknown>;
  g[HOOKS] ??= [];
  return { hooks: g[HOOKS] as Hook[], store: g[TAG_STORE] as TagStore | undefined };
}

let warned = false;
function warnOnce(message: string) {
  if (!warned) console.warn(message);
  warned = true;
}

/** Lets an HTTP cache purge (e.g. Varnish xkey, lib/cache/varnish.ts) follow every invalidation. */
export function onInvalidate(hook: Hook) {
  registry().hooks.push(hook);
}

/**
 * The one invalidation function every write calls. Expires the tags in Next's
 * caches now (the next request renders fresh), then runs purge hooks.
 *
 * revalidateTag() only queues the tags: Next applies them once the route
 * handler or server action has returned, possibly after the response has
 * gone out. So the tags are also expired here, before the write answers, in
 * our cache handlers' shared store (this process and Redis: what Next writes
 * a moment later anyway). Then an editor who sees "Updated" and reloads, or
 * another instance, or an HTTP cache refetching as soon as it is purged,
 * never gets the old page back.
 */
export async function invalidate(tagList: Iterable<string>): Promise<void> {
  const unique = [...new Set(tagList)];
  for (const tag of unique) revalidateTag(tag, { expire: 0 });
  if (unique.length === 0) return;
  const { hooks, store } = registry();
  if (store) await store.updateTags(unique, { expire: 0 });
  warm(unique);
  if (hooks.length === 0) return;
  if (!store) warnOnce('[cache] purge hooks run before Next has applied the invalidation (our cache handlers are not loaded): an HTTP cache may store the old page again');
  for (const hook of hooks) {
    try {
      await hook(unique);
    } catch (error) {
      console.error(`[cache] invalidation hook failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** The editions whose newest-articles list a write changed (`latest:<edition>`). */
const LATEST = tags.latest('');

/** Front pages ("/", "/uk") of these editions, enabled ones only. */
async function frontPages(codes: string[]): Promise<string[]> {
  const [{ db }, { pathContext }, { frontPath }] = await Promise.all([import('../db/client'), import('../editions/bases'), import('../urls/paths')]);
  const { bases, enabled } = await pathContext(db());
  return codes.filter((code) => enabled.has(code)).map((code) => frontPath(bases[code]));
}

/**
 * The pages that change with almost every write and that readers ask for
 * first, the front page of each edition whose newest articles changed:
 * rendered again by this instance right after the write (a request to
 * itself), so the first reader after a publish gets them from the cache
 * instead of waiting for the render. The front page costs 0.1–0.3 s to
 * render on the 2-core machine, over a second under load.
 */
function warm(changed: string[]) {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  const codes = changed.filter((tag) => tag.startsWith(LATEST)).map((tag) => tag.slice(LATEST.length));
  if (!origin || codes.length === 0) return;
  // Next applies revalidateTag() once the route handler or action has returned: render after that.
  setTimeout(async () => {
    const paths = await frontPages(codes).catch(() => []);
    for (const path of paths) {
      fetch(new URL(path, origin), { headers: { 'accept-encoding': 'identity' }, cache: 'no-store', signal: AbortSignal.timeout(15_000) })
        .then((res) => res.body?.cancel())
        .catch(() => {});
    }
  }, 20);
}
