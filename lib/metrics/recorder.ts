import { db } from '../db/client';
import { MetricsBuffer, emptyBatch, type MetricKind } from './buffer';
import { clientLimits, allowEvent, type ClientLimits } from './limits';
import { writeBatch } from './store';

/**
 * The per-instance counter behind the beacon and the ad click redirect (ADR
 * 018): events are summed in memory and written every METRICS_FLUSH_MS
 * (default 5000) in one statement, and once more on graceful shutdown
 * (lib/server/shutdown.ts). Kept on globalThis: Next bundles each route and
 * instrumentation.ts apart, and all must share one buffer and one timer.
 */
const KEY = Symbol.for('newsroom.metrics');

interface Recorder {
  buffer: MetricsBuffer;
  limits: ClientLimits;
  timer?: NodeJS.Timeout;
  flushing?: Promise<void>;
  /** Statements written and events counted since start (for the bench and logs). */
  stats: { flushes: number; failures: number; events: number };
}

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const n = Number(raw);
  return raw && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export const flushIntervalMs = () => intEnv('METRICS_FLUSH_MS', 5000, 100, 600_000);

function recorder(): Recorder {
  const g = globalThis as Record<symbol, Recorder | undefined>;
  g[KEY] ??= { buffer: new MetricsBuffer(), limits: clientLimits(intEnv('METRICS_EVENTS_PER_MINUTE', 60, 1, 100_000)), stats: { flushes: 0, failures: 0, events: 0 } };
  return g[KEY];
}

function startTimer(r: Recorder) {
  if (r.timer) return;
  r.timer = setInterval(() => void flushMetrics(), flushIntervalMs());
  r.timer.unref();
}

/**
 * Counts one event from `client` (its address key) unless its limits are
 * used up (lib/metrics/limits.ts); whether it counted.
 */
export function recordEvent(kind: MetricKind, id: string, client: string, now = new Date()): boolean {
  const r = recorder();
  if (!allowEvent(r.limits, client, kind, id, now.getTime())) return false;
  if (!r.buffer.add(kind, id, now)) return false;
  r.stats.events++;
  startTimer(r);
  return true;
}

/** Writes what was counted since the last flush (one statement); a failed write is kept for the next one. */
export async function flushMetrics(): Promise<void> {
  const r = recorder();
  // One flush at a time: a slow database must not pile up statements. A call
  // during a flush waits for it, then writes what came in meanwhile.
  while (r.flushing) await r.flushing;
  const batch = r.buffer.drain();
  if (emptyBatch(batch)) return;
  r.flushing = Promise.resolve()
    .then(() => writeBatch(db(), batch))
    .then(() => {
      r.stats.flushes++;
    })
    .catch((error: unknown) => {
      r.stats.failures++;
      r.buffer.restore(batch);
      console.error(`[metrics] writing counts failed (kept for the next flush): ${error instanceof Error ? error.message : String(error)}`);
    })
    .finally(() => {
      r.flushing = undefined;
    });
  return r.flushing;
}

/** Counters of this process (statements written, events counted, events dropped by a full buffer). */
export function metricsStats() {
  const r = recorder();
  return { ...r.stats, dropped: r.buffer.dropped, buffered: r.buffer.size };
}
