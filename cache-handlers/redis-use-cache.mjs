/**
 * "use cache" handler (next.config.js `cacheHandlers.default`/`remote`, only
 * when REDIS_URL is set): this process's LRU in front of Redis, tag state
 * synced from Redis in refreshTags() (once per request). Implements the
 * interface of next/dist/server/lib/cache-handlers/default.js; every Redis
 * failure degrades to the memory tier (see ./redis-store.mjs).
 */
import { createHash } from 'node:crypto';
import v8 from 'node:v8';
import { getStore, Lru, ttlSeconds } from './redis-store.mjs';

const THIRTY_DAYS = 30 * 24 * 3600;
const store = getStore();
const memory = new Lru(50 * 1024 * 1024);
const pendingSets = new Map();

function streamFromBuffer(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

function redisKey(cacheKey) {
  return store.keys.entry('uc', createHash('sha256').update(cacheKey).digest('base64url'));
}

/** The entry as Next should see it, or undefined when a tag expired it. */
function checked(stored) {
  const { entry, value } = stored;
  if (entry.expire < 0) return undefined;
  if (store.isExpired(entry.tags, entry.timestamp)) return undefined;
  const revalidate = store.isStale(entry.tags, entry.timestamp) ? -1 : entry.revalidate;
  return { ...entry, revalidate, value: streamFromBuffer(value) };
}

const handler = {
  async get(cacheKey) {
    const pending = pendingSets.get(cacheKey);
    if (pending) await pending;

    const local = memory.get(cacheKey);
    if (local) {
      const result = checked(local);
      if (result) return result;
      memory.delete(cacheKey);
    }
    const raw = await store.run((c) => c.get(redisKey(cacheKey)));
    if (!raw) return undefined;
    let stored;
    try {
      stored = v8.deserialize(raw);
    } catch {
      return undefined;
    }
    const result = checked(stored);
    if (result) memory.set(cacheKey, stored, stored.value.byteLength + cacheKey.length);
    return result;
  },

  async set(cacheKey, pendingEntry) {
    let resolvePending = () => {};
    pendingSets.set(cacheKey, new Promise((resolve) => (resolvePending = resolve)));
    try {
      const entry = await pendingEntry;
      // Like Next's own handler: an expire-0 entry is dynamic and never served back.
      if (entry.expire === 0) return;
      const value = Buffer.from(await new Response(entry.value).arrayBuffer());
      const { value: _, ...meta } = entry;
      const stored = { entry: meta, value };
      memory.set(cacheKey, stored, value.byteLength + cacheKey.length);
      resolvePending();
      const ttl = ttlSeconds(entry.expire, THIRTY_DAYS);
      await store.run((c) => c.set(redisKey(cacheKey), v8.serialize(stored), { EX: ttl }));
    } catch {
      // An errored render or an unserializable entry: nothing is stored.
    } finally {
      resolvePending();
      pendingSets.delete(cacheKey);
    }
  },

  async refreshTags() {
    await store.syncTags();
  },

  async getExpiration(tags) {
    return store.getExpiration(tags);
  },

  async updateTags(tags, durations) {
    await store.updateTags(tags, durations);
  },
};

export default handler;
