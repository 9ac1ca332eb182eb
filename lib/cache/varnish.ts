import { onInvalidate } from './invalidate';

/**
 * Purges Varnish by surrogate key after every invalidation (README,
 * "Deploying behind Varnish"; deploy/varnish/default.vcl).
 *
 * Every cached public response carries `xkey: <its cache tags>` (added by
 * cache-handlers/surrogate-keys.mjs). invalidate() expires the tags in Next's
 * caches and then calls this hook, which sends `PURGE /` with header
 * `xkey: <tags>` to every address in VARNISH_PURGE_URL (comma-separated: one
 * per Varnish). The VCL accepts PURGE only from its `purgers` ACL and
 * soft-purges: the objects stop being fresh at once, and stay only as grace
 * copies for when the app is down.
 *
 * A purge that fails (Varnish restarting, unreachable) is logged and retried
 * once a second later; the write itself has already succeeded.
 */

const TIMEOUT_MS = 2000;
const RETRY_AFTER_MS = 1000;
/** Keys per PURGE request, well under Varnish's 8 KB header line limit. */
const KEYS_PER_REQUEST = 100;
const REGISTERED = Symbol.for('newsroom.varnish-purge-registered');

/** The purge addresses in VARNISH_PURGE_URL (comma-separated http(s) URLs); invalid ones are reported and skipped. */
export function varnishPurgeUrls(value: string | undefined = process.env.VARNISH_PURGE_URL): string[] {
  const urls: string[] = [];
  for (const part of (value ?? '').split(',')) {
    const text = part.trim();
    if (!text) continue;
    try {
      const url = new URL(text);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
      urls.push(url.toString());
    } catch {
      console.error(`[varnish] VARNISH_PURGE_URL: "${text}" is not an http(s) URL; ignored`);
    }
  }
  return urls;
}

/** The keys to purge for these tags: one per tag (surrogate keys cannot contain whitespace). */
export function purgeKeys(tags: Iterable<string>): string[] {
  return [...new Set([...tags].map((t) => t.trim()).filter((t) => t && !/\s/.test(t)))];
}

export interface PurgeResult {
  url: string;
  ok: boolean;
  /** Objects purged, as the VCL reports it (header `xkey-purged`). */
  purged?: number;
  error?: string;
}

/** Sends the purge for `keys` to one Varnish. */
async function purgeOne(url: string, keys: string[]): Promise<PurgeResult> {
  let purged = 0;
  try {
    for (let i = 0; i < keys.length; i += KEYS_PER_REQUEST) {
      const res = await fetch(url, {
        method: 'PURGE',
        headers: { xkey: keys.slice(i, i + KEYS_PER_REQUEST).join(' ') },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) return { url, ok: false, error: `answered ${res.status}` };
      purged += Number(res.headers.get('xkey-purged')) || 0;
    }
    return { url, ok: true, purged };
  } catch (error) {
    return { url, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Purges `tags` in every Varnish of `urls`, in parallel. */
export async function purgeVarnish(urls: string[], tags: Iterable<string>): Promise<PurgeResult[]> {
  const keys = purgeKeys(tags);
  if (keys.length === 0) return [];
  return Promise.all(urls.map((url) => purgeOne(url, keys)));
}

/**
 * Registers the purge hook once per process when VARNISH_PURGE_URL is set
 * (instrumentation.ts). Returns whether purging is on.
 */
export function registerVarnishPurge(): boolean {
  const urls = varnishPurgeUrls();
  if (urls.length === 0) return false;
  const g = globalThis as Record<symbol, unknown>;
  if (g[REGISTERED]) return true;
  g[REGISTERED] = true;
  onInvalidate(async (tags) => {
    const results = await purgeVarnish(urls, tags);
    const failed = results.filter((r) => !r.ok);
    if (failed.length === 0) return;
    for (const r of failed) console.error(`[varnish] purge at ${r.url} failed (${r.error}); retrying in ${RETRY_AFTER_MS / 1000} s`);
    setTimeout(() => {
      void purgeVarnish(
        failed.map((r) => r.url),
        tags,
      ).then((retried) => {
        for (const r of retried) {
          if (!r.ok) console.error(`[varnish] purge at ${r.url} failed again (${r.error}); pages with keys ${purgeKeys(tags).join(' ')} stay cached until their TTL`);
        }
      });
    }, RETRY_AFTER_MS).unref();
  });
  return true;
}
