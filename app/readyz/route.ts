import { connection } from 'next/server';
import { readiness } from '@/lib/health/readiness';

/**
 * GET /readyz — readiness: 200 when the database (and Redis, when REDIS_URL is
 * set) answer within READINESS_TIMEOUT_MS (default 1 s) each and the process is
 * not shutting down; otherwise 503 with the reason. See lib/health/readiness.ts.
 */
export async function GET() {
  await connection();
  const { ready, reason, checks } = await readiness();
  return Response.json({ status: ready ? 'ready' : 'unavailable', ...(reason ? { reason } : {}), checks }, { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
