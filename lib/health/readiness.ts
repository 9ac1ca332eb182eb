import { db } from '@/lib/db/client';
import { reportDatabaseError, reportDatabaseOk } from '@/lib/db/availability';

/**
 * What GET /readyz answers: may this instance get traffic? The database must
 * answer `SELECT 1` and, when REDIS_URL is set, Redis a PING, each within a
 * short timeout; and the process must not be shutting down (lib/server/shutdown.ts).
 */
export type CheckResult = { ok: true; ms: number } | { ok: false; ms: number; error: string };

export interface Readiness {
  ready: boolean;
  /** Why not ready, for people reading the JSON (undefined when ready). */
  reason?: string;
  checks: Record<string, CheckResult>;
}

const TIMEOUT_MS = Number(process.env.READINESS_TIMEOUT_MS) || 1000;
const SHUTTING_DOWN = Symbol.for('newsroom.shutting-down');
const REDIS_STORE = Symbol.for('newsroom.redis-cache-store');

type Globals = Record<symbol, unknown>;

/** Called once on SIGTERM: /readyz answers 503 from then on, so load balancers stop sending traffic. */
export function markShuttingDown(): void {
  (globalThis as unknown as Globals)[SHUTTING_DOWN] = true;
}

export function isShuttingDown(): boolean {
  return (globalThis as unknown as Globals)[SHUTTING_DOWN] === true;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function timed(fn: () => Promise<void>): Promise<CheckResult> {
  const started = performance.now();
  try {
    await fn();
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, ms: Math.round(performance.now() - started), error: message.trim().split('\n').pop()!.slice(0, 200) };
  }
}

async function checkDatabase(): Promise<CheckResult> {
  const result = await timed(async () => {
    try {
      await withTimeout(db().$queryRaw`SELECT 1`, TIMEOUT_MS, 'the database');
    } catch (error) {
      reportDatabaseError(error);
      throw error;
    }
  });
  if (result.ok) reportDatabaseOk();
  return result;
}

/** The Redis connection the cache handlers use (cache-handlers/redis-store.mjs), when REDIS_URL is set. */
async function checkRedis(): Promise<CheckResult> {
  return timed(async () => {
    const store = (globalThis as unknown as Globals)[REDIS_STORE] as { ping(): Promise<boolean> } | undefined;
    if (!store) throw new Error('the Redis cache handlers are not loaded');
    // ping() gives up after REDIS_CACHE_TIMEOUT_MS (300 ms) and for 5 s after a failure.
    if (!(await withTimeout(store.ping(), TIMEOUT_MS, 'Redis'))) throw new Error('Redis did not answer (see the [cache] log line)');
  });
}

export async function readiness(): Promise<Readiness> {
  if (isShuttingDown()) return { ready: false, reason: 'shutting down', checks: {} };
  const [database, redis] = await Promise.all([checkDatabase(), process.env.REDIS_URL ? checkRedis() : undefined]);
  const checks: Record<string, CheckResult> = { database };
  if (redis) checks.redis = redis;
  const failed = Object.entries(checks).filter(([, c]) => !c.ok);
  if (failed.length === 0) return { ready: true, checks };
  return { ready: false, reason: failed.map(([name, c]) => `${name}: ${c.ok ? '' : c.error}`).join('; '), checks };
}
