/**
 * npm run bench:stack — the production stack (tools/stack.ts: Varnish in
 * front of two `next start` instances sharing Redis) under load, on this
 * machine, in a scratch database (dropped afterwards):
 *
 *   (a) throughput of a cached article through Varnish, as a share of a raw
 *       node:http server (its own process) sending the same bytes (status,
 *       headers, gzip body), measured alternately in the same run;
 *   (b) publish-to-live: an article published through each instance's admin
 *       JSON API, until Varnish serves it on the front page and at its URL;
 *   (c) a breaking-news spike: 500 connections over the front page (a fifth
 *       of them) and 200 articles through Varnish, while an editor
 *       publishes an article every 2 s: errors, latency, and the CPU used by
 *       the app instances, Varnish and the load generator.
 *
 *   npm run bench:stack [-- --only throughput|live|spike] [--seconds 8]
 *     [--connections 50] [--rounds 2] [--spike-seconds 20] [--spike-connections 500]
 *     [--publish-every 2] [--storage 256m] [--varnish-args "-p thread_pools=1"]
 *
 * Needs varnishd, Redis (REDIS_URL, default redis://127.0.0.1:6379), a
 * PostgreSQL server (BENCH_DATABASE_ADMIN_URL, default
 * postgresql://postgres@127.0.0.1:5432/postgres) and a build (.next). Ports:
 * free ones in 4100-4199. Every request goes to 127.0.0.1, every loop is
 * bounded in time.
 */
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from '@redis/client';
import pg from 'pg';
import { createPrismaClient } from '../lib/db/client.ts';
import { dropDatabase, ensureDatabase, REPO_ROOT, withDatabase } from '../tools/db/embedded/index.ts';
import { migrate } from '../tools/db/migrate.ts';
import { runMain } from '../tools/db/prepare.ts';
import { EditorApi, escapeHtml } from '../tools/editor-api.ts';
import { seed } from '../tools/seed/index.ts';
import { findVarnishd, freePortRange, startStack, stopProcess, type Stack } from '../tools/stack.ts';
import { deleteKeysWithPrefix } from '../tools/test-harness.ts';
import { StartupError } from './start.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '2' },
    'spike-seconds': { type: 'string', default: '20' },
    'spike-connections': { type: 'string', default: '500' },
    storage: { type: 'string', default: '256m' },
    'varnish-args': { type: 'string', default: '' },
    articles: { type: 'string', default: '200' },
    'publish-every': { type: 'string', default: '2' },
  },
});
const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const parts = values.only ? values.only.split(',') : ['throughput', 'live', 'spike'];
const GZIP = { 'accept-encoding': 'gzip, deflate, br' };

function assertLocal(url: string): void {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`bench only targets 127.0.0.1, not ${url}`);
}

const round = (n: number, digits = 0) => Number(n.toFixed(digits));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return s.length ? (s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2 : NaN;
};

// ── CPU time of process trees (/proc, Linux) ──────────────────────────────────
const TICKS = 100; // getconf CLK_TCK on Linux

function processTable(): Map<number, { ppid: number; ticks: number }> {
  const table = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {}
  }
  return table;
}

/**
 * CPU seconds used so far by each named process tree. The stack's processes
 * are children of this one, so `bench` (this process: autocannon's worker
 * thread and the publisher) counts this process alone.
 */
function cpuSeconds(roots: Record<string, number>): Record<string, number> {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: Record<string, number> = {};
  for (const [name, root] of Object.entries(roots)) {
    if (root === process.pid) {
      out[name] = (table.get(root)?.ticks ?? 0) / TICKS;
      continue;
    }
    let ticks = 0;
    const stack = [root];
    while (stack.length) {
      const pid = stack.pop()!;
      ticks += table.get(pid)?.ticks ?? 0;
      stack.push(...(children.get(pid) ?? []));
    }
    out[name] = ticks / TICKS;
  }
  return out;
}

/** Busy CPU seconds of the whole machine (all processes, ours or not). */
function machineBusySeconds(): number {
  const [cpu] = fs.readFileSync('/proc/stat', 'utf8').split('\n');
  const f = cpu.trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + f[4];
  return (f.reduce((a, b) => a + b, 0) - idle) / TICKS;
}

// ── (a) throughput ───────────────────────────────────────────────────────────

/** The response Varnish gives a browser for `url`: status, raw headers, body bytes. */
function capture(url: string): Promise<{ status: number; headers: string[]; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: GZIP }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.rawHeaders, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/** A raw node:http server in its own process answering every request with `response`. */
async function startRawServer(port: number, response: { status: number; headers: string[]; body: Buffer }, dir: string): Promise<ChildProcess> {
  const file = path.join(dir, 'raw-response.json');
  fs.writeFileSync(file, JSON.stringify({ status: response.status, headers: response.headers, body: response.body.toString('base64') }));
  const code = `
    const http = require('node:http');
    const r = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'));
    const body = Buffer.from(r.body, 'base64');
    const headers = r.headers.filter((_, i) => i % 2 === 0 ? !/^(connection|keep-alive|transfer-encoding)$/i.test(r.headers[i]) : !/^(connection|keep-alive|transfer-encoding)$/i.test(r.headers[i - 1]));
    http.createServer((req, res) => { res.writeHead(r.status, headers); res.end(body); })
      .listen(${port}, '127.0.0.1', () => console.log('listening'));`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (c) => reject(new Error(`raw server exited (${c})`)));
  });
  return child;
}

async function cannon(opts: autocannon.Options): Promise<autocannon.Result> {
  assertLocal(opts.url as string);
  return autocannon({ timeout: 10, ...opts });
}

async function throughput(stack: Stack, articlePath: string, rawPort: number): Promise<void> {
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const rounds = Number(values.rounds);
  const url = stack.url + articlePath;
  for (let i = 0; i < 3; i++) await capture(url);
  const response = await capture(url);
  const raw = await startRawServer(rawPort, response, stack.workdir);
  const rawUrl = `http://127.0.0.1:${rawPort}${articlePath}`;
  console.log(`\n(a) Cached article through Varnish vs a raw node:http server sending the same ${response.body.length} bytes of gzip body (+ the same headers)`);
  console.log(`    autocannon, ${connections} connections, ${seconds} s each, alternating, ${rounds} rounds, Accept-Encoding: gzip`);
  const results: { varnish: number[]; raw: number[] } = { varnish: [], raw: [] };
  /** Server CPU µs per response. */
  const cost: { varnish: number[]; raw: number[] } = { varnish: [], raw: [] };
  try {
    // Warm both (connections, JIT).
    await cannon({ url: rawUrl, connections, duration: 2, headers: GZIP });
    await cannon({ url, connections, duration: 2, headers: GZIP });
    for (let r = 0; r < rounds; r++) {
      for (const [name, target] of [
        ['raw', rawUrl],
        ['varnish', url],
      ] as const) {
        const before = cpuSeconds({ varnish: stack.varnishPid, raw: raw.pid!, bench: process.pid });
        const res = await cannon({ url: target, connections, duration: seconds, headers: GZIP });
        const after = cpuSeconds({ varnish: stack.varnishPid, raw: raw.pid!, bench: process.pid });
        const cpu = (k: string) => round(((after[k] - before[k]) / res.duration) * 100);
        results[name].push(res.requests.average);
        cost[name].push(((after[name] - before[name]) / res.requests.total) * 1e6);
        console.log(
          `    ${name.padEnd(8)} ${String(round(res.requests.average)).padStart(7)} req/s  p50 ${res.latency.p50} ms  p99 ${res.latency.p99} ms  errors ${res.errors}  non-2xx ${res.non2xx}   CPU: server ${cpu(name)} % (${round(cost[name].at(-1)!)} µs a response), autocannon ${cpu('bench')} %`,
        );
      }
    }
  } finally {
    await stopProcess(raw);
  }
  const v = median(results.varnish);
  const r = median(results.raw);
  console.log(`    → Varnish ${round(v)} req/s = ${round(v / r, 2)} × raw node:http (${round(r)} req/s), medians`);
  console.log(
    `    → server CPU a response: Varnish ${round(median(cost.varnish))} µs, raw node:http ${round(median(cost.raw))} µs (when autocannon, on the same cores, is what limits both, this is the comparison that still holds)`,
  );
}

// ── (b) publish-to-live ──────────────────────────────────────────────────────

/** Polls `url` through Varnish every `every` ms until `test` holds; ms since `from`, or -1 after `limit` ms. */
async function until(url: string, test: (status: number, body: string) => boolean, from: number, limit = 10_000, every = 5): Promise<number> {
  assertLocal(url);
  while (Date.now() - from < limit) {
    try {
      const res = await fetch(url, { headers: GZIP, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
      const body = await res.text();
      if (test(res.status, body)) return Date.now() - from;
    } catch {}
    await new Promise((r) => setTimeout(r, every));
  }
  return -1;
}

let articleCounter = 0;
async function publishOne(editor: EditorApi, sectionId: string, label: string): Promise<{ title: string; path: string; apiMs: number; started: number }> {
  const title = `${label} ${++articleCounter} ${randomBytes(3).toString('hex')}: storm closes coastal road`;
  const started = Date.now();
  const draft = await editor.create({ title, slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'), sectionId, text: 'Police closed the road at noon.' });
  const published = await editor.transition(draft, 'publish');
  return { title, path: published.publicPath!, apiMs: Date.now() - started, started };
}

async function publishToLive(stack: Stack, sectionId: string): Promise<void> {
  console.log('\n(b) Publish-to-live through Varnish: create + publish through one instance’s API, until Varnish serves the new title');
  console.log('    (ms from sending the create request; front page and article page polled in parallel)');
  const editor = await EditorApi.signIn(stack.instances[0].url);
  const all: number[] = [];
  for (const instance of stack.instances) {
    const api = editor.at(instance.url);
    const rows: string[] = [];
    for (let i = 0; i < 3; i++) {
      await fetch(`${stack.url}/`).then((r) => r.arrayBuffer()); // the front page is cached
      const p = await publishOne(api, sectionId, `Live ${instance.name}`);
      const html = escapeHtml(p.title);
      const [front, article] = await Promise.all([
        until(`${stack.url}/`, (s, b) => s === 200 && b.includes(html), p.started),
        until(stack.url + p.path, (s, b) => s === 200 && b.includes(html), p.started),
      ]);
      all.push(front, article);
      rows.push(`front ${front} ms / article ${article} ms (API ${p.apiMs} ms)`);
    }
    console.log(`    through ${instance.name}: ${rows.join('; ')}`);
  }
  const ok = all.filter((ms) => ms >= 0);
  console.log(`    → median ${median(ok)} ms, max ${Math.max(...ok)} ms${ok.length < all.length ? `, ${all.length - ok.length} not within 10 s` : ''}`);
}

// ── (c) spike ────────────────────────────────────────────────────────────────

/**
 * The spike's targets, one per connection pair: autocannon gives connection i
 * the URL i mod n, so 50 front-page entries among the 200 article URLs make a
 * fifth of the connections read the front page and spread the rest over every
 * article (no per-request callback: the load generator shares the cores).
 */
function spikeUrls(base: string, paths: string[]): string[] {
  const urls: string[] = [];
  paths.forEach((p, i) => {
    if (i % 4 === 0) urls.push(`${base}/`);
    urls.push(base + p);
  });
  return urls;
}

/** Varnish's counters (varnishstat -j). */
function varnishCounters(stack: Stack): Record<string, number> {
  const out = spawnSync(findVarnishstat(), ['-n', path.join(stack.workdir, 'varnish'), '-1', '-j'], { encoding: 'utf8' });
  try {
    const json = JSON.parse(out.stdout) as { counters?: Record<string, { value: number }> } & Record<string, { value?: number }>;
    const counters = json.counters ?? json;
    return Object.fromEntries(Object.entries(counters).map(([k, v]) => [k, Number(v?.value ?? 0)]));
  } catch {
    return {};
  }
}

function findVarnishstat(): string {
  const varnishd = findVarnishd();
  const sibling = varnishd ? path.join(path.dirname(varnishd), '..', 'bin', 'varnishstat') : '';
  return fs.existsSync(sibling) ? sibling : 'varnishstat';
}

async function spike(stack: Stack, sectionId: string, articlePaths: string[]): Promise<void> {
  const seconds = Number(values['spike-seconds']);
  const connections = Number(values['spike-connections']);
  const paths = articlePaths.slice(0, Number(values.articles));
  const every = Number(values['publish-every']) * 1000;
  console.log(`\n(c) Breaking-news spike: ${connections} connections for ${seconds} s through Varnish, a fifth on the front page, the rest spread over ${paths.length} articles;`);
  console.log(every > 0 ? `    an editor publishes an article every ${every / 1000} s (alternating instances)` : '    no publishing (baseline)');
  // Warm Varnish with every page (4 at a time).
  const queue = ['/', ...paths];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let p = queue.shift(); p !== undefined; p = queue.shift()) await fetch(stack.url + p, { headers: GZIP }).then((r) => r.arrayBuffer());
    }),
  );

  const editor = await EditorApi.signIn(stack.instances[0].url);
  const publishes: { apiMs: number; liveMs: number; error?: string }[] = [];
  let publishing = every > 0;
  const publisher = (async () => {
    let n = 0;
    while (publishing) {
      const tick = Date.now();
      const instance = stack.instances[n++ % stack.instances.length];
      try {
        const p = await publishOne(editor.at(instance.url), sectionId, 'Breaking');
        const liveMs = await until(`${stack.url}/`, (s, b) => s === 200 && b.includes(escapeHtml(p.title)), p.started, 5000, 50);
        publishes.push({ apiMs: p.apiMs, liveMs });
      } catch (error) {
        publishes.push({ apiMs: -1, liveMs: -1, error: (error as Error).message });
      }
      await new Promise((r) => setTimeout(r, Math.max(0, every - (Date.now() - tick))));
    }
  })();

  const roots: Record<string, number> = { varnish: stack.varnishPid, bench: process.pid };
  for (const i of stack.instances) roots[`app ${i.name}`] = i.pid;
  const before = cpuSeconds(roots);
  const busyBefore = machineBusySeconds();
  const started = Date.now();
  const statsBefore = varnishCounters(stack);
  // In a worker thread: the publisher's requests and timings must not wait behind the load generator's event loop.
  const urls = spikeUrls(stack.url, paths);
  urls.forEach(assertLocal);
  // autocannon takes an array of URLs (its types say one string).
  const res = await autocannon({ url: urls as unknown as string, connections, duration: seconds, headers: GZIP, timeout: 10, workers: 1 });
  const statsAfter = varnishCounters(stack);
  const wall = (Date.now() - started) / 1000;
  const after = cpuSeconds(roots);
  const busy = machineBusySeconds() - busyBefore;
  publishing = false;
  await publisher;

  const codes = Object.entries(res.statusCodeStats ?? {})
    .map(([code, s]) => `${code}: ${s.count}`)
    .join(', ');
  console.log(`    ${round(res.requests.average)} req/s (${res.requests.total} requests), latency p50 ${res.latency.p50} ms, p99 ${res.latency.p99} ms, max ${res.latency.max} ms`);
  console.log(`    errors ${res.errors} (timeouts ${res.timeouts}), non-2xx ${res.non2xx}; status codes ${codes}`);
  const d = (k: string) => (statsAfter[k] ?? 0) - (statsBefore[k] ?? 0);
  console.log(
    `    Varnish threads: ${statsAfter['MAIN.threads'] ?? '?'} (limited ${d('MAIN.threads_limited')} times), sessions queued ${d('MAIN.sess_queued')}, dropped ${d('MAIN.sess_dropped')}`,
  );
  console.log(
    `    Varnish: ${d('MAIN.cache_hit')} hits (${d('MAIN.cache_hit_grace')} of them stale while refreshing), ${d('MAIN.cache_miss')} misses, ${d('MAIN.backend_req')} requests to the app (${d('MAIN.s_bgfetch')} background refreshes, ${d('MAIN.fetch_304')} answered 304 Not Modified)`,
  );
  const failedPublishes = publishes.filter((p) => p.error);
  if (failedPublishes.length) console.log(`    publish errors: ${failedPublishes.map((p) => p.error).join('; ')}`);
  const ok = publishes.filter((p) => p.liveMs >= 0);
  if (publishes.length)
    console.log(
      `    ${publishes.length} publishes: API median ${median(ok.map((p) => p.apiMs))} ms; on the front page through Varnish after median ${median(ok.map((p) => p.liveMs))} ms, max ${Math.max(...ok.map((p) => p.liveMs))} ms` +
        (ok.length < publishes.length ? `; ${publishes.length - ok.length} failed or not live within 5 s (${publishes.find((p) => p.error)?.error ?? 'timeout'})` : ''),
    );
  const cores = os.cpus().length;
  const share = (s: number) => `${round((s / wall) * 100)} % of a core`;
  const used = Object.fromEntries(Object.keys(roots).map((k) => [k, after[k] - before[k]]));
  const apps = Object.entries(used).filter(([k]) => k.startsWith('app '));
  const appTotal = apps.reduce((a, [, s]) => a + s, 0);
  console.log(
    `    CPU (${cores} cores, ${wall.toFixed(1)} s): ${apps.map(([k, s]) => `${k} ${share(s)}`).join(', ')} → the app ${round((appTotal / (wall * cores)) * 100)} % of the machine; ` +
      `Varnish ${share(used.varnish)}; autocannon + publisher ${share(used.bench)}; the machine was ${round((busy / (wall * cores)) * 100)} % busy (other processes: ${share(Math.max(0, busy - Object.values(used).reduce((a, b) => a + b, 0)))})`,
  );
}

// ── setup ────────────────────────────────────────────────────────────────────

/** Adds published copies of the seeded articles until there are `count`. */
async function addArticles(databaseUrl: string, count: number): Promise<void> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: string }>(`SELECT count(*) AS n FROM "Article" WHERE status = 'PUBLISHED'`);
    const missing = count - Number(rows[0].n);
    if (missing <= 0) return;
    const cols = (
      await c.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'Article' AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'slug', 'title', 'publishedAt')`,
      )
    ).rows.map((r) => `"${r.column_name}"`);
    await c.query(
      `WITH src AS (SELECT *, row_number() OVER (ORDER BY "publishedAt" DESC) AS rn, count(*) OVER () AS total FROM "Article" WHERE status = 'PUBLISHED')
       INSERT INTO "Article" ("id", "slug", "title", "publishedAt", ${cols.join(', ')})
       SELECT gen_random_uuid()::text, src.slug || '-' || i, src.title || ' (' || i || ')', src."publishedAt" - (i || ' hours')::interval, ${cols.map((col) => `src.${col}`).join(', ')}
       FROM generate_series(1, $1) AS i JOIN src ON src.rn = 1 + (i % src.total)`,
      [missing],
    );
  } finally {
    await c.end();
  }
}

async function main(): Promise<number> {
  if (!findVarnishd()) throw new StartupError('varnishd is not installed: apt-get install -y varnish varnish-modules');
  if (!fs.existsSync(path.join(REPO_ROOT, '.next', 'BUILD_ID'))) throw new StartupError('No build: run npm run build (or npm run stack once) first');
  const redis = createClient({ url: REDIS_URL, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  redis.on('error', () => {});
  try {
    await redis.connect();
  } catch {
    throw new StartupError(`No Redis at ${REDIS_URL} (set REDIS_URL)`);
  }
  const suffix = `${Date.now()}_${randomBytes(3).toString('hex')}`;
  const database = `bench_stack_${suffix}`;
  const keyPrefix = `newsroom-bench:${suffix}:`;
  await ensureDatabase(ADMIN_URL, database);
  let stack: Stack | undefined;
  const onSignal = () => {
    console.log('Interrupted: stopping…');
    void (stack?.stop() ?? Promise.resolve()).then(() => dropDatabase(ADMIN_URL, database)).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const databaseUrl = withDatabase(ADMIN_URL, database);
    await migrate(databaseUrl);
    const prisma = createPrismaClient(databaseUrl);
    let sectionId: string;
    try {
      await seed(prisma);
      sectionId = (await prisma.section.findFirstOrThrow({ orderBy: { position: 'asc' }, select: { id: true } })).id;
    } finally {
      await prisma.$disconnect();
    }
    await addArticles(databaseUrl, Number(values.articles));

    const port = await freePortRange(5, 4100, 4199);
    stack = await startStack({
      databaseUrl,
      port,
      instances: 2,
      redisUrl: REDIS_URL,
      redisKeyPrefix: keyPrefix,
      storage: values.storage,
      varnishArgs: values['varnish-args']!.split(/\s+/).filter(Boolean),
      env: { SCHEDULER_INTERVAL_MS: '0' },
    });
    const load = os.loadavg().map((l) => l.toFixed(1));
    console.log(`Machine: ${os.cpus().length} cores (${os.cpus()[0].model}), load average ${load.join(' ')} before the run`);

    const sitemap = await (await fetch(`${stack.instances[0].url}/sitemap.xml`)).text();
    const articlePaths = [...new Set([...sitemap.matchAll(/<loc>https?:\/\/[^<]*?(\/news\/[^<]+)<\/loc>/g)].map((m) => m[1]))];
    if (articlePaths.length === 0) throw new Error('no article URLs in /sitemap.xml');

    if (parts.includes('throughput')) await throughput(stack, articlePaths[0], port + 4);
    if (parts.includes('live')) await publishToLive(stack, sectionId);
    if (parts.includes('spike')) await spike(stack, sectionId, articlePaths);
    const notes = stack
      .logs()
      .filter((l) => /\[cache\]|\[varnish\] (Error|Warn)|Error|error/.test(l) && !/^\[varnish\] Error: (Manager got SIGTERM|Child \(\d+\) died signal=15)/.test(l));
    if (notes.length) console.log(`\nFrom the stack's logs:\n${notes.slice(-15).join('\n')}`);
    return 0;
  } finally {
    await stack?.stop();
    try {
      await deleteKeysWithPrefix(redis, keyPrefix);
      await redis.close();
    } catch {}
    await dropDatabase(ADMIN_URL, database).catch((err) => console.error(`Could not drop ${database}: ${(err as Error).message}`));
  }
}

runMain(main);
