/**
 * What counting views costs the database (issue 11 part 3, ADR 018):
 * `npm run bench:views -- [--port 3202] [--rate 1000] [--seconds 10]`.
 *
 * Needs DATABASE_URL (a migrated database with published articles, e.g. the
 * demo seed) and a build in .next. Starts `next start` on --port with the
 * scheduler off (so the app sends nothing else to the database), then:
 *   1. drives POST /beacon at --rate requests a second for --seconds
 *      (autocannon; each request from its own client address, as readers
 *      behind a trusted proxy, for a random published article), stops the
 *      server (the last counts are written on shutdown), and reads from
 *      PostgreSQL how many transactions the database committed
 *      (pg_stat_database.xact_commit: every statement of the app is one) and
 *      how many views were stored;
 *   2. drives the endpoint as fast as it answers for 5 s (its throughput and
 *      the server's CPU time per beacon, which says how many cores 1,000
 *      beacons a second need whatever else runs on the machine);
 *   3. the same counting without HTTP: the app's recorder (lib/metrics/) fed
 *      --rate events a second in this process for --seconds, flushing to the
 *      same database, to show the database side at the full rate even when
 *      the machine cannot serve it over HTTP.
 * Loopback only. Prints one line per figure.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3202' },
    rate: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '10' },
  },
});
const PORT = Number(values.port);
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) throw new Error('Set DATABASE_URL to a migrated database with published articles (and build with `npx next build`).');
const FLUSH_MS = 5000;
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const base = `http://127.0.0.1:${PORT}`;

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_MANUAL_SIG_HANDLE: 'true',
      TRUSTED_PROXIES: '127.0.0.1,::1',
      SCHEDULER_INTERVAL_MS: '0',
      METRICS_FLUSH_MS: String(FLUSH_MS),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return child;
    } catch {
      /* not yet */
    }
    await sleep(500);
  }
  child.kill('SIGKILL');
  throw new Error(`next start did not answer on port ${PORT} within 60 s`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(20_000)]);
}

/** CPU seconds (user + system) used so far by a process (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** A random address in 10.0.0.0/8 (believed from the loopback proxy): every request its own reader. */
const randomAddress = () => `10.${(Math.random() * 256) | 0}.${(Math.random() * 256) | 0}.${(Math.random() * 256) | 0}`;

function beaconRequests(ids: string[]): autocannon.Request[] {
  return [
    {
      method: 'POST',
      path: '/beacon',
      setupRequest: (req: autocannon.Request) => ({
        ...req,
        headers: { 'content-type': 'text/plain', 'user-agent': UA, 'x-forwarded-for': randomAddress() },
        body: JSON.stringify({ view: ids[(Math.random() * ids.length) | 0] }),
      }),
    },
  ];
}

const db = new pg.Client({ connectionString: DATABASE_URL });
await db.connect();
const ids = (await db.query<{ id: string }>(`SELECT id FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL`)).rows.map((r) => r.id);
if (ids.length === 0) throw new Error('No published articles: seed the database first (SEED_DEMO=1 npm run db:seed).');

async function snapshot() {
  const [{ xact_commit }] = (await db.query<{ xact_commit: string }>(`SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()`)).rows;
  const [{ views }] = (await db.query<{ views: string | null }>(`SELECT sum(views) AS views FROM "ArticleViewHour"`)).rows;
  return { commits: Number(xact_commit), views: Number(views ?? 0) };
}

let server = await startServer();
// Warm up: compile the route, open the pool.
await autocannon({ url: base, requests: beaconRequests(ids), amount: 200, connections: 4 });
await sleep(FLUSH_MS + 1000);
// pg_stat counters reach pg_stat_database when a backend reports them (at most once a second, idle ones after ~10 s).
await sleep(11_000);
const before = await snapshot();
const run = await autocannon({ url: base, requests: beaconRequests(ids), duration: SECONDS, connections: 50, overallRate: RATE });
await stopServer(server);
await sleep(11_000);
const after = await snapshot();

const commits = after.commits - before.commits - 2; // the snapshot's own two statements
const okAnswers = run['2xx'];
console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0].model}), load average ${os.loadavg()[0].toFixed(1)}`);
console.log(
  `beacons sent            ${run.requests.sent} in ${SECONDS} s (${(run.requests.sent / SECONDS).toFixed(0)}/s), 2xx ${okAnswers}, non-2xx ${run.non2xx}, errors ${run.errors}`,
);
console.log(`latency                 p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms`);
console.log(`views stored            ${after.views - before.views} (${((after.views - before.views) / SECONDS).toFixed(0)}/s)`);
console.log(`database transactions   ${commits} (${(commits / SECONDS).toFixed(2)}/s; each flush is one statement, every ${FLUSH_MS / 1000} s, plus the last one on shutdown)`);

server = await startServer();
await autocannon({ url: base, requests: beaconRequests(ids), amount: 500, connections: 10 });
const cpuBefore = cpuSeconds(server.pid!);
const max = await autocannon({ url: base, requests: beaconRequests(ids), duration: 5, connections: 50 });
const cpu = cpuSeconds(server.pid!) - cpuBefore;
await stopServer(server);
console.log(
  `endpoint throughput     ${max.requests.average.toFixed(0)} req/s (50 connections, unthrottled), p50 ${max.latency.p50} ms, p99 ${max.latency.p99} ms, non-2xx ${max.non2xx}`,
);
console.log(
  `server CPU per beacon   ${((cpu / max.requests.total) * 1000).toFixed(2)} ms (${max.requests.total} beacons, ${cpu.toFixed(1)} CPU s): 1,000 beacons/s need ~${((cpu / max.requests.total) * 1000).toFixed(1)} cores`,
);

// 3. The recorder in this process, at the full rate, against the same database.
process.env.METRICS_FLUSH_MS = String(FLUSH_MS);
const { recordEvent, flushMetrics, metricsStats } = await import('../lib/metrics/recorder.ts');
await sleep(11_000);
const start = await snapshot();
const started = Date.now();
let sent = 0;
while (Date.now() - started < SECONDS * 1000) {
  const due = Math.floor(((Date.now() - started) / 1000) * RATE);
  for (; sent < due; sent++) recordEvent('view', ids[(Math.random() * ids.length) | 0], randomAddress());
  await sleep(5);
}
await flushMetrics();
const { db: appDb } = await import('../lib/db/client.ts');
await appDb().$disconnect();
await sleep(11_000);
const end = await snapshot();
const moduleCommits = end.commits - start.commits - 2;
console.log(
  `recorder alone          ${sent} views in ${SECONDS} s (${(sent / SECONDS).toFixed(0)}/s): ${end.views - start.views} stored with ${moduleCommits} transactions (${(moduleCommits / SECONDS).toFixed(2)}/s), ${metricsStats().flushes} flushes`,
);
await db.end();
