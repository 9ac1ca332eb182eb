/** Runs once per server process: starts scheduled publishing (lib/editorial/scheduler.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startScheduler } = await import('./lib/editorial/scheduler');
  startScheduler();
}
