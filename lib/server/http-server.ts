import type http from 'node:http';
import net from 'node:net';

/**
 * The HTTP server(s) this process listens with. `next start` creates its
 * http.Server in next/dist/server/lib/start-server.js and keeps it to
 * itself; it is already listening when instrumentation's register() runs,
 * so it is among the process's active handles. `process._getActiveHandles()`
 * is undocumented (checked on Node 20.20); if it ever finds nothing, the
 * callers say so in the log and `npm run test:health` fails.
 */
export function listeningServers(): http.Server[] {
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  return handles.filter((h): h is http.Server => h instanceof net.Server && h.listening && typeof (h as http.Server).closeIdleConnections === 'function');
}
