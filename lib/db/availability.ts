import pg from 'pg';

/**
 * Is the database reachable? One answer per process, kept on globalThis
 * because Next bundles this module separately into the proxy, the routes and
 * instrumentation.
 *
 * - Marked down when a connection-level failure is seen: an idle pooled
 *   connection dropped by the server (PrismaPg's onPoolError, e.g. when
 *   PostgreSQL shuts down), a request that failed on one (instrumentation's
 *   onRequestError), or a failed /readyz check.
 * - While down, a probe opens a fresh connection once a second
 *   (DATABASE_URL, 1 s timeout) and marks it up again on the first success:
 *   the site recovers without a restart.
 *
 * The proxy reads it (no I/O) to answer 503 for pages that are not in Next's
 * cache (lib/health/outage.ts).
 */
interface State {
  down: boolean;
  since: number;
  reason: string;
  probe?: NodeJS.Timeout;
}

const STATE = Symbol.for('newsroom.db-availability');
const PROBE_INTERVAL_MS = 1000;
const PROBE_TIMEOUT_MS = 1000;

function state(): State {
  const g = globalThis as unknown as Record<symbol, State | undefined>;
  return (g[STATE] ??= { down: false, since: 0, reason: '' });
}

/** Node socket errors and PostgreSQL SQLSTATEs that mean "no usable connection", not "bad query". */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);
/** Prisma: can't reach the server, timed out, server closed the connection. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017']);
/** PrismaPg's DriverAdapterError kinds for connection failures. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);
/**
 * pg's own errors (no code). Not "timeout exceeded when trying to connect":
 * that is the wait for a free pooled connection, i.e. load, not an outage.
 */
const PG_MESSAGES = /Connection terminated|timeout expired|Can't reach database server/i;

/** True when `error` (or anything in its cause chain) says the database cannot be reached. */
export function isDatabaseUnavailableError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown }; errors?: unknown };
  if (typeof e.code === 'string') {
    if (SOCKET_CODES.has(e.code) || PRISMA_CODES.has(e.code)) return true;
    // SQLSTATE class 08 (connection exception), 57P01-57P03 (admin/crash shutdown, cannot connect now)
    if (/^08...$/.test(e.code) || /^57P0[123]$/.test(e.code)) return true;
  }
  if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === 'string' && PG_MESSAGES.test(e.message)) return true;
  const nested = [e.cause, e.meta?.driverAdapterError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((n) => isDatabaseUnavailableError(n, depth + 1));
}

/** No I/O: has a connection failure been seen and not yet followed by a successful probe? */
export function isDatabaseDown(): boolean {
  return state().down;
}

/** Records `error` if it is a connection failure (then starts the recovery probe); returns whether it was one. */
export function reportDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailableError(error)) return false;
  const s = state();
  if (!s.down) {
    s.down = true;
    s.since = Date.now();
    s.reason = error instanceof Error ? error.message.trim().split('\n').pop()!.slice(0, 200) : String(error);
    console.error(`[db] database unreachable (${s.reason}); pages not in the cache answer 503 until it is back`);
  }
  startProbe();
  return true;
}

/** A query succeeded: the database is reachable. */
export function reportDatabaseOk(): void {
  const s = state();
  if (s.probe) clearInterval(s.probe);
  s.probe = undefined;
  if (!s.down) return;
  s.down = false;
  console.warn(`[db] database reachable again after ${Math.round((Date.now() - s.since) / 1000)} s`);
}

/** Opens one fresh connection and runs SELECT 1; rejects on failure or after `timeoutMs`. */
export async function probeDatabase(timeoutMs = PROBE_TIMEOUT_MS): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    void client.end().catch(() => {});
  }
}

function startProbe(): void {
  const s = state();
  if (s.probe) return;
  let running = false;
  s.probe = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await probeDatabase();
      reportDatabaseOk();
    } catch {
      // still down; try again in a second
    } finally {
      running = false;
    }
  }, PROBE_INTERVAL_MS);
  s.probe.unref();
}
