/**
 * Running as root: PostgreSQL refuses to, so the server runs as the `postgres`
 * system user, which must be able to reach the data directory.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { SUPERUSER } from './config.ts';
import { EmbeddedPostgresError } from './types.ts';

export interface RunAs {
  uid: number;
  gid: number;
}

/** When running as root: the postgres system user to run the server as (created if missing). */
export function resolveRunAs(): RunAs | undefined {
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
export function assertReachable(dir: string, runAs: RunAs): void {
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

/** Creates `dir` (and its parents) readable and enterable by everyone, so the server's user can reach it. */
export async function mkdirOpen(dir: string): Promise<void> {
  await fsp.mkdir(dir, { recursive: true });
  const st = await fsp.stat(dir);
  if ((st.mode & 0o005) !== 0o005) await fsp.chmod(dir, (st.mode & 0o777) | 0o755);
}
