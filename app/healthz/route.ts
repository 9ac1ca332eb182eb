import { connection } from 'next/server';

/**
 * GET /healthz — liveness: the process runs and answers HTTP. No I/O, so a
 * database or Redis outage never gets a healthy instance restarted.
 * `connection()` keeps it out of the build's prerendering (Cache Components
 * would otherwise serve a build-time copy).
 */
export async function GET() {
  await connection();
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
