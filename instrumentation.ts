/**
 * Runs once per server process: starts scheduled publishing
 * (lib/editorial/scheduler.ts) and, with VARNISH_PURGE_URL set, purges
 * Varnish after every invalidation (lib/cache/varnish.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startScheduler } = await import('./lib/editorial/scheduler');
  startScheduler();
  const { registerVarnishPurge } = await import('./lib/cache/varnish');
  registerVarnishPurge();
}
