/**
 * Rendered-page cache handler (next.config.js `cacheHandler`, only when
 * REDIS_URL is set): full-page entries (APP_PAGE, APP_ROUTE, FETCH) in this
 * process's LRU in front of Redis. Every get first syncs tag state from Redis
 * (one GET of a version counter; see ./redis-store.mjs) and drops an entry one
 * of whose tags (the page's x-next-cache-tags) was invalidated after it was
 * made, so an invalidation on any instance reaches every instance.
 *
 * Differences from Next's file-system cache: build-time prerenders in
 * .next/server/app are not read (the first request renders and stores the
 * page), and a tag that is only stale (revalidateTag(tag, 'max')) is treated
 * like an expired one (a blocking re-render instead of stale-while-revalidate).
 */
import v8 from 'node:v8';
import { getStore, Lru, ttlSeconds } from './redis-store.mjs';

const TAGS_HEADER = 'x-next-cache-tags';
const THIRTY_DAYS = 30 * 24 * 3600;
const store = getStore();
const MEMORY = Symbol.for('newsroom.redis-isr-memory');

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
  }

  resetRequestCache() {}

  async get(key, ctx) {
    await store.syncTags();
    const local = this.memory.get(key);
    if (local) {
      if (isCurrent(local, ctx)) return local;
      this.memory.delete(key);
    }
    const raw = await store.run((c) => c.get(store.keys.entry('isr', key)));
    if (!raw) return null;
    let data;
    try {
      data = v8.deserialize(raw);
    } catch {
      return null;
    }
    if (!isCurrent(data, ctx)) return null;
    this.memory.set(key, data, sizeOf(raw.byteLength, key));
    return data;
  }

  async set(key, value, ctx = {}) {
    if (value?.kind === 'FETCH' && ctx.fetchCache) value = { ...value, tags: ctx.tags ?? value.tags };
    const data = {
      value,
      lastModified: Date.now(),
      cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl,
    };
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
