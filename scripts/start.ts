/**
 * npm start        production server: database → migrations → seed → build if needed → next start
 * npm run dev      the same with `next dev` (no build)
 *
 * Without DATABASE_URL an embedded PostgreSQL is started (.data/postgres) and
 * lives as long as this process: it is shut down after Next exits. With
 * DATABASE_URL that database is used as is. PORT (default 3000) is the site's port.
 *
 * Other scripts can reuse the pieces: prepareDatabase (server + migrate + seed),
 * buildStaleness / buildApp (rebuild .next only when sources changed), spawnNext.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sessionLifetimes } from '../lib/auth/sessions.ts';
import { REPO_ROOT } from '../tools/db/embedded/index.ts';
import { prepareDatabase, runMain } from '../tools/db/prepare.ts';

export { prepareDatabase, seedDatabase, type PreparedDatabase } from '../tools/db/prepare.ts';

const require = createRequire(import.meta.url);

/** A failure whose message says it all (printed without a stack trace). */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Files and folders whose changes make `.next` stale (relative to the repository root). */
const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'prisma',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.js',
  'package.json',
  'package-lock.json',
  'postcss.config.mjs',
];
/** Generated or runtime output inside those folders. */
const BUILD_IGNORED = ['lib/generated', 'public/media/generated'];

/** Is `.next` missing or older than any source file? */
export function buildStaleness(root: string = REPO_ROOT): { stale: boolean; reason: string } {
  let builtAt: number;
  try {
    builtAt = fs.statSync(path.join(root, '.next', 'BUILD_ID')).mtimeMs;
  } catch {
    return { stale: true, reason: 'no build yet' };
  }
  const ignored = new Set(BUILD_IGNORED.map((p) => path.join(root, p)));
  const newer = (target: string): string | undefined => {
    if (ignored.has(target)) return undefined;
    let st: fs.Stats;
    try {
      st = fs.statSync(target);
    } catch {
      return undefined;
    }
    if (!st.isDirectory()) return st.mtimeMs > builtAt ? target : undefined;
    for (const entry of fs.readdirSync(target)) {
      if (entry === 'node_modules' || entry === '.DS_Store') continue;
      const found = newer(path.join(target, entry));
      if (found) return found;
    }
    // A directory's own mtime changes when files are added, removed or renamed.
    return st.mtimeMs > builtAt ? `${target}${path.sep}` : undefined;
  };
  for (const input of BUILD_INPUTS) {
    const found = newer(path.join(root, input));
    if (found) return { stale: true, reason: `${path.relative(root, found)} changed since the last build` };
  }
  return { stale: false, reason: 'up to date' };
}

/** Runs the Next.js CLI (`next <args>`) with the given environment. */
export function spawnNext(args: string[], env: NodeJS.ProcessEnv, stdio: StdioOptions = 'inherit'): ChildProcess {
  const nextBin = require.resolve('next/dist/bin/next');
  return spawn(process.execPath, [nextBin, ...args], { cwd: REPO_ROOT, env: { NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio });
}

export function waitForExit(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => {
    child.once('error', () => resolve({ code: 1, signal: null }));
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

/**
 * Runs `next build` unless .next is up to date. `env` must contain the
 * DATABASE_URL the build may read from (pages are prerendered at build time).
 * Returns what it did; throws when the build fails.
 */
export async function buildApp(
  env: NodeJS.ProcessEnv,
  options: { log?: (message: string) => void; force?: boolean; onSpawn?: (child: ChildProcess) => void } = {},
): Promise<'built' | 'up to date'> {
  const log = options.log ?? ((m: string) => console.log(m));
  const { stale, reason } = buildStaleness();
  if (!stale && !options.force) {
    log('Build: up to date (.next)');
    return 'up to date';
  }
  log(`Build: ${reason}; running next build…`);
  const started = Date.now();
  const child = spawnNext(['build'], env);
  options.onSpawn?.(child);
  const { code, signal } = await waitForExit(child);
  if (code !== 0) throw new StartupError(`next build failed (${signal ? `signal ${signal}` : `exit code ${code}`}); see its output above`);
  log(`Build: done in ${Math.round((Date.now() - started) / 1000)} s`);
  return 'built';
}

/** Resolves once something accepts TCP connections on `port` (or the child exits). */
function waitForPort(port: number, child: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(false);
      const socket = net.connect({ port, host: 'localhost' });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => {
        socket.destroy();
        setTimeout(attempt, 250);
      });
    };
    attempt();
  });
}

function exitCodeFor(signal: NodeJS.Signals): number {
  return 128 + (os.constants.signals[signal] ?? 1);
}

async function main(): Promise<number> {
  const dev = process.argv.includes('--dev');
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new StartupError(`PORT must be a port number, not ${process.env.PORT}`);
  try {
    sessionLifetimes(); // SESSION_MAX_AGE_MINUTES / SESSION_IDLE_TIMEOUT_MINUTES: refuse to start with bad values
  } catch (err) {
    throw new StartupError((err as Error).message);
  }

  let child: ChildProcess | undefined;
  let stopDatabase: (() => Promise<void>) | undefined;
  let interrupted = false;

  // Ctrl-C / SIGTERM: let Next (or the build) stop first, then the database.
  const onSignal = (signal: NodeJS.Signals) => {
    const running = child && child.exitCode === null && child.signalCode === null;
    if (running) {
      child!.kill(interrupted ? 'SIGKILL' : signal);
      interrupted = true;
      return;
    }
    interrupted = true;
    // Still preparing the database: stop what we started and leave.
    void (stopDatabase?.() ?? Promise.resolve()).finally(() => process.exit(exitCodeFor(signal)));
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, onSignal);

  const db = await prepareDatabase({ handleSignals: false });
  stopDatabase = db.stop;
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, ...db.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) };
    if (!dev) {
      try {
        await buildApp(env, { onSpawn: (c) => (child = c) });
      } catch (err) {
        if (interrupted) return 130; // Ctrl-C during the build: not an error worth reporting
        throw err;
      }
      if (interrupted) return 130;
    }
    // Production: our graceful shutdown instead of Next's (lib/server/shutdown.ts, README "Health and shutdown").
    child = spawnNext([dev ? 'dev' : 'start', '-p', String(port)], dev ? env : { ...env, NEXT_MANUAL_SIG_HANDLE: 'true' });
    void waitForPort(port, child).then((up) => {
      if (up) console.log(`Site: http://localhost:${port}${dev ? ' (development mode)' : ''}`);
    });
    const { code, signal } = await waitForExit(child);
    if (signal) return exitCodeFor(signal);
    return code ?? 1;
  } finally {
    await db.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  runMain(main);
}
