/**
 * Shared state of the two Redis cache handlers (./redis-use-cache.mjs for
 * "use cache", ./redis-isr.mjs for rendered pages). Loaded when REDIS_URL is
 * set, or VARNISH_PURGE_URL (see next.config.js). Without REDIS_URL (one
 * instance behind Varnish) the store is memory-only: no Redis client, tag
 * state in this process, every Redis call answers "nothing".
 *
 *   - one Redis connection per process (@redis/client), short command timeouts
 *     (REDIS_CACHE_TIMEOUT_MS, default 300), no offline queue: when Redis is
 *     down every call answers "nothing" at once and the handlers fall back to
 *     this process's memory (logged once). After a failure Redis is skipped for
 *     5 s; after a timeout the connection is replaced;
 *   - tag invalidation times: this process's copy in `tagState`, the shared one
 *     in two Redis hashes (<prefix>tags:expired, <prefix>tags:stale) plus a
 *     counter (<prefix>tags:version) bumped on every write, so a sync is one GET
 *     unless something changed;
 *   - a small size-bounded LRU used as the memory tier of both handlers;
 *   - ping() for /readyz and close() for the graceful shutdown
 *     (lib/health/readiness.ts, lib/server/shutdown.ts reach the store through
 *     its globalThis symbol).
 *
 * Keys: REDIS_KEY_PREFIX (default "newsroom:") + "tags:…" for tag state, shared
 * by every build so an invalidation reaches old and new instances during a
 * rollout; entries live under <prefix><buildId>:… so builds never share them.
 */
import { createClient, RESP_TYPES } from '@redis/client';
import fs from 'node:fs';
import path from 'node:path';

const STATE = Symbol.for('newsroom.redis-cache-store');
const TIMEOUT_MS = Number(process.env.REDIS_CACHE_TIMEOUT_MS) || 300;
const RETRY_AFTER_MS = 5000;

class TimeoutError extends Error {}

/** Entries of one build only: .next/BUILD_ID (next start runs in the project folder), else the deployment id. */
function readBuildId() {
  try {
    return fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return process.env.NEXT_DEPLOYMENT_ID || 'unknown-build';
  }
}

function createStore() {
  const prefix = process.env.REDIS_KEY_PREFIX ?? 'newsroom:';
  const buildId = readBuildId();
  const keys = {
    tagsExpired: `${prefix}tags:expired`,
    tagsStale: `${prefix}tags:stale`,
    tagsVersion: `${prefix}tags:version`,
    entry: (kind, key) => `${prefix}${buildId}:${kind}:${key}`,
  };

  /** tag -> { stale?: number, expired?: number } (ms since epoch) */
  const tagState = new Map();
  let syncedVersion = null;
  let syncing = null;
  let failing = false;
  // After a failure or timeout, skip Redis for a while instead of making every request wait.
  let skipUntil = 0;

  let client;
  let closed = false;
  // One instance behind Varnish without Redis: this process only.
  const memoryOnly = !process.env.REDIS_URL;

  function reportFailure(error) {
    skipUntil = Date.now() + RETRY_AFTER_MS;
    if (failing) return;
    failing = true;
    console.warn(
      `[cache] Redis at ${redactUrl(process.env.REDIS_URL)} unavailable (${error?.message ?? error}); ` +
        "serving from this instance's memory, invalidations stay local until it is back",
    );
  }

  function reportRecovery() {
    // Whatever was invalidated elsewhere meanwhile: read all tag state again.
    syncedVersion = null;
    if (failing) console.warn('[cache] Redis connection restored');
    failing = false;
    skipUntil = 0;
  }

  function connect() {
    const c = createClient({
      url: process.env.REDIS_URL,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 1000,
        reconnectStrategy: (retries) => Math.min(200 * (retries + 1), 5000),
      },
    }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    c.on('error', (error) => {
      if (c === client) reportFailure(error);
    });
    c.on('ready', () => {
      if (c === client) reportRecovery();
    });
    c.connect().catch((error) => {
      if (c === client) reportFailure(error);
    });
    // Never keep a process (e.g. a `next build` worker) alive for this socket.
    try {
      c.unref();
    } catch {}
    return c;
  }
  if (!memoryOnly) client = connect();

  /** A timed-out connection may be stuck (half-open, desynced): drop it, a fresh one connects after the pause. */
  function replaceClient() {
    const old = client;
    client = undefined;
    try {
      old?.destroy();
    } catch {}
  }

  function usable() {
    if (closed || memoryOnly || Date.now() < skipUntil) return false;
    client ??= connect();
    return client.isReady;
  }

  /** Runs a Redis call with a timeout; undefined when Redis is down, slow or failing. */
  async function run(fn) {
    if (!usable()) return undefined;
    let timer;
    try {
      const result = await Promise.race([
        fn(client),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new TimeoutError(`timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
        }),
      ]);
      if (failing) reportRecovery();
      return result;
    } catch (error) {
      reportFailure(error);
      if (error instanceof TimeoutError) replaceClient();
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Brings tagState up to date with Redis: one GET, two HGETALLs only if something changed. */
  function syncTags() {
    if (!usable()) return Promise.resolve();
    syncing ??= (async () => {
      try {
        const version = await run((c) => c.get(keys.tagsVersion));
        if (version === undefined) return;
        const v = version === null ? '0' : version.toString();
        if (v === syncedVersion) return;
        const both = await run((c) => Promise.all([c.hGetAll(keys.tagsExpired), c.hGetAll(keys.tagsStale)]));
        if (!both) return;
        const [expired, stale] = both;
        for (const [field, kind] of [
          [expired, 'expired'],
          [stale, 'stale'],
        ]) {
          for (const [tag, value] of Object.entries(field)) {
            const ts = Number(value.toString());
            const entry = tagState.get(tag) ?? {};
            if (!(entry[kind] >= ts)) entry[kind] = ts;
            tagState.set(tag, entry);
          }
        }
        syncedVersion = v;
      } finally {
        syncing = null;
      }
    })();
    return syncing;
  }

  /** Next's semantics (see next/dist/server/lib/cache-handlers/default.js updateTags). */
  async function updateTags(tags, durations) {
    if (!tags.length) return;
    const now = Date.now();
    const expiredWrites = {};
    const staleWrites = {};
    for (const tag of tags) {
      const entry = { ...tagState.get(tag) };
      if (durations) {
        entry.stale = now;
        staleWrites[tag] = String(now);
        if (durations.expire !== undefined) {
          entry.expired = now + durations.expire * 1000;
          expiredWrites[tag] = String(entry.expired);
        }
      } else {
        entry.expired = now;
        expiredWrites[tag] = String(now);
      }
      tagState.set(tag, entry);
    }
    await run((c) => {
      const m = c.multi();
      if (Object.keys(expiredWrites).length) m.hSet(keys.tagsExpired, expiredWrites);
      if (Object.keys(staleWrites).length) m.hSet(keys.tagsStale, staleWrites);
      m.incr(keys.tagsVersion);
      return m.exec();
    });
  }

  function isExpired(tags, timestamp) {
    const now = Date.now();
    for (const tag of tags) {
      const expired = tagState.get(tag)?.expired;
      if (typeof expired === 'number' && expired <= now && expired > timestamp) return true;
    }
    return false;
  }

  function isStale(tags, timestamp) {
    for (const tag of tags) {
      const stale = tagState.get(tag)?.stale;
      if (typeof stale === 'number' && stale > timestamp) return true;
    }
    return false;
  }

  function getExpiration(tags) {
    let max = 0;
    for (const tag of tags) max = Math.max(max, tagState.get(tag)?.expired ?? 0);
    return max;
  }

  /** Readiness (/readyz): true when Redis answers a PING within the command timeout. */
  async function ping() {
    return (await run((c) => c.ping())) !== undefined;
  }

  /** Graceful shutdown: closes the connection (pending commands finish first) and stops reconnecting. */
  async function close() {
    closed = true;
    const c = client;
    client = undefined;
    if (!c) return;
    try {
      await c.close();
    } catch {
      try {
        c.destroy();
      } catch {}
    }
  }

  return { run, keys, syncTags, updateTags, isExpired, isStale, getExpiration, ping, close };
}

function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'REDIS_URL';
  }
}

/** One store per process, whichever handler loads first. */
export function getStore() {
  globalThis[STATE] ??= createStore();
  return globalThis[STATE];
}

/** Size-bounded LRU (bytes), the memory tier in front of Redis. */
export class Lru {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    this.map = new Map();
  }
  get(key) {
    const item = this.map.get(key);
    if (!item) return undefined;
    this.map.delete(key);
    this.map.set(key, item);
    return item.value;
  }
  set(key, value, size) {
    this.delete(key);
    if (size > this.maxBytes) return;
    this.map.set(key, { value, size });
    this.bytes += size;
    for (const [k, item] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= item.size;
    }
  }
  delete(key) {
    const item = this.map.get(key);
    if (!item) return;
    this.map.delete(key);
    this.bytes -= item.size;
  }
}

/** Seconds for Redis EX from an entry's expire (seconds); undefined = no TTL. */
export function ttlSeconds(expire, fallback) {
  const seconds = typeof expire === 'number' && Number.isFinite(expire) && expire > 0 ? expire : fallback;
  return seconds === undefined ? undefined : Math.max(1, Math.ceil(seconds));
}
