/**
 * npm run test:health — health endpoints, graceful shutdown and a database
 * outage, against `next start` instances of the build in .next (built first
 * when stale).
 *
 *   setup     a throw-away PostgreSQL (tests/helpers/restartable-postgres.ts)
 *             migrated and seeded; instances A and B (`next start`,
 *             NEXT_MANUAL_SIG_HANDLE=true; A with the default
 *             SHUTDOWN_TIMEOUT_MS, B with 2000) and C (REDIS_URL on a closed
 *             port, SHUTDOWN_DELAY_MS=1500); all ports free ones in
 *             4200-4299, everything on 127.0.0.1
 *   health    /healthz and /readyz: status, JSON, Cache-Control no-store, never
 *             served from Next's cache; C's /readyz names Redis; C, sent
 *             SIGTERM, keeps serving with /readyz 503 for SHUTDOWN_DELAY_MS
 *   rolling   a round-robin proxy (node:http) in front of A and B, 8 client
 *             loops through it; SIGTERM A (a slow upload in flight on A must
 *             still be answered), restart it, then SIGTERM B (an upload that
 *             never completes: B must give up after SHUTDOWN_TIMEOUT_MS) and
 *             restart it. Every client request must get a 2xx: the proxy
 *             retries a request on the other instance only when its
 *             connection failed before any response byte (connection refused,
 *             or reset on a reused keep-alive connection), as nginx's
 *             proxy_next_upstream error and Varnish's retry of a recycled
 *             backend connection do. Exit code 0 and exit times are checked.
 *   outage    pages warmed on A; the database is stopped: cached pages answer
 *             200 from Next's cache, an unvisited article and search 503 with
 *             Retry-After and the styled page, a client-router request a
 *             plain 503, /readyz 503, /healthz 200;
 *             the database is started again: the article answers 200 and
 *             /readyz 200 with no restart.
 *
 * Kills its servers and deletes the database's data, also on failure or
 * Ctrl+C. Ends with "N passed, N failed"; exits non-zero on failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { startRestartablePostgres, type RestartablePostgres } from '../tests/helpers/restartable-postgres.ts';
import { ensureDatabase, REPO_ROOT } from '../tools/db/embedded/index.ts';
import { prepareDatabase } from '../tools/db/prepare.ts';
import { buildApp } from './start.ts';
import { Checks, freePort as freePortIn, runScriptTest } from '../tools/test-harness.ts';

const require = createRequire(import.meta.url);
// A guard against a hang, not a speed goal: alone it takes ~45 s, but the throw-away database's migrations and seed
// took most of 3 min once on a busy CI machine.
const OVERALL_LIMIT_MS = 6 * 60_000;
const SHUTDOWN_TIMEOUT_MS = 2000;
const HOST = '127.0.0.1';

const checks = new Checks();
const { check } = checks;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ── ports ────────────────────────────────────────────────────────────────────

const takenPorts = new Set<number>();
const freePort = () => freePortIn(4200, 4299, takenPorts);

// ── instances ────────────────────────────────────────────────────────────────

interface Instance {
  name: string;
  port: number;
  base: string;
  env: NodeJS.ProcessEnv;
  child: ChildProcess;
  log: string[];
}
const instances: Instance[] = [];

function spawnInstance(instance: Omit<Instance, 'child' | 'log'> & { log?: string[] }): Instance {
  const child = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-p', String(instance.port), '-H', HOST], {
    cwd: REPO_ROOT,
    env: { ...instance.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(instance.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: a Ctrl+C of this script reaches only us
  });
  const log = instance.log ?? [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) log.push(`[${instance.name}] ${line}`);
    if (log.length > 5000) log.splice(0, log.length - 5000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const started = { ...instance, child, log };
  const i = instances.findIndex((x) => x.name === instance.name);
  if (i >= 0) instances[i] = started;
  else instances.push(started);
  return started;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

async function get(url: string, init: RequestInit = {}, ms = 15_000): Promise<{ status: number; headers: Headers; body: string; ms: number }> {
  const started = Date.now();
  const res = await fetch(url, { redirect: 'manual', ...init, signal: AbortSignal.timeout(ms) });
  return { status: res.status, headers: res.headers, body: await res.text(), ms: Date.now() - started };
}

/** Waits for /readyz 200 (the instance listens and reaches its database). */
async function waitUntilReady(instance: Instance, ms = 60_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null) return false;
    try {
      if ((await get(`${instance.base}/readyz`, {}, 5000)).status === 200) return true;
    } catch {}
    await sleep(200);
  }
  return false;
}

/** Waits until something answers HTTP on the instance (any status). */
async function waitUntilListening(instance: Instance, ms = 60_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null) return false;
    try {
      await get(`${instance.base}/healthz`, {}, 5000);
      return true;
    } catch {}
    await sleep(200);
  }
  return false;
}

// ── the load balancer ────────────────────────────────────────────────────────

interface ProxyStats {
  requests: number;
  retries: number;
  failures: string[];
  /** Responses an instance finished after it got SIGTERM (requests in flight at that moment). */
  finishedAfterSigterm: Map<string, number>;
}

/**
 * A round-robin reverse proxy over `backends` with keep-alive connections.
 * A GET whose connection fails before any response byte is retried on the
 * next backend, then the next (A, B, A); anything else is passed on as it came.
 */
function startProxy(port: number, backends: Instance[], sigtermAt: Map<string, number>): Promise<{ server: http.Server; stats: ProxyStats }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  const stats: ProxyStats = { requests: 0, retries: 0, failures: [], finishedAfterSigterm: new Map() };
  let next = 0;
  const server = http.createServer((req, res) => {
    stats.requests++;
    const first = next++;
    // Tries each backend in turn from the round-robin pick: A, B, A.
    const attempt = (k: number) => {
      const backend = backends[(first + k) % backends.length];
      const started = Date.now();
      let answered = false;
      const upstream = http.request({ host: HOST, port: backend.port, method: req.method, path: req.url, headers: req.headers, agent }, (up) => {
        answered = true;
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
        up.once('end', () => {
          const t = sigtermAt.get(backend.name);
          if (t && started < t) stats.finishedAfterSigterm.set(backend.name, (stats.finishedAfterSigterm.get(backend.name) ?? 0) + 1);
        });
        up.once('error', (e) => {
          stats.failures.push(`${backend.name}: response cut: ${e.message}`);
          res.destroy();
        });
      });
      upstream.once('error', (e: NodeJS.ErrnoException) => {
        if (answered) return;
        if (k < backends.length && (req.method === 'GET' || req.method === 'HEAD')) {
          stats.retries++;
          attempt(k + 1);
          return;
        }
        stats.failures.push(`${backend.name}: ${e.code ?? e.message}`);
        res.writeHead(502).end();
      });
      upstream.end();
    };
    attempt(0);
  });
  return new Promise((resolve) => server.listen(port, HOST, () => resolve({ server, stats })));
}

// ── client load ──────────────────────────────────────────────────────────────

interface LoadResult {
  ok: number;
  bad: Map<string, number>;
}

/** `workers` loops requesting `paths` through `base` until `stop` is set. */
function runLoad(base: string, paths: string[], workers: number, stop: { done: boolean }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: workers });
  const result: LoadResult = { ok: 0, bad: new Map() };
  const bad = (what: string) => result.bad.set(what, (result.bad.get(what) ?? 0) + 1);
  const one = (path: string) =>
    new Promise<void>((resolve) => {
      const req = http.get(`${base}${path}`, { agent, timeout: 20_000 }, (res) => {
        res.resume();
        res.once('end', () => {
          if (res.statusCode! >= 200 && res.statusCode! < 300) result.ok++;
          else bad(`HTTP ${res.statusCode} ${path}`);
          resolve();
        });
        res.once('error', (e) => {
          bad(`${e.message} ${path}`);
          resolve();
        });
      });
      req.once('timeout', () => req.destroy(new Error('timeout')));
      req.once('error', (e: NodeJS.ErrnoException) => {
        bad(`${e.code ?? e.message} ${path}`);
        resolve();
      });
    });
  let i = 0;
  const loop = async () => {
    while (!stop.done) await one(paths[i++ % paths.length]);
  };
  return Promise.all(Array.from({ length: workers }, loop)).then(() => {
    agent.destroy();
    return result;
  });
}

/**
 * A POST to `instance` whose body arrives in two parts: it is a request in
 * flight until the second part is sent (`finish`). Resolves with the answer,
 * or the error if the connection was cut first.
 */
function slowUpload(instance: Instance): { finish: () => void; answer: Promise<{ status?: number; connection?: string; error?: string }> } {
  const body = 'email=nobody%40example.org&password=not-the-password';
  const req = http.request({
    host: HOST,
    port: instance.port,
    method: 'POST',
    path: '/admin/api/sign-in',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), accept: 'application/json' },
  });
  const answer = new Promise<{ status?: number; connection?: string; error?: string }>((resolve) => {
    req.once('response', (res) => {
      res.resume();
      res.once('end', () => resolve({ status: res.statusCode, connection: res.headers.connection }));
    });
    req.once('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
  });
  req.write(body.slice(0, 10));
  return { finish: () => req.end(body.slice(10)), answer };
}

/** SIGTERM: resolves with the exit status and the time it took. */
async function terminate(instance: Instance, sigtermAt: Map<string, number>): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const started = Date.now();
  sigtermAt.set(instance.name, started);
  instance.child.kill('SIGTERM');
  const logged = instance.log.length;
  const status = await Promise.race([exited(instance.child), sleep(30_000).then(() => ({ code: null, signal: 'timeout' as NodeJS.Signals }))]);
  const ms = Date.now() - started;
  for (const line of instance.log.slice(logged)) if (line.includes('[shutdown]')) console.log(`    ${line}`);
  return { ...status, ms };
}

// ── the tests ────────────────────────────────────────────────────────────────

async function healthChecks(a: Instance, c: Instance): Promise<void> {
  console.log('\nHealth endpoints');
  for (const path of ['/healthz', '/readyz']) {
    const first = await get(`${a.base}${path}`);
    const second = await get(`${a.base}${path}`);
    let json: { status?: string; checks?: { database?: { ok?: boolean } } } = {};
    try {
      json = JSON.parse(second.body);
    } catch {}
    const expected = path === '/healthz' ? json.status === 'ok' : json.status === 'ready' && json.checks?.database?.ok === true;
    check(`${path} answers 200 with JSON`, first.status === 200 && second.status === 200 && expected, `${second.status} ${second.body.slice(0, 160)}`);
    const cacheControl = second.headers.get('cache-control');
    // A prerendered (static) route answers with x-nextjs-cache: HIT and x-nextjs-prerender: 1.
    const nextCache = [first, second].flatMap((r) => [r.headers.get('x-nextjs-cache'), r.headers.get('x-nextjs-prerender')]).filter(Boolean);
    check(
      `${path}: Cache-Control no-store, not from Next's cache`,
      cacheControl === 'no-store' && nextCache.length === 0,
      `cache-control ${cacheControl}, x-nextjs-cache ${nextCache.join(',') || 'none'}`,
    );
  }
  const unavailablePage = await get(`${a.base}/unavailable`);
  check('/unavailable itself answers 503 (never a 200 copy)', unavailablePage.status === 503, `status ${unavailablePage.status}`);

  const ready = await get(`${c.base}/readyz`);
  const live = await get(`${c.base}/healthz`);
  check(
    'Redis unreachable: /readyz 503 naming redis, /healthz 200',
    ready.status === 503 && /redis/i.test(ready.body) && live.status === 200,
    `${ready.status} ${ready.body.slice(0, 200)}`,
  );
}

/** SHUTDOWN_DELAY_MS: after SIGTERM the instance keeps serving, with /readyz at 503, then exits. */
async function shutdownDelay(c: Instance): Promise<void> {
  const exit = terminate(c, new Map());
  await sleep(500);
  const ready = await get(`${c.base}/readyz`).catch((e: Error) => ({ status: 0, body: e.message }));
  const live = await get(`${c.base}/healthz`).catch((e: Error) => ({ status: 0, body: e.message }));
  check(
    'during SHUTDOWN_DELAY_MS: /readyz 503 "shutting down", /healthz 200',
    ready.status === 503 && ready.body.includes('shutting down') && live.status === 200,
    `${ready.status} ${ready.body}`,
  );
  const gone = await exit;
  check('then C exits with code 0', gone.code === 0 && gone.ms >= 1500, `code ${gone.code} after ${gone.ms} ms`);
}

async function rollingRestart(a: Instance, b: Instance, paths: string[]): Promise<[Instance, Instance]> {
  console.log('\nRolling restart under load (round-robin proxy, A then B)');
  const sigtermAt = new Map<string, number>();
  const backends = [a, b];
  const proxyPort = await freePort();
  const { server, stats } = await startProxy(proxyPort, backends, sigtermAt);
  const stop = { done: false };
  const load = runLoad(`http://${HOST}:${proxyPort}`, paths, 8, stop);
  try {
    await sleep(1500);

    // A: a request in flight when SIGTERM arrives is still answered.
    const upload = slowUpload(a);
    await sleep(200);
    const exitA = terminate(a, sigtermAt);
    await sleep(500);
    upload.finish();
    const answered = await upload.answer;
    check('A answers a request that was in flight at SIGTERM', !!answered.status, answered.status ? `HTTP ${answered.status}, Connection: ${answered.connection}` : answered.error);
    const gone = await exitA;
    check('A exits with code 0 after SIGTERM', gone.code === 0, `code ${gone.code}${gone.signal ? ` signal ${gone.signal}` : ''} after ${gone.ms} ms`);
    const refused = await get(`${a.base}/healthz`, {}, 2000).then(
      (r) => `HTTP ${r.status}`,
      (e: Error) => (e.cause as NodeJS.ErrnoException)?.code ?? e.message,
    );
    check('A no longer accepts connections', refused === 'ECONNREFUSED', refused);
    const a2 = spawnInstance(a);
    backends[0] = a2;
    check('A restarted and ready', await waitUntilReady(a2));
    await sleep(1000);

    // B: a request that never completes holds the shutdown only SHUTDOWN_TIMEOUT_MS.
    const stuck = slowUpload(b);
    await sleep(200);
    const goneB = await terminate(b, sigtermAt);
    check(
      `B exits with code 0 after SHUTDOWN_TIMEOUT_MS (${SHUTDOWN_TIMEOUT_MS} ms) despite a stuck request`,
      goneB.code === 0 && goneB.ms >= SHUTDOWN_TIMEOUT_MS && goneB.ms < SHUTDOWN_TIMEOUT_MS + 4000,
      `code ${goneB.code} after ${goneB.ms} ms`,
    );
    const cut = await stuck.answer;
    check('the stuck request is cut, not answered', !!cut.error, cut.error ?? `HTTP ${cut.status}`);
    const b2 = spawnInstance(b);
    backends[1] = b2;
    check('B restarted and ready', await waitUntilReady(b2));
    await sleep(1500);

    stop.done = true;
    const result = await load;
    const bad = [...result.bad].map(([k, n]) => `${n}× ${k}`);
    check(
      'no request lost: every client request got a 2xx',
      result.ok > 0 && bad.length === 0 && stats.failures.length === 0,
      `${result.ok} ok, ${bad.length ? bad.join(', ') : 'none failed'}`,
    );
    const inFlight = [...stats.finishedAfterSigterm].map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
    console.log(`    proxy: ${stats.requests} requests, ${stats.retries} retried on the other instance; answered after SIGTERM by: ${inFlight}`);
    if (stats.failures.length) console.log(`    proxy failures: ${stats.failures.slice(0, 10).join('; ')}`);
    return [a2, b2];
  } finally {
    stop.done = true;
    await load;
    server.close();
  }
}

async function outage(pg: RestartablePostgres, a: Instance, warm: string[], cold: string[]): Promise<void> {
  console.log('\nDatabase outage');
  for (const path of warm) for (let i = 0; i < 2; i++) await get(`${a.base}${path}`);

  const stopped = Date.now();
  await pg.stop();
  console.log(`    database stopped (${Date.now() - stopped} ms)`);

  // The unvisited article: 503 within a few seconds (at once when the pool saw the shutdown).
  const deadline = Date.now() + 5000;
  let first: Awaited<ReturnType<typeof get>> | undefined;
  const before: number[] = [];
  while (Date.now() < deadline) {
    first = await get(`${a.base}${cold[0]}`, { headers: { accept: 'text/html' } });
    if (first.status === 503) break;
    before.push(first.status);
    await sleep(200);
  }
  check(
    'an unvisited article answers 503 with Retry-After',
    first?.status === 503 && !!first.headers.get('retry-after'),
    `after ${Date.now() - stopped} ms${before.length ? ` (first ${before.join(', ')})` : ''}, Retry-After ${first?.headers.get('retry-after')}, ${first?.ms} ms`,
  );
  check(
    'the 503 is the styled page, not stored by caches',
    !!first && first.body.includes('We can’t load this page right now') && first.body.includes('/_next/static/') && first.headers.get('cache-control') === 'no-store',
    `cache-control ${first?.headers.get('cache-control')}`,
  );

  for (const path of warm) {
    const page = await get(`${a.base}${path}`);
    check(
      `cached ${path} answers 200`,
      page.status === 200 && page.body.length > 1000,
      `status ${page.status}, x-nextjs-cache ${page.headers.get('x-nextjs-cache')}, ${page.ms} ms`,
    );
  }
  const router = await get(`${a.base}${warm[1]}`, { headers: { rsc: '1' } });
  check(
    "the client router's request gets a plain 503 (it then loads the page as a document)",
    router.status === 503 && !!router.headers.get('content-type')?.startsWith('text/plain'),
    `${router.status} ${router.headers.get('content-type')}`,
  );
  const other = await get(`${a.base}${cold[1]}`);
  const search = await get(`${a.base}/search?q=flood`);
  check('another unvisited article and search answer 503', other.status === 503 && search.status === 503, `${other.status} in ${other.ms} ms, ${search.status} in ${search.ms} ms`);
  // Paths no route serves (looked up in the redirects table) and never-fetched islands: the styled 503 too, never a 500.
  const misses = await Promise.all(['/no-such-page-during-outage', '/corrections/7', '/section/no-such-section'].map((p) => get(`${a.base}${p}`)));
  check(
    'an unknown path and an uncached listing answer 503, not 500',
    misses.every((m) => m.status === 503),
    misses.map((m) => m.status).join(', '),
  );
  const ready = await get(`${a.base}/readyz`);
  const live = await get(`${a.base}/healthz`);
  check(
    '/readyz 503 naming the database, /healthz 200',
    ready.status === 503 && /database/.test(ready.body) && live.status === 200,
    `${ready.status} in ${ready.ms} ms: ${ready.body.slice(0, 200)}`,
  );

  const restarted = Date.now();
  await pg.start();
  console.log(`    database started (${Date.now() - restarted} ms)`);
  const until = Date.now() + 15_000;
  let recovered: Awaited<ReturnType<typeof get>> | undefined;
  while (Date.now() < until) {
    recovered = await get(`${a.base}${cold[0]}`);
    if (recovered.status === 200) break;
    await sleep(250);
  }
  check('the site recovers by itself: the article answers 200', recovered?.status === 200, `after ${Date.now() - restarted} ms`);
  const readyAgain = await get(`${a.base}/readyz`);
  check('/readyz 200 again', readyAgain.status === 200, `status ${readyAgain.status}`);
}

// ── main ─────────────────────────────────────────────────────────────────────

let pg: RestartablePostgres | undefined;

async function cleanUp(): Promise<void> {
  for (const i of instances) {
    try {
      process.kill(-i.child.pid!, 'SIGKILL');
    } catch {}
  }
  await pg?.destroy().catch(() => {});
  pg = undefined;
}

async function main(): Promise<void> {
  const setupStarted = Date.now();
  await buildApp({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  pg = await startRestartablePostgres({ port: await freePort() });
  await ensureDatabase(pg.adminUrl, 'newsroom');
  const databaseUrl = pg.urlFor('newsroom');
  await prepareDatabase({ databaseUrl, handleSignals: false, log: () => {}, demo: true });
  console.log(`Throw-away PostgreSQL on port ${pg.port}, migrated and seeded (${Math.round((Date.now() - setupStarted) / 1000)} s)`);

  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', NEXT_MANUAL_SIG_HANDLE: 'true' };
  for (const name of ['REDIS_URL', 'SHUTDOWN_TIMEOUT_MS', 'SHUTDOWN_DELAY_MS']) delete env[name];
  const make = async (name: string, extra: Record<string, string> = {}) => {
    const port = await freePort();
    return spawnInstance({ name, port, base: `http://${HOST}:${port}`, env: { ...env, ...extra } });
  };
  // A: the default SHUTDOWN_TIMEOUT_MS (10 s); B: 2 s, to see a stuck request cut.
  const a = await make('A');
  const b = await make('B', { SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS) });
  const c = await make('C', { REDIS_URL: `redis://${HOST}:${await freePort()}`, SHUTDOWN_DELAY_MS: '1500' });
  const up = await Promise.all([waitUntilReady(a), waitUntilReady(b), waitUntilListening(c)]);
  if (!check('instances A, B and C start', up.every(Boolean))) return;

  // Article URLs from the front page: some warmed (cached), two never visited before the outage.
  const front = await get(`${a.base}/`);
  const articles = [...new Set([...front.body.matchAll(/href="(\/news\/\d{4}\/\d\d\/\d\d\/[^"#?]+)"/g)].map((m) => m[1]))];
  if (!check('the front page lists articles', front.status === 200 && articles.length >= 8, `${articles.length} found`)) return;

  await healthChecks(a, c);
  await shutdownDelay(c);

  const cold = articles.slice(-2);
  const paths = ['/', ...articles.slice(0, 5), '/section/news', '/search?q=rail'];
  const [a2] = await rollingRestart(a, b, paths);
  await outage(pg, a2, ['/', articles[0], articles[1]], cold);
}

runScriptTest(checks, main, {
  limitMs: OVERALL_LIMIT_MS,
  cleanUp,
  onFailure: () => {
    const file = path.join(os.tmpdir(), `newsroom-test-health-${process.pid}.log`);
    fs.writeFileSync(file, instances.map((i) => i.log.join('\n')).join('\n') + '\n');
    console.log(`Server output: ${file}`);
  },
});
