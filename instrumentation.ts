/**
 * Runs once per server process: starts scheduled publishing
 * (lib/editorial/scheduler.ts) and, when NEXT_MANUAL_SIG_HANDLE is set, the
 * graceful shutdown on SIGTERM/SIGINT (lib/server/shutdown.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startScheduler } = await import('./lib/editorial/scheduler');
  const { installShutdownHandler } = await import('./lib/server/shutdown');
  startScheduler();
  installShutdownHandler();
}

/** A request failed because the database is unreachable: mark it down (lib/db/availability.ts) so the proxy answers 503. */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { reportDatabaseError } = await import('./lib/db/availability');
  reportDatabaseError(error);
}
