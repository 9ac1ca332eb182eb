/**
 * The browser side of the beacon (ADR 018): queues what the page saw and
 * sends it to POST /beacon with navigator.sendBeacon (fetch keepalive as a
 * fallback) a moment later, or at once when the page is hidden, so a page
 * view and the ad impressions that follow it share a request. No cookie, no
 * identifier: the server counts by address with limits. Nothing is sent from
 * the admin (previews) or while the page is being prerendered.
 */
import { BEACON_PATH, MAX_IMPRESSIONS, type Beacon } from './beacon';

let view: string | undefined;
let impressions: string[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

function send() {
  clearTimeout(timer);
  timer = undefined;
  while (view || impressions.length) {
    const beacon: Beacon = { ...(view ? { view } : {}), ...(impressions.length ? { impressions: impressions.slice(0, MAX_IMPRESSIONS) } : {}) };
    view = undefined;
    impressions = impressions.slice(MAX_IMPRESSIONS);
    const body = JSON.stringify(beacon);
    // text/plain: a "simple" request, and what sendBeacon sends for a string anyway.
    const sent = typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(BEACON_PATH, new Blob([body], { type: 'text/plain' }));
    if (!sent) void fetch(BEACON_PATH, { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'text/plain' } }).catch(() => {});
  }
}

function schedule() {
  if (!listening) {
    listening = true;
    addEventListener('pagehide', send);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') send();
    });
  }
  timer ??= setTimeout(send, 500);
}

function counting(): boolean {
  if (typeof window === 'undefined' || location.pathname.startsWith('/admin')) return false;
  return !(document as Document & { prerendering?: boolean }).prerendering;
}

/** Counts a view of the article `id` (once per page load; the server also counts a client once per 10 minutes). */
export function countView(id: string) {
  if (!counting()) return;
  view = id;
  schedule();
}

const seen = new Set<string>();

/** Counts one impression of a campaign per page load. */
export function countImpression(campaignId: string) {
  if (!counting() || seen.has(campaignId)) return;
  seen.add(campaignId);
  impressions.push(campaignId);
  schedule();
}
