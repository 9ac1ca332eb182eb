/**
 * Counts summed in memory between flushes (ADR 018). One entry per article
 * and hour (views) or campaign and day (impressions, clicks), UTC, so 1,000
 * views a second of a few hundred articles are a few hundred rows per flush,
 * written in one statement (./store.ts). Pure: no timers, no database.
 */

export type MetricKind = 'view' | 'impression' | 'click';

/** The start of the hour (views) or the day (ads) of `at`, as an ISO string in UTC. */
export function bucketOf(kind: MetricKind, at: Date): string {
  const d = new Date(at.getTime());
  d.setUTCMinutes(0, 0, 0);
  if (kind !== 'view') d.setUTCHours(0);
  return d.toISOString();
}

/** What one flush writes: parallel arrays, each key once, sorted (so concurrent flushes lock rows in one order). */
export interface Batch {
  views: { ids: string[]; hours: string[]; counts: number[] };
  ads: { ids: string[]; days: string[]; impressions: number[]; clicks: number[] };
}

export const emptyBatch = (b: Batch) => b.views.ids.length === 0 && b.ads.ids.length === 0;

/** Distinct keys kept at most; beyond it new keys are dropped (and counted in `dropped`) until the next flush. */
export const DEFAULT_MAX_KEYS = 50_000;

export class MetricsBuffer {
  private views = new Map<string, number>();
  private ads = new Map<string, { impressions: number; clicks: number }>();
  /** Events refused because the buffer was full, since it was created. */
  dropped = 0;

  constructor(private readonly maxKeys = DEFAULT_MAX_KEYS) {}

  get size(): number {
    return this.views.size + this.ads.size;
  }

  /** Adds `n` events of `kind` for `id` at `at`; false when the buffer is full and the key is new. */
  add(kind: MetricKind, id: string, at: Date = new Date(), n = 1): boolean {
    const key = `${id}|${bucketOf(kind, at)}`;
    if (kind === 'view') {
      const current = this.views.get(key);
      if (current === undefined && this.size >= this.maxKeys) return this.drop(n);
      this.views.set(key, (current ?? 0) + n);
      return true;
    }
    let entry = this.ads.get(key);
    if (!entry) {
      if (this.size >= this.maxKeys) return this.drop(n);
      entry = { impressions: 0, clicks: 0 };
      this.ads.set(key, entry);
    }
    if (kind === 'impression') entry.impressions += n;
    else entry.clicks += n;
    return true;
  }

  private drop(n: number): false {
    this.dropped += n;
    return false;
  }

  /** Everything counted so far, as one batch; the buffer starts empty again. */
  drain(): Batch {
    const batch: Batch = { views: { ids: [], hours: [], counts: [] }, ads: { ids: [], days: [], impressions: [], clicks: [] } };
    for (const [key, n] of [...this.views].sort(byKey)) {
      const [id, hour] = key.split('|');
      batch.views.ids.push(id);
      batch.views.hours.push(hour);
      batch.views.counts.push(n);
    }
    for (const [key, e] of [...this.ads].sort(byKey)) {
      const [id, day] = key.split('|');
      batch.ads.ids.push(id);
      batch.ads.days.push(day);
      batch.ads.impressions.push(e.impressions);
      batch.ads.clicks.push(e.clicks);
    }
    this.views.clear();
    this.ads.clear();
    return batch;
  }

  /** Puts a batch that could not be written back (added to what came in meanwhile). */
  restore(batch: Batch): void {
    batch.views.ids.forEach((id, i) => this.add('view', id, new Date(batch.views.hours[i]), batch.views.counts[i]));
    batch.ads.ids.forEach((id, i) => {
      const at = new Date(batch.ads.days[i]);
      if (batch.ads.impressions[i]) this.add('impression', id, at, batch.ads.impressions[i]);
      if (batch.ads.clicks[i]) this.add('click', id, at, batch.ads.clicks[i]);
    });
  }
}

const byKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
