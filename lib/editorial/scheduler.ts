import { randomBytes } from 'node:crypto';

/**
 * Runs scheduled publishing inside every server process: once a second it
 * asks its own /admin/api/cron/publish-due endpoint (a request context is
 * what lets the publish invalidate Next's caches). The claim is one atomic
 * UPDATE, so several instances never publish twice, and the schedule lives in
 * the database, so a restart misses nothing. Set SCHEDULER_INTERVAL_MS=0 to
 * turn it off and call the endpoint from an external cron instead (with the
 * SCHEDULER_SECRET header).
 */
let timer: NodeJS.Timeout | undefined;

export function startScheduler() {
  const interval = Number(process.env.SCHEDULER_INTERVAL_MS ?? 1000);
  if (!(interval > 0) || process.env.NEXT_PHASE === 'phase-production-build') return;
  process.env.SCHEDULER_SECRET ||= randomBytes(32).toString('hex');
  let running = false;
  let lastError = '';
  timer = setInterval(async () => {
    const origin = process.env.__NEXT_PRIVATE_ORIGIN; // set by Next once it listens
    if (running || !origin) return;
    running = true;
    try {
      const res = await fetch(new URL('/admin/api/cron/publish-due', origin), {
        method: 'POST',
        headers: { 'x-scheduler-secret': process.env.SCHEDULER_SECRET! },
      });
      if (!res.ok) throw new Error(`publish-due answered ${res.status}`);
      lastError = '';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastError) console.error(`Scheduler: ${message}`);
      lastError = message;
    } finally {
      running = false;
    }
  }, interval);
  timer.unref();
}

/** Graceful shutdown: no new runs (a run in progress finishes as a normal request). */
export function stopScheduler() {
  clearInterval(timer);
  timer = undefined;
}
