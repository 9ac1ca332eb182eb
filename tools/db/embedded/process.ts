/**
 * Process supervision: is a pid alive (and is it postgres), which server runs
 * on a data directory, shutting a server down, and stopping our own servers
 * when this process exits.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Is `pid` running? (EPERM counts as alive; an unreaped zombie does not.) */
export function isAlive(pid: number): boolean {
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
export function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return os.platform() !== 'linux';
  }
}

/** The server currently running on `dataDir`, from its postmaster.pid (pid, port). */
export function runningServer(dataDir: string): { pid: number; port: number } | undefined {
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
export async function shutdownPid(pid: number): Promise<void> {
  for (const [signal, wait] of [
    ['SIGINT', 20_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, wait)) return;
  }
}

/** The servers this process started and has not stopped yet. */
export const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Last resort when the process exits without stop(): ask our servers for a fast shutdown. */
export function installExitHook(): void {
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
