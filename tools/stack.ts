/**
 * The production stack on one machine, for trying and testing it: Varnish
 * (deploy/varnish/default.vcl) in front of `next start` instances that share
 * Redis and one PostgreSQL database, with VARNISH_PURGE_URL wired so every
 * write purges Varnish by surrogate key. Used by `npm run stack`
 * (scripts/stack.ts), `npm run test:stack` and `npm run bench:stack`.
 *
 * The caller brings a migrated database (DATABASE_URL) and a build (.next).
 * startStack() starts the instances and varnishd (in the foreground, -F, with
 * its working directory under .data/), waits until Varnish serves the front
 * page, and returns the addresses and a stop() that ends everything it
 * started: Varnish first, then the instances.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DATA_ROOT, REPO_ROOT } from './db/embedded/index.ts';
import { hasExited, portIsFree, stopProcess } from './test-harness.ts';

export { portIsFree };

export { stopProcess };

const require = createRequire(import.meta.url);

export const VCL_FILE = path.join(REPO_ROOT, 'deploy', 'varnish', 'default.vcl');

/**
 * varnishd run-time parameters of the stack and of deploy/systemd/varnish.service
 * (measured with `npm run bench:stack`, README "Deploying behind Varnish").
 */
export const VARNISH_PARAMS = ['-p', 'thread_pools=2', '-p', 'thread_pool_min=300', '-p', 'thread_pool_max=2000'];

/** varnishd, when installed (Debian: /usr/sbin, often not on a non-root PATH). */
export function findVarnishd(): string | undefined {
  for (const dir of [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin']) {
    if (!dir) continue;
    const candidate = path.join(dir, 'varnishd');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

/** Is vmod xkey there (Debian: varnish-modules)? Compiles the VCL without starting anything. */
export function checkVcl(varnishd: string, vclPath: string): string | undefined {
  fs.mkdirSync(DATA_ROOT, { recursive: true });
  const workdir = fs.mkdtempSync(path.join(DATA_ROOT, 'vcl-check-'));
  // varnishd creates its own working directory (owned by its user when run as root).
  fs.chmodSync(workdir, 0o755);
  try {
    const result = spawnSync(varnishd, ['-C', '-n', path.join(workdir, 'varnish'), '-f', VCL_FILE, '-p', `vcl_path=${vclPath}`], { encoding: 'utf8' });
    if (result.status === 0) return undefined;
    const message = `${result.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n');
    return /xkey/i.test(message) ? `${message}\n(vmod xkey missing? apt-get install -y varnish-modules)` : message;
  } finally {
    fs.rmSync(workdir, { recursive: true, force: true });
  }
}

/** `count` consecutive free ports, searched from a random start in [from, to]. */
export async function freePortRange(count: number, from: number, to: number): Promise<number> {
  const span = to - from + 1 - count;
  const start = from + Math.floor(Math.random() * Math.max(1, span));
  for (let i = 0; i <= span; i++) {
    const base = from + ((start - from + i) % (span + 1));
    let ok = true;
    for (let p = base; p < base + count && ok; p++) ok = await portIsFree(p, '127.0.0.1');
    if (ok) return base;
  }
  throw new Error(`no ${count} consecutive free ports in ${from}-${to}`);
}

export interface StackOptions {
  /** A migrated (and seeded) database. */
  databaseUrl: string;
  /** Varnish listens here; the admin port is port + instances + 1. */
  port: number;
  /** Ports of the instances (default port + 1 … port + instances). */
  instancePorts?: number[];
  /** Number of `next start` instances (default 2). More than one needs redisUrl. */
  instances?: number;
  /** Shared caches between instances (cache-handlers/). Unset: one instance, memory-only handlers. */
  redisUrl?: string;
  redisKeyPrefix?: string;
  /** Varnish working directory (default .data/stack-<port>). */
  workdir?: string;
  /** Varnish malloc storage (default 256m). */
  storage?: string;
  /** Extra varnishd arguments (e.g. ['-p', 'thread_pools=1']). */
  varnishArgs?: string[];
  /** Extra environment of the instances. */
  env?: Record<string, string | undefined>;
  /** Each output line of a process, prefixed with its name. Default: kept for logs() only. */
  onLine?: (line: string) => void;
  log?: (message: string) => void;
}

export interface Stack {
  /** Varnish, e.g. http://127.0.0.1:8080 */
  url: string;
  /** The instances, directly. */
  instances: { name: string; url: string; port: number; pid: number }[];
  purgeUrl: string;
  varnishPid: number;
  workdir: string;
  /** The last output lines of every process. */
  logs(): string[];
  /** Stops one instance (by name: A, B, …), e.g. to see Varnish's grace mode. */
  stopInstance(name: string): Promise<void>;
  /** Resolves with a message when a process of the stack ends on its own (not through stop()). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

interface Proc {
  name: string;
  child: ChildProcess;
  lines: string[];
}

function spawnLogged(name: string, command: string, args: string[], options: { env: NodeJS.ProcessEnv; onLine?: (line: string) => void }): Proc {
  const child = spawn(command, args, { cwd: REPO_ROOT, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      const text = `[${name}] ${line}`;
      lines.push(text);
      options.onLine?.(text);
    }
    if (lines.length > 300) lines.splice(0, lines.length - 300);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.on('error', (error) => keep(Buffer.from(`could not start: ${error.message}`)));
  return { name, child, lines };
}

/** Polls `url` until `ok(status)`; '' when it did, else what went wrong last. */
async function waitFor(url: string, child: ChildProcess, ms: number, ok: (status: number) => boolean): Promise<string> {
  const until = Date.now() + ms;
  let last = 'no answer';
  while (Date.now() < until) {
    if (hasExited(child)) return 'it exited';
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      if (ok(res.status)) return '';
      last = `status ${res.status}`;
    } catch (error) {
      // fetch's own message is only "fetch failed": the cause says why (ECONNREFUSED, a reset, …).
      const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
      last = cause ? `${(error as Error).message}: ${cause.code ?? cause.message}` : (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return `${last} after ${ms / 1000} s`;
}

function backendsVcl(ports: number[]): string {
  const backend = (name: string, port: number, extra = '') => `backend ${name} {
    .host = "127.0.0.1";
    .port = "${port}";
    .probe = newsroom_health;${extra}
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}
`;
  const backends = ports.map((port, i) => backend(`app${i + 1}`, port) + '\n' + backend(`app${i + 1}_refresh`, port, '\n    .max_connections = 4;')).join('\n');
  return `# Written by tools/stack.ts: the instances of this stack (see deploy/varnish/backends.vcl).
${backends}
sub vcl_init {
    new app = directors.round_robin();
${ports.map((_, i) => `    app.add_backend(app${i + 1});`).join('\n')}
    new refresh = directors.round_robin();
${ports.map((_, i) => `    refresh.add_backend(app${i + 1}_refresh);`).join('\n')}
}

acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
}
`;
}

/** Starts the instances and Varnish; see the module comment. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? ((m: string) => console.log(m));
  const count = options.instancePorts?.length ?? options.instances ?? 2;
  if (count > 1 && !options.redisUrl) throw new Error('several instances need Redis (redisUrl) to share caches');
  const varnishd = findVarnishd();
  if (!varnishd) throw new Error('varnishd not found: apt-get install -y varnish varnish-modules');

  const instancePorts = options.instancePorts ?? Array.from({ length: count }, (_, i) => options.port + 1 + i);
  const adminPort = options.port + count + 1;
  const workdir = path.resolve(options.workdir ?? path.join(DATA_ROOT, `stack-${options.port}`));
  fs.mkdirSync(workdir, { recursive: true });
  // varnishd drops privileges when run as root: its users must read the VCL and write the workdir.
  fs.chmodSync(workdir, 0o755);
  fs.writeFileSync(path.join(workdir, 'backends.vcl'), backendsVcl(instancePorts));
  const vclPath = `${workdir}:${path.dirname(VCL_FILE)}`;
  const problem = checkVcl(varnishd, vclPath);
  if (problem) throw new Error(`the VCL does not compile:\n${problem}`);

  const url = `http://127.0.0.1:${options.port}`;
  const purgeUrl = `${url}/`;
  const procs: Proc[] = [];
  const nextBin = require.resolve('next/dist/bin/next');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: options.databaseUrl,
    VARNISH_PURGE_URL: purgeUrl,
    // Server actions must decrypt on every instance.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || randomBytes(32).toString('base64'),
  };
  if (options.redisUrl) {
    env.REDIS_URL = options.redisUrl;
    env.REDIS_KEY_PREFIX = options.redisKeyPrefix ?? process.env.REDIS_KEY_PREFIX ?? 'newsroom:';
  } else {
    delete env.REDIS_URL;
  }

  let stopping = false;
  // If this process exits without stop() (an uncaught error, process.exit), take the stack with it.
  const killAll = () => {
    for (const p of procs) {
      if (!hasExited(p.child) && p.child.pid) {
        try {
          process.kill(-p.child.pid, 'SIGKILL');
        } catch {}
      }
    }
  };
  process.once('exit', killAll);
  const stop = async () => {
    stopping = true;
    const varnish = procs.find((p) => p.name === 'varnish');
    if (varnish) await stopProcess(varnish.child);
    await Promise.all(procs.filter((p) => p !== varnish).map((p) => stopProcess(p.child)));
    // varnishd's run directory (shared memory logs, tens of MB) is of no use once it stopped.
    fs.rmSync(workdir, { recursive: true, force: true });
  };

  try {
    const instances = instancePorts.map((port, i) => {
      const name = String.fromCharCode(65 + i); // A, B, …
      const proc = spawnLogged(name, process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { env: { ...env, PORT: String(port) }, onLine: options.onLine });
      procs.push(proc);
      return { name, url: `http://127.0.0.1:${port}`, port, proc };
    });
    // Ready: /readyz answers 200 once the instance serves and reaches the database (and Redis).
    const problems = await Promise.all(instances.map((i) => waitFor(`${i.url}/readyz`, i.proc.child, 120_000, (s) => s === 200)));
    const down = instances.filter((_, i) => problems[i]);
    if (down.length) {
      const tail = (i: (typeof instances)[number]) => i.proc.lines.slice(-15).join('\n');
      throw new Error(down.map((i) => `instance ${i.name} did not start (${problems[instances.indexOf(i)]}); its last output:\n${tail(i)}`).join('\n'));
    }
    log(
      `Instances: ${instances.map((i) => `${i.name} ${i.url}`).join(', ')}${options.redisUrl ? ` (Redis ${options.redisUrl}, key prefix ${env.REDIS_KEY_PREFIX})` : ' (no Redis)'}`,
    );

    const varnishArgs = [
      '-F',
      '-n',
      path.join(workdir, 'varnish'),
      '-a',
      `127.0.0.1:${options.port}`,
      '-T',
      `127.0.0.1:${adminPort}`,
      '-f',
      VCL_FILE,
      '-p',
      `vcl_path=${vclPath}`,
      '-s',
      `malloc,${options.storage ?? '256m'}`,
      ...VARNISH_PARAMS,
      ...(options.varnishArgs ?? []),
    ];
    const varnish = spawnLogged('varnish', varnishd, varnishArgs, { env: process.env, onLine: options.onLine });
    procs.push(varnish);
    const notServing = await waitFor(`${url}/`, varnish.child, 120_000, (s) => s === 200);
    if (notServing) throw new Error(`Varnish did not serve the front page (${notServing})`);
    log(`Varnish: ${url} (7.1, ${varnishArgs.slice(varnishArgs.indexOf('-s')).join(' ')}; purge URL ${purgeUrl})`);

    const exitedPromise = new Promise<string>((resolve) => {
      for (const p of procs) {
        p.child.once('exit', (code, signal) => {
          if (!stopping && procs.includes(p)) resolve(`${p.name === 'varnish' ? 'Varnish' : `instance ${p.name}`} exited (${signal ?? `code ${code}`})`);
        });
      }
    });
    return {
      url,
      exited: exitedPromise,
      instances: instances.map(({ name, url, port, proc }) => ({ name, url, port, pid: proc.child.pid! })),
      purgeUrl,
      varnishPid: varnish.child.pid!,
      workdir,
      logs: () => procs.flatMap((p) => p.lines),
      stopInstance: async (name: string) => {
        const proc = procs.find((p) => p.name === name && p.name !== 'varnish');
        if (!proc) throw new Error(`no instance ${name}`);
        procs.splice(procs.indexOf(proc), 1);
        await stopProcess(proc.child);
      },
      stop,
    };
  } catch (error) {
    for (const p of procs) for (const line of p.lines.slice(-20)) log(line);
    await stop();
    throw error;
  }
}
