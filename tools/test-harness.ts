/**
 * What the script tests (scripts/test-multi-instance.ts, test-abuse-limits.ts,
 * test-health.ts, test-stack.ts) share: pass/fail counting with the
 * "N passed, N failed" line scripts/test.ts reads, stopping a process group,
 * fetches that cannot hang, a TCP reachability probe, and free ports.
 */
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';

/** Counts checks and prints one line each ("  ✔ name — detail"). */
export class Checks {
  passed = 0;
  failed = 0;

  check = (name: string, ok: boolean, detail = ''): boolean => {
    if (ok) this.passed++;
    else this.failed++;
    console.log(`${ok ? '  ✔' : '  ✘'} ${name}${detail ? ` — ${detail}` : ''}`);
    return ok;
  };

  /** The last line of a script test; `extraFailed` counts a failure outside any check (a crash). */
  summary(extraFailed = 0): string {
    return `${this.passed} passed, ${this.failed + extraFailed} failed`;
  }
}

/** Has the child exited (or been killed)? */
export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** SIGTERM to the child's process group (spawned with detached: true), SIGKILL after `ms`. */
export function stopProcess(child: ChildProcess, ms = 5000): Promise<void> {
  if (hasExited(child) || !child.pid) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
      resolve();
    }, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/** fetch() that gives up after `ms` and never follows redirects. */
export function fetchWithTimeout(url: string, init: RequestInit = {}, ms = 15_000): Promise<Response> {
  return fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(ms) });
}

/** Is something listening at the host and port of `url` (port `defaultPort` when the URL has none; Redis's by default)? */
export function reachable(url: string, defaultPort = 6379): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || defaultPort), timeout: 1000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

export interface ScriptTestOptions {
  /** Time limit of the whole test: past it, the test stops and counts one failure. */
  limitMs: number;
  /** Ends whatever the test started (servers, databases, keys); runs on every exit (at most 10 s after a time-out or Ctrl-C). */
  cleanUp: () => Promise<void>;
  /** After a failure and before cleaning up: e.g. print the servers' output. */
  onFailure?: () => void;
}

/**
 * Runs a script test's main(): counts a crash as a failure, stops it at the
 * time limit or on Ctrl-C/SIGTERM, always cleans up, prints the time taken
 * and "N passed, N failed", and exits 1 if anything failed.
 */
export function runScriptTest(checks: Checks, main: () => Promise<void>, { limitMs, cleanUp, onFailure }: ScriptTestOptions): void {
  const started = Date.now();
  let finishing = false;
  const finish = async (extraFailed: number) => {
    if (finishing) return;
    finishing = true;
    clearTimeout(overall);
    const failed = checks.failed + extraFailed > 0;
    if (failed) onFailure?.();
    const cleaned = cleanUp().catch((error) => console.error(`Clean-up: ${(error as Error).message}`));
    // After a time-out or Ctrl-C, clean-up itself may hang: give it 10 s.
    await (extraFailed ? Promise.race([cleaned, new Promise((r) => setTimeout(r, 10_000))]) : cleaned);
    console.log(`(${Math.round((Date.now() - started) / 1000)} s)`);
    console.log(checks.summary(extraFailed));
    process.exit(failed ? 1 : 0);
  };
  const abort = (reason: string) => {
    console.error(reason);
    void finish(1);
  };
  const overall = setTimeout(() => abort(`Timed out after ${limitMs / 1000} s`), limitMs);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => abort(`Interrupted (${signal})`));
  main()
    .catch((error) => {
      checks.failed++;
      console.error(`Error: ${(error as Error)?.stack ?? error}`);
    })
    .finally(() => finish(0));
}

/** Deletes every key under `prefix` (a test's or benchmark's own key space) with a client that is connected. */
export async function deleteKeysWithPrefix(
  redis: { scanIterator(options: { MATCH: string; COUNT: number }): AsyncIterable<string[]>; del(keys: string[]): Promise<unknown> },
  prefix: string,
): Promise<void> {
  const keys: string[] = [];
  for await (const batch of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) keys.push(...batch);
  if (keys.length) await redis.del(keys);
}

/**
 * Ports that fetch() refuses to connect to (the Fetch standard's "bad ports",
 * https://fetch.spec.whatwg.org/#port-blocking), from 1024 up: Node's fetch
 * fails on them with "bad port" (cause), so a server there looks down to
 * every fetch, Next's own included. One CI run picked 4190 (ManageSieve).
 */
export const FETCH_BLOCKED_PORTS = new Set([1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

/** Whether a server could listen on `port` (every address by default), and fetch() would reach it. */
export function portIsFree(port: number, host = '0.0.0.0'): Promise<boolean> {
  if (FETCH_BLOCKED_PORTS.has(port)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host }, () => server.close(() => resolve(true)));
  });
}

/** A free port in [from, to], searched from a random start, not in `taken` (which it joins). */
export async function freePort(from: number, to: number, taken: Set<number>): Promise<number> {
  const span = to - from + 1;
  const start = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = from + ((start + i) % span);
    if (!taken.has(port) && (await portIsFree(port))) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${from}-${to}`);
}
