import type http from 'node:http';
import { closeDatabase } from '@/lib/db/client';
import { stopScheduler } from '@/lib/editorial/scheduler';
import { markShuttingDown } from '@/lib/health/readiness';
import { flushMetrics } from '@/lib/metrics/recorder';
import { listeningServers } from './http-server';

/**
 * Graceful shutdown of `next start` on SIGTERM (and SIGINT), installed by
 * instrumentation.ts when NEXT_MANUAL_SIG_HANDLE is set (then Next installs no
 * handler of its own: next/dist/server/lib/start-server.js). Next's own
 * handler closes the listener and waits for every connection with no time
 * limit, keeps serving new requests on kept-alive connections, leaves the
 * database pool and Redis open, and exits 143.
 *
 * Here, on the first signal:
 *   1. /readyz answers 503 (load balancers stop sending traffic); the
 *      scheduler stops;
 *   2. after SHUTDOWN_DELAY_MS (default 0: for load balancers that only learn
 *      from /readyz), the listener closes: new connections are refused;
 *      requests in flight finish; requests that still arrive on kept-alive
 *      connections are answered with `Connection: close`; connections are
 *      closed as soon as they are idle (checked every 200 ms);
 *   3. after SHUTDOWN_TIMEOUT_MS (default 10 s) whatever is still open is
 *      cut (logged);
 *   4. counts not yet written (lib/metrics/) are written; the database pool
 *      ($disconnect) and the Redis connection close;
 *   5. exit 0 (SIGINT: 130).
 * Further signals are ignored (`npm start` sends SIGKILL on a second Ctrl+C).
 */
const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
const REDIS_STORE = Symbol.for('newsroom.redis-cache-store');

function log(message: string) {
  console.log(`[shutdown] ${message}`);
}

function ms(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 && process.env[name] !== '' ? value : fallback;
}

const sleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

function openConnections(server: http.Server): Promise<number> {
  return new Promise((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));
}

/** Stops accepting, lets requests in flight finish; true when every connection closed before `timeoutMs`. */
async function drain(server: http.Server, timeoutMs: number): Promise<boolean> {
  // Requests that still arrive on kept-alive connections are answered, then their connection closes.
  server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  });
  const closed = new Promise<true>((resolve) => server.close(() => resolve(true)));
  // close() drops the connections idle at that moment; these become idle when their response ends.
  const idle = setInterval(() => server.closeIdleConnections(), 200);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const done = await Promise.race([closed, timedOut]);
  clearInterval(idle);
  clearTimeout(timer);
  if (!done) {
    log(`${await openConnections(server)} connection(s) still open after ${timeoutMs} ms: closing them`);
    server.closeAllConnections();
  }
  return done;
}

async function closeResources(): Promise<void> {
  // Views, impressions and clicks counted since the last flush (lib/metrics/, ADR 018).
  await flushMetrics().catch(() => {});
  const redis = (globalThis as unknown as Record<symbol, { close(): Promise<void> } | undefined>)[REDIS_STORE];
  const results = await Promise.allSettled([closeDatabase(), redis?.close()]);
  for (const r of results) if (r.status === 'rejected') log(`closing a connection failed: ${r.reason}`);
}

async function shutdown(signal: NodeJS.Signals): Promise<never> {
  const delayMs = ms('SHUTDOWN_DELAY_MS', 0);
  const timeoutMs = ms('SHUTDOWN_TIMEOUT_MS', 10_000);
  // Last resort if something below hangs.
  setTimeout(
    () => {
      log('did not finish in time; exiting');
      process.exit(1);
    },
    delayMs + timeoutMs + 5000,
  ).unref();

  markShuttingDown();
  stopScheduler();
  const servers = listeningServers();
  log(`${signal}: /readyz now answers 503${delayMs ? `; closing the listener in ${delayMs} ms` : ''}`);
  if (delayMs) await sleep(delayMs);

  if (servers.length === 0) log('no listening HTTP server found: requests in flight are not awaited');
  const started = Date.now();
  const counts = await Promise.all(servers.map(openConnections));
  log(`listener closed; waiting for ${counts.reduce((a, b) => a + b, 0)} open connection(s), at most ${timeoutMs} ms`);
  const drained = await Promise.all(servers.map((s) => drain(s, timeoutMs)));
  if (drained.every(Boolean)) log(`connections drained in ${Date.now() - started} ms`);

  await Promise.race([closeResources(), sleep(3000)]);
  log('database and Redis connections closed; exiting');
  process.exit(signal === 'SIGINT' ? 130 : 0);
}

/** Installs the handler (once per process); a no-op unless NEXT_MANUAL_SIG_HANDLE is set. */
export function installShutdownHandler(): void {
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) return;
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    void shutdown(signal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
}
