/**
 * A throw-away PostgreSQL server that a test can stop and start again with its
 * data (the embedded binaries, see ADR 006). `startEmbeddedPostgres` deletes a
 * test cluster when it stops; outage tests need the same cluster back.
 *
 *   const pg = await startRestartablePostgres({ port: 4210 });
 *   await pg.stop();   // fast shutdown: clients get connection refused
 *   await pg.start();  // same data, same port
 *   await pg.destroy();
 *
 * Data lives in a temporary directory (removed by destroy()); the server
 * listens on 127.0.0.1 only. As root it runs as the `postgres` system user.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadBinaries } from '../../tools/db/embedded/binaries.ts';
import { ensureCluster } from '../../tools/db/embedded/cluster.ts';
import { canConnect } from '../../tools/db/embedded/database.ts';
import { installExitHook, liveChildren, shutdownPid } from '../../tools/db/embedded/process.ts';
import { assertReachable, resolveRunAs } from '../../tools/db/embedded/run-as.ts';
import { makeUrl } from '../../tools/db/embedded/urls.ts';

export interface RestartablePostgres {
  port: number;
  /** Connection string for the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  /** Starts the server (again); resolves once it answers queries. */
  start(): Promise<void>;
  /** Fast shutdown (SIGINT); resolves once the process has exited. */
  stop(): Promise<void>;
  /** Stops the server and deletes its data. */
  destroy(): Promise<void>;
}

export async function startRestartablePostgres({ port }: { port: number }): Promise<RestartablePostgres> {
  const binaries = await loadBinaries();
  const runAs = resolveRunAs();
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'newsroom-pg-'));
  await fsp.chmod(root, 0o755);
  const dataDir = path.join(root, 'data');
  if (runAs) assertReachable(dataDir, runAs);
  const { password } = await ensureCluster(dataDir, undefined, binaries, runAs, true);
  const urlFor = (database: string) => makeUrl(password, port, database);
  const adminUrl = urlFor('postgres');
  let child: ChildProcess | undefined;

  const running = () => !!child && child.exitCode === null && child.signalCode === null;

  async function start(): Promise<void> {
    if (running()) return;
    const logFd = fs.openSync(path.join(root, 'postgres.log'), 'a');
    const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
    args.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
    const c = spawn(binaries.postgres, args, {
      ...(runAs ?? {}),
      cwd: os.tmpdir(),
      detached: true,
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
    });
    fs.closeSync(logFd);
    c.unref();
    c.once('exit', () => liveChildren.delete(c));
    liveChildren.add(c);
    installExitHook();
    child = c;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (!running()) break;
      if (await canConnect(adminUrl)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    const log = fs.readFileSync(path.join(root, 'postgres.log'), 'utf8').split('\n').slice(-10).join('\n');
    throw new Error(`PostgreSQL did not start on port ${port}:\n${log}`);
  }

  async function stop(): Promise<void> {
    if (!child?.pid || !running()) return;
    await shutdownPid(child.pid);
    liveChildren.delete(child);
  }

  async function destroy(): Promise<void> {
    await stop();
    await fsp.rm(root, { recursive: true, force: true });
  }

  await start();
  return { port, adminUrl, urlFor, start, stop, destroy };
}
