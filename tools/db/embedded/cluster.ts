/** Cluster set-up on disk: initdb into a new data directory, checks on an existing one, and removal of stale test clusters. */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { binaryMajor, type Binaries } from './binaries.ts';
import { REPO_ROOT, SUPERUSER } from './config.ts';
import { isAlive, runningServer, shutdownPid } from './process.ts';
import type { RunAs } from './run-as.ts';
import { EmbeddedPostgresError } from './types.ts';

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
export async function ensureCluster(
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

/** Removes test clusters left behind by test runs that no longer exist. */
export async function removeStaleTestClusters(root: string): Promise<void> {
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
