/** Runs once per server process: starts scheduled publishing (lib/editorial/scheduler.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startScheduler } = await import('./lib/editorial/scheduler');
  startScheduler();
}

/** A request failed because the database is unreachable: mark it down (lib/db/availability.ts). */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { reportDatabaseError } = await import('./lib/db/availability');
  reportDatabaseError(error);
}
