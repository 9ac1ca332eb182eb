/**
 * Runs once per server process, once it listens: starts scheduled publishing
 * (lib/editorial/scheduler.ts), lets the proxy see public pages while the
 * database is down (lib/server/outage-marker.ts), records each request's peer
 * address for the sign-in limits (lib/server/peer-address.ts), answers 301 and
 * 410 where the app router can only say 308 and 404 (lib/server/miss-status.ts),
 * answers the view/impression beacon before Next's router (lib/metrics/fast-path.ts), with VARNISH_PURGE_URL set
 * purges Varnish after every invalidation (lib/cache/varnish.ts) and, when
 * NEXT_MANUAL_SIG_HANDLE is set, the graceful shutdown on SIGTERM/SIGINT
 * (lib/server/shutdown.ts). In production on a DATABASE_URL, warns loudly
 * when demo staff accounts (public passwords) are still enabled
 * (lib/auth/demo-warning.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startScheduler } = await import('./lib/editorial/scheduler');
  const { installOutageMarker } = await import('./lib/server/outage-marker');
  const { installShutdownHandler } = await import('./lib/server/shutdown');
  const { installPeerAddress } = await import('./lib/server/peer-address');
  const { installMissStatus } = await import('./lib/server/miss-status');
  startScheduler();
  installOutageMarker();
  installPeerAddress();
  installMissStatus();
  installShutdownHandler();
  // POST /beacon answered before Next's router (ADR 018); after the listeners above, which it keeps.
  const { installBeaconFastPath } = await import('./lib/metrics/fast-path');
  installBeaconFastPath();
  const { registerVarnishPurge } = await import('./lib/cache/varnish');
  registerVarnishPurge();
  const { warnAboutDemoAccounts } = await import('./lib/auth/demo-warning');
  await warnAboutDemoAccounts();
}

/** A request failed because the database is unreachable: mark it down (lib/db/availability.ts) so the proxy answers 503. */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { reportDatabaseError } = await import('./lib/db/availability');
  reportDatabaseError(error);
}
