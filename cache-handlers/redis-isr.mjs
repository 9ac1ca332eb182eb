/**
 * Rendered-page cache handler (next.config.js `cacheHandler`, only when
 * REDIS_URL is set): full-page entries (APP_PAGE, APP_ROUTE, FETCH) in this
 * process's LRU in front of Redis. Every get first syncs tag state from Redis
 * (one GET of a version counter; see ./redis-store.mjs) and drops an entry one
 * of whose tags (the page's x-next-cache-tags) was invalidated after it was
 * made, so an invalidation on any instance reaches every instance.
 *
 * An entry's time (lastModified) is when the render that made it may have
 * started: the first miss of its key (get() answering nothing), not when it is
 * stored. A tag invalidated while the page was rendering thus expires the new
 * entry too (the render may have read the old data), like Next's "use cache"
 * entries, which carry their start time. Such an entry is stored without
 * surrogate keys, so an HTTP cache in front keeps it only a moment
 * (./surrogate-keys.mjs, deploy/varnish/default.vcl).
 *
 * Differences from Next's file-system cache: build-time prerenders in
 * .next/server/app are not read (the first request renders and stores the
 * page), and a tag that is only stale (revalidateTag(tag, 'max')) is treated
 * like an expired one (a blocking re-render instead of stale-while-revalidate).
 */
import v8 from 'node:v8';
import { getStore, Lru, ttlSeconds } from './redis-store.mjs';
import { addSurrogateKeys } from './surrogate-keys.mjs';

const TAGS_HEADER = 'x-next-cache-tags';
const THIRTY_DAYS = 30 * 24 * 3600;
const store = getStore();
const MEMORY = Symbol.for('newsroom.redis-isr-memory');
const MISSED = Symbol.for('newsroom.redis-isr-missed');
/** Renders never take this long: older miss times are forgotten. */
const MISS_MEMORY_MS = 60_000;

function tagsOf(data, ctx) {
  const value = data?.value;
  if (!value) return [];
  if (value.kind === 'FETCH') return [...(value.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = value.headers?.[TAGS_HEADER];
  return typeof header === 'string' && header ? header.split(',') : [];
}

function isCurrent(data, ctx) {
  const tags = tagsOf(data, ctx);
  if (tags.length === 0) return true;
  return !store.isExpired(tags, data.lastModified) && !store.isStale(tags, data.lastModified);
}

function sizeOf(bytes, key) {
  return bytes + key.length;
}

export default class RedisIsrCacheHandler {
  constructor(ctx = {}) {
    globalThis[MEMORY] ??= new Lru(ctx.maxMemoryCacheSize || 50 * 1024 * 1024);
    this.memory = globalThis[MEMORY];
    /** key -> time of its first unanswered get() (the render that follows started after it). */
    globalThis[MISSED] ??= new Map();
    this.missed = globalThis[MISSED];
  }

  /** Remembers that `key` missed now (unless an earlier miss is still waiting for its render). */
  noteMiss(key) {
    const now = Date.now();
    if (this.missed.size > 10_000) {
      for (const [k, t] of this.missed) if (now - t > MISS_MEMORY_MS) this.missed.delete(k);
    }
    const earlier = this.missed.get(key);
    if (earlier === undefined || now - earlier > MISS_MEMORY_MS) this.missed.set(key, now);
    return null;
  }

  /** When the render of `key` that is being stored now may have started. */
  renderStart(key) {
    const now = Date.now();
    const missed = this.missed.get(key);
    this.missed.delete(key);
    return missed !== undefined && now - missed <= MISS_MEMORY_MS ? missed : now;
  }

  resetRequestCache() {}

  async get(key, ctx) {
    await store.syncTags();
    const local = this.memory.get(key);
    if (local) {
      if (isCurrent(local, ctx)) {
        addSurrogateKeys(local.value);
        return local;
      }
      this.memory.delete(key);
    }
    const raw = await store.run((c) => c.get(store.keys.entry('isr', key)));
    if (!raw) return this.noteMiss(key);
    let data;
    try {
      data = v8.deserialize(raw);
    } catch {
      return this.noteMiss(key);
    }
    if (!isCurrent(data, ctx)) return this.noteMiss(key);
    addSurrogateKeys(data.value);
    this.memory.set(key, data, sizeOf(raw.byteLength, key));
    return data;
  }

  async set(key, value, ctx = {}) {
    const fetchEntry = value?.kind === 'FETCH' && ctx.fetchCache;
    if (fetchEntry) value = { ...value, tags: ctx.tags ?? value.tags };
    const data = {
      value,
      lastModified: fetchEntry ? Date.now() : this.renderStart(key),
      cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl,
    };
    if (!fetchEntry) {
      await store.syncTags();
      // Invalidated while it rendered: answer this request with it, but neither keep it nor let an HTTP cache keep it.
      if (!isCurrent(data, ctx)) return;
      // In place: Next answers the request that rendered the page from this same value.
      addSurrogateKeys(value);
    }
    let bytes;
    try {
      bytes = v8.serialize(data);
    } catch {
      // Not plain data: keep it in this process only.
      this.memory.set(key, data, 1024 * 1024);
      return;
    }
    this.memory.set(key, data, sizeOf(bytes.byteLength, key));
    const expire = data.cacheControl?.expire;
    const ttl = ttlSeconds(expire, THIRTY_DAYS);
    await store.run((c) => c.set(store.keys.entry('isr', key), bytes, { EX: ttl }));
  }

  async revalidateTag(tags, durations) {
    await store.updateTags(typeof tags === 'string' ? [tags] : tags, durations);
  }
}
