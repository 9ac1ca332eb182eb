/**
 * npm run stack [-- --port 8080] [--instances 2]
 *
 * The documented production stack on this machine, for trying it out
 * (README, "Deploying behind Varnish"):
 *   1. a migrated, seeded database: DATABASE_URL, else the embedded PostgreSQL
 *      (.data/postgres), as `npm start` does;
 *   2. `next build` when .next is older than the sources;
 *   3. two `next start` instances (ports port+1, port+2) sharing Redis
 *      (REDIS_URL, default redis://127.0.0.1:6379; key prefix REDIS_KEY_PREFIX,
 *      default newsroom-stack:) and the database;
 *   4. Varnish on the port (default STACK_PORT or 8080; admin on port+3) with
 *      deploy/varnish/default.vcl, round robin over both, and
 *      VARNISH_PURGE_URL pointing at it.
 * `--instances 1` runs one instance without Redis (memory-only handlers).
 * Ctrl-C stops Varnish, the instances, then the database.
 */
import { prepareDatabase, reportFatal, runMain } from '../tools/db/prepare.ts';
import { findVarnishd, portIsFree, startStack, type Stack } from '../tools/stack.ts';
import { reachable } from '../tools/test-harness.ts';
import { buildApp, StartupError } from './start.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) throw new StartupError(`--${name} must be a positive integer, not ${value}`);
  return n;
}

async function main(): Promise<number> {
  const port = option('port', Number(process.env.STACK_PORT ?? 8080));
  const instances = option('instances', 2);
  if (!findVarnishd()) throw new StartupError('varnishd is not installed: apt-get install -y varnish varnish-modules');
  const redisUrl = instances > 1 ? (process.env.REDIS_URL ?? 'redis://127.0.0.1:6379') : undefined;
  if (redisUrl && !(await reachable(redisUrl))) {
    throw new StartupError(`No Redis at ${redisUrl}: ${instances} instances share their caches through it. Start Redis, set REDIS_URL, or use --instances 1.`);
  }
  for (let p = port; p <= port + instances + 1; p++) {
    if (!(await portIsFree(p))) throw new StartupError(`Port ${p} is taken (the stack uses ${port}-${port + instances + 1}); choose another with --port`);
  }

  let stack: Stack | undefined;
  let interrupted = false;
  let wake: (reason: string) => void = () => {};
  const stopped = new Promise<string>((resolve) => (wake = resolve));
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(130);
    interrupted = true;
    wake(`Stopping (${signal})…`);
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, onSignal);

  const db = await prepareDatabase({ handleSignals: false });
  try {
    if (interrupted) return 130;
    await buildApp({ ...process.env, DATABASE_URL: db.connectionString, NEXT_TELEMETRY_DISABLED: '1' });
    if (interrupted) return 130;
    stack = await startStack({
      databaseUrl: db.connectionString,
      port,
      instances,
      redisUrl,
      redisKeyPrefix: process.env.REDIS_KEY_PREFIX ?? 'newsroom-stack:',
      env: db.env,
      onLine: (line) => console.log(line),
    });
    console.log(`\nSite through Varnish: ${stack.url}  (instances: ${stack.instances.map((i) => i.url).join(', ')}; Ctrl-C stops it all)`);
    const reason = await Promise.race([stopped, stack.exited]);
    console.log(reason);
    return interrupted ? 130 : 1;
  } catch (err) {
    if (interrupted) return 130;
    reportFatal(err);
    return 1;
  } finally {
    await stack?.stop();
    await db.stop();
  }
}

runMain(main);
