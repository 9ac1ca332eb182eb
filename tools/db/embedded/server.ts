/**
 * Starting the embedded server: picks the cluster (.data/postgres, or a
 * throw-away .data/test-postgres/<pid>), reuses a server another live process
 * started on it or shuts down an orphaned one, then spawns postgres on a free
 * port and waits until it accepts connections. Also startEmbeddedDatabase
 * (server plus database) and describeEmbedded.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadBinaries } from './binaries.ts';
import { ensureCluster, removeStaleTestClusters } from './cluster.ts';
import { DATA_ROOT, DEFAULT_DATABASE, DEFAULT_DEV_PORT, DEFAULT_TEST_PORT, REPO_ROOT } from './config.ts';
import { canConnect, ensureDatabase } from './database.ts';
import { choosePort } from './ports.ts';
import { installExitHook, isAlive, liveChildren, runningServer, shutdownPid } from './process.ts';
import { assertReachable, mkdirOpen, resolveRunAs } from './run-as.ts';
import { EmbeddedPostgresError, type EmbeddedDatabase, type EmbeddedOptions, type EmbeddedServer } from './types.ts';
import { makeUrl } from './urls.ts';

function tail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Starts (or reuses) the embedded PostgreSQL server. Resolves once it accepts
 * connections.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  const mode = options.mode ?? 'dev';
  const log = options.log ?? (() => {});
  const envPort = mode === 'test' ? process.env.EMBEDDED_PG_TEST_PORT : process.env.EMBEDDED_PG_PORT;
  const preferredPort = options.port ?? (envPort ? Number(envPort) : mode === 'test' ? DEFAULT_TEST_PORT : DEFAULT_DEV_PORT);
  if (!Number.isInteger(preferredPort) || preferredPort <= 0 || preferredPort > 65535) {
    throw new EmbeddedPostgresError(`Invalid port for the embedded PostgreSQL server: ${envPort ?? options.port}`);
  }

  const binaries = await loadBinaries();
  const runAs = resolveRunAs();

  await mkdirOpen(DATA_ROOT);
  let dataDir: string;
  let passwordFile: string | undefined;
  if (mode === 'test') {
    const testRoot = path.join(DATA_ROOT, 'test-postgres');
    await mkdirOpen(testRoot);
    await removeStaleTestClusters(testRoot);
    dataDir = path.join(testRoot, String(process.pid));
    await fsp.rm(dataDir, { recursive: true, force: true });
  } else {
    dataDir = path.join(DATA_ROOT, 'postgres');
    passwordFile = `${dataDir}.password`;
  }
  const ownerFile = `${dataDir}.owner`;
  const logFile = `${dataDir}.log`;
  if (runAs) assertReachable(dataDir, runAs);

  const { initialized, password } = await ensureCluster(dataDir, passwordFile, binaries, runAs, mode === 'test');
  if (initialized) log(`Initialised a new PostgreSQL cluster in ${path.relative(REPO_ROOT, dataDir)}`);

  const base = {
    mode,
    dataDir,
    initialized,
    urlFor: (port: number) => (database: string) => makeUrl(password, port, database),
  };

  // A server already running on this data directory?
  const existing = runningServer(dataDir);
  if (existing) {
    let ownerPid = 0;
    try {
      ownerPid = Number(JSON.parse(fs.readFileSync(ownerFile, 'utf8')).pid);
    } catch {
      // no owner recorded
    }
    if (ownerPid && ownerPid !== process.pid && isAlive(ownerPid) && (await canConnect(makeUrl(password, existing.port, 'postgres')))) {
      log(`Reusing the embedded PostgreSQL server started by process ${ownerPid} (port ${existing.port})`);
      return {
        ...base,
        port: existing.port,
        adminUrl: makeUrl(password, existing.port, 'postgres'),
        urlFor: base.urlFor(existing.port),
        owned: false,
        stop: async () => {},
      };
    }
    log(`Stopping an orphaned embedded PostgreSQL server (pid ${existing.pid}) left by an earlier run`);
    await shutdownPid(existing.pid);
  }

  const triedPorts = new Set<number>();
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await choosePort(preferredPort, triedPorts);
    triedPorts.add(port);
    if (port !== preferredPort) log(`Port ${preferredPort} is taken; using ${port}`);

    const logFd = fs.openSync(logFile, 'a');
    const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
    if (mode === 'test') args.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
    const logStart = fs.fstatSync(logFd).size;
    const child = spawn(binaries.postgres, args, {
      ...(runAs ?? {}),
      cwd: os.tmpdir(),
      detached: true, // own process group: a terminal Ctrl-C reaches us, and we shut it down in order
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
    });
    fs.closeSync(logFd);
    child.unref();
    let exited = false;
    child.once('exit', () => {
      exited = true;
      liveChildren.delete(child);
    });
    child.once('error', (err) => {
      exited = true;
      lastError = err.message;
    });
    liveChildren.add(child);
    installExitHook();

    const adminUrl = makeUrl(password, port, 'postgres');
    const deadline = Date.now() + 60_000;
    let ready = false;
    while (!exited && Date.now() < deadline) {
      if (await canConnect(adminUrl)) {
        ready = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!ready) {
      if (!exited && child.pid) await shutdownPid(child.pid);
      const output = fs.readFileSync(logFile, 'utf8').slice(logStart).trim();
      lastError = lastError || output.split('\n').slice(-15).join('\n') || 'no output';
      // Someone else started a server on this cluster meanwhile: borrow it.
      const other = runningServer(dataDir);
      if (other && other.pid !== child.pid && (await canConnect(makeUrl(password, other.port, 'postgres')))) {
        log(`Reusing the embedded PostgreSQL server started concurrently (port ${other.port})`);
        return { ...base, port: other.port, adminUrl: makeUrl(password, other.port, 'postgres'), urlFor: base.urlFor(other.port), owned: false, stop: async () => {} };
      }
      if (/could not bind|already in use/i.test(output)) continue; // port race: try another
      break;
    }

    await fsp.writeFile(ownerFile, JSON.stringify({ pid: process.pid, port }) + '\n');

    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopping ??= (async () => {
        if (removeSignalHandlers) removeSignalHandlers();
        if (!exited && child.pid) await shutdownPid(child.pid);
        liveChildren.delete(child);
        await fsp.rm(ownerFile, { force: true });
        if (mode === 'test') {
          await fsp.rm(dataDir, { recursive: true, force: true });
          await fsp.rm(logFile, { force: true });
        }
      })();
      return stopping;
    };

    let removeSignalHandlers: (() => void) | undefined;
    if (options.handleSignals !== false) {
      const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
      const handler = (signal: NodeJS.Signals) => {
        void stop().finally(() => {
          // Re-raise with the default action so the exit status says "killed by signal".
          process.kill(process.pid, signal);
        });
      };
      for (const s of signals) process.on(s, handler);
      removeSignalHandlers = () => {
        for (const s of signals) process.off(s, handler);
      };
    }

    return { ...base, port, adminUrl, urlFor: base.urlFor(port), owned: true, stop };
  }
  throw new EmbeddedPostgresError(`The embedded PostgreSQL server did not start (log: ${path.relative(process.cwd(), logFile)}):\n${lastError || tail(logFile)}`);
}

/**
 * Starts the embedded server and makes sure the `newsroom` database (or
 * `database`) exists. Returns its connection string and a stop function.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions & { database?: string } = {}): Promise<EmbeddedDatabase> {
  const server = await startEmbeddedPostgres(options);
  const database = options.database ?? DEFAULT_DATABASE;
  try {
    const createdDatabase = await ensureDatabase(server.adminUrl, database);
    return { ...server, database, connectionString: server.urlFor(database), createdDatabase };
  } catch (err) {
    await server.stop();
    throw err;
  }
}

/** "Database: embedded PostgreSQL on port 54329 (.data/postgres)". */
export function describeEmbedded(server: EmbeddedServer): string {
  const where = path.relative(REPO_ROOT, server.dataDir);
  const how = server.owned ? '' : ', shared with another running process';
  return `Database: embedded PostgreSQL on port ${server.port} (${where}${how})`;
}
