/**
 * What an uncached article page costs at newsroom scale (issue 9, part 2).
 *
 *   npm run bench:render -- [--articles 100000] [--renders 200] [--profile]
 *
 * 1. Creates a scratch database on the server of BENCH_ADMIN_URL, else of
 *    DATABASE_URL, else postgresql://postgres@127.0.0.1:5432, migrates it
 *    (tools/db/migrate.ts), adds the demo content (tools/seed: settings,
 *    sections, authors, tags, real images, ads) and then --articles published
 *    articles generated in SQL from a pool of bodies of 8–20 blocks made of the
 *    demo's paragraphs, subheadings, quotes, images, lists, embeds and
 *    Background links to older generated articles. Dropped at the end, also on
 *    Ctrl-C or failure; --keep keeps it and --database bench_render_<id> runs
 *    again on a kept one (no seeding; compare builds on the same data).
 * 2. Builds .next first if it is stale, then runs `next start` on --port against it
 *    (SCHEDULER_INTERVAL_MS=0: no once-a-second scheduler requests).
 * 3. Prints, each phase with a fresh server:
 *    - queries: PostgreSQL statements per uncached render, from the server log
 *      (log_min_duration_statement=0 set on the scratch database only), with
 *      their shapes and EXPLAIN ANALYZE at this scale (--explain-runs);
 *    - cpu: CPU ms per uncached article render, Next (utime+stime of the
 *      `next start` process tree, /proc/<pid>/stat) and PostgreSQL (run time of
 *      the scratch database's backends, /proc/<pid>/schedstat), over --renders
 *      different articles requested one at a time, whole response read (a
 *      PPR shell plus its resumed render count as one render); then CPU ms per
 *      cached hit (one article --hits times); then the throughput of a cached
 *      article (autocannon, 10 connections, --seconds) as a ratio to a raw
 *      node:http server sending the same bytes, measured in the same run.
 *    - profile (--profile): `next start` under NODE_OPTIONS=--cpu-prof, the same
 *      kind of uncached renders, and scripts/profile-summary.ts on the result.
 *
 * The machine is shared: compare figures as ratios within one run, repeat runs.
 * Everything it starts listens on 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { bodySchema, bodyToText, type Block } from '../lib/blocks/schema.ts';
import { createPrismaClient } from '../lib/db/client.ts';
import { migrate } from '../tools/db/migrate.ts';
import { seed } from '../tools/seed/index.ts';
import { buildApp, spawnNext, waitForExit } from './start.ts';
import { summarise, formatSummary } from './profile-summary.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    renders: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '30' },
    hits: { type: 'string', default: '300' },
    seconds: { type: 'string', default: '5' },
    port: { type: 'string', default: '4310' },
    'query-renders': { type: 'string', default: '30' },
    phases: { type: 'string', default: 'queries,cpu' },
    profile: { type: 'boolean', default: false },
    'profile-dir': { type: 'string' },
    repeat: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});
const ARTICLES = Number(values.articles);
const RENDERS = Number(values.renders);
const WARMUP = Number(values.warmup);
const HITS = Number(values.hits);
const PORT = Number(values.port);
const QUERY_RENDERS = Number(values['query-renders']);
const REPEAT = Number(values.repeat);
const phases = new Set(values.phases!.split(','));
if (values.profile) phases.add('profile');
if (!(PORT >= 1024 && PORT < 65536)) throw new Error('--port must be a port number');

const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const ms = (n: number, digits = 1) => n.toFixed(digits);
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUTE_CACHE = path.join(REPO_ROOT, '.next/server/route-cache');
const require = createRequire(import.meta.url);

// ------------------------------------------------------------------ scratch database

function adminUrl(): string {
  if (process.env.BENCH_ADMIN_URL) return process.env.BENCH_ADMIN_URL;
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = '/postgres';
    return u.toString();
  }
  return 'postgresql://postgres@127.0.0.1:5432/postgres';
}
const admin = adminUrl();
// --database bench_render_<id>: reuse a scratch database kept by an earlier run (--keep); it is kept again.
if (values.database && !/^bench_render_[a-z0-9]+$/.test(values.database)) throw new Error('--database must name a database kept by bench:render (bench_render_…)');
const runId = values.database ? values.database.slice('bench_render_'.length) : Date.now().toString(36);
const dbName = `bench_render_${runId}`;
const keep = values.keep || !!values.database;
const dbUrl = (() => {
  const u = new URL(admin);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(admin).hostname)) throw new Error('bench:render only uses a database server on this machine');

const server = new pg.Client({ connectionString: admin, application_name: 'bench-render' });
let next: ChildProcess | undefined;
let rawServer: ChildProcess | undefined;
let cleanedUp = false;

/** Next writes every rendered page to .next/server/route-cache; remove this run's (their slugs carry the run id). */
function removeRenderedPages() {
  let removed = 0;
  const walk = (dir: string): boolean => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    let left = entries.length;
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.name.includes(`-${runId}-`)) {
        fs.rmSync(p, { recursive: true, force: true });
        removed++;
        left--;
      } else if (e.isDirectory() && walk(p)) left--;
    }
    if (left === 0 && dir !== ROUTE_CACHE) {
      fs.rmdirSync(dir);
      return true;
    }
    return false;
  };
  walk(ROUTE_CACHE);
  if (removed) console.log(`Removed this run's ${removed} rendered-page files from .next/server/route-cache`);
}

async function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const child of [next, rawServer]) if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  removeRenderedPages();
  if (!keep) {
    await server.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((e) => console.error(`Could not drop ${dbName}: ${e.message}`));
    console.log(`Dropped ${dbName}`);
  } else console.log(`Kept ${dbName}: ${dbUrl}`);
  await server.end().catch(() => {});
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

/** Deterministic PRNG (mulberry32). */
function rng(seedValue: number) {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEMPLATES = 400;
const LINK = (n: number) => `@@LINK${n}@@`;

/** Bodies of 8–20 blocks built from the demo's own blocks, Background items pointing at placeholders. */
function bodyTemplates(demoBodies: Block[][]): { body: Block[]; text: string }[] {
  const pool: Record<string, Block[]> = {};
  for (const body of demoBodies) for (const b of body) (pool[b.type] ??= []).push(b);
  const bgTexts = (pool.background ?? []).flatMap((b) => (b.type === 'background' ? b.items.map((i) => i.text) : []));
  const fallbackSubs = ['What happens next', 'Why it matters', 'The numbers', 'Reaction', 'How we got here', 'What the law says'];
  const subheadings: Block[] = pool.subheading?.length ? pool.subheading : fallbackSubs.map((text) => ({ type: 'subheading', text }));
  const lists: Block[] = pool.list?.length
    ? pool.list
    : [{ type: 'list', ordered: false, items: [[{ text: 'The first point of the plan.' }], [{ text: 'The second point.' }], [{ text: 'And a third.' }]] }];
  const r = rng(9);
  const pick = (arr: Block[]) => arr[Math.floor(r() * arr.length)];
  const paragraphs = [...(pool.paragraph ?? []), ...(pool.labelled ?? [])];
  const out: { body: Block[]; text: string }[] = [];
  for (let k = 0; k < TEMPLATES; k++) {
    const n = 8 + ((k * 7) % 13); // 8..20 blocks
    const withBackground = k % 4 !== 3;
    const body: Block[] = [pick(pool.labelled?.length && k % 3 === 0 ? pool.labelled : paragraphs)];
    while (body.length < n - (withBackground ? 1 : 0)) {
      const i = body.length;
      const x = r();
      if (i % 5 === 0) body.push(pick(subheadings));
      else if (i === 2 && k % 2 === 0 && pool.image?.length) body.push(pick(pool.image));
      else if (x < 0.1 && pool.quote?.length) body.push(pick(pool.quote));
      else if (x < 0.17 && pool.image?.length) body.push(pick(pool.image));
      else if (x < 0.24) body.push(pick(lists));
      else if (x < 0.26 && pool.embed?.length) body.push(pick(pool.embed));
      else body.push(pick(paragraphs));
    }
    if (withBackground) {
      const items: { text: string; articleId?: string; url?: string }[] = Array.from({ length: 1 + (k % 3) }, (_, j) => ({
        text: bgTexts[(k + j) % Math.max(1, bgTexts.length)] ?? 'Earlier coverage.',
        articleId: LINK(j + 1),
      }));
      if (k % 5 === 0) items.push({ text: 'The full report (PDF).', url: 'https://example.org/reports/full.pdf' });
      body.push({ type: 'background', title: 'Background', items });
    }
    const parsed = bodySchema.parse(body);
    out.push({ body: parsed, text: bodyToText(parsed) });
  }
  return out;
}

async function createScratchDatabase() {
  await server.query(`CREATE DATABASE "${dbName}"`);
  console.log(`Scratch database ${dbName} on ${new URL(admin).host}`);
  await migrate(dbUrl);
  const t0 = performance.now();
  const prisma = createPrismaClient(dbUrl);
  try {
    await seed(prisma, { staff: false });
  } finally {
    await prisma.$disconnect();
  }
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const demo = await c.query<{ body: Block[] }>(`SELECT body FROM "Article" WHERE status = 'PUBLISHED'`);
    const templates = bodyTemplates(demo.rows.map((r) => r.body));
    const counts = templates.map((t) => t.body.length);
    await c.query(`CREATE TABLE bench_tpl (k int PRIMARY KEY, body text NOT NULL, body_text text NOT NULL)`);
    await c.query(`INSERT INTO bench_tpl SELECT * FROM unnest($1::int[], $2::text[], $3::text[])`, [
      templates.map((_, k) => k),
      templates.map((t) => JSON.stringify(t.body)),
      templates.map((t) => t.text),
    ]);
    // The demo articles lend titles, standfirsts and attribution, in turn.
    await c.query(`CREATE TABLE bench_demo AS
      SELECT (row_number() OVER (ORDER BY slug)) - 1 AS n, slug, title, standfirst, "heroAlt", "heroCredit", "heroCaption",
             "sourceName", "sourceUrl", "citingName", "citingUrl"
      FROM "Article" WHERE status = 'PUBLISHED'`);
    await c.query(`CREATE TABLE bench_ref AS SELECT
      (SELECT array_agg(id ORDER BY position) FROM "Section") AS sections,
      (SELECT array_agg(DISTINCT "heroId") FROM "Article" WHERE "heroId" IS NOT NULL) AS heroes,
      (SELECT array_agg(id ORDER BY slug) FROM "Tag") AS tags,
      (SELECT array_agg(id ORDER BY slug) FROM "Author") AS authors,
      (SELECT count(*) FROM "Article" WHERE status = 'PUBLISHED') AS demo`);
    const L = (n: number, offset: string) => `replace(%s, '${LINK(n)}', 'bench-' || least(${ARTICLES}, i + ${offset}))`;
    let bodyExpr = 't.body';
    for (const [n, off] of [
      [1, '1 + i % 13'],
      [2, '20 + i % 211'],
      [3, '300 + i % 997'],
    ] as const)
      bodyExpr = L(n, off).replace('%s', bodyExpr);
    // Bulk load: the secondary indexes are dropped and rebuilt afterwards (same definitions), much faster than maintaining them row by row.
    await c.query(`SET synchronous_commit = off`);
    await c.query(`SET maintenance_work_mem = '256MB'`);
    const indexes = await c.query<{ name: string; def: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('Article', 'ArticleTag', 'ArticleAuthor')
         AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    );
    for (const i of indexes.rows) await c.query(`DROP INDEX "${i.name}"`);
    const tStart = performance.now();
    // Two connections insert batches side by side (the generated tsvector column is most of the cost).
    const BATCH = 10_000;
    const batches: [number, number][] = [];
    for (let from = 1; from <= ARTICLES; from += BATCH) batches.push([from, Math.min(ARTICLES, from + BATCH - 1)]);
    let done = 0;
    const worker = async () => {
      const w = new pg.Client({ connectionString: dbUrl });
      await w.connect();
      await w.query(`SET synchronous_commit = off`);
      try {
        for (let b = batches.shift(); b; b = batches.shift()) {
          const [from, to] = b;
          await w.query(
            `INSERT INTO "Article" ("id","slug","title","standfirst","body","bodyText","status","language","featured","publishedAt","updatedAt","createdAt","modifiedAt","version",
                                "sectionId","heroId","heroAlt","heroCaption","heroCredit","sourceName","sourceUrl","citingName","citingUrl")
         SELECT 'bench-' || i, d.slug || '-${runId}-' || i, d.title, d.standfirst, (${bodyExpr})::jsonb, t.body_text, 'PUBLISHED', 'en', i % 50 = 0,
                p.at, CASE WHEN i % 5 = 0 THEN p.at + make_interval(mins => 15 + i % 300) END, p.at - interval '40 minutes',
                p.at + CASE WHEN i % 5 = 0 THEN make_interval(mins => 15 + i % 300) ELSE interval '0' END, 1 + (i % 5 = 0)::int,
                ref.sections[1 + i % cardinality(ref.sections)], CASE WHEN i % 10 = 9 THEN NULL ELSE ref.heroes[1 + i % cardinality(ref.heroes)] END,
                d."heroAlt", d."heroCaption", d."heroCredit", d."sourceName", d."sourceUrl", d."citingName", d."citingUrl"
         FROM generate_series($1::int, $2::int) i
         CROSS JOIN bench_ref ref
         CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE 'UTC') - interval '17 days' - make_interval(mins => i * 7) AS at) p
         JOIN bench_tpl t ON t.k = i % ${TEMPLATES}
         JOIN bench_demo d ON d.n = i % ref.demo`,
            [from, to],
          );
          done += to - from + 1;
          process.stdout.write(`\r  articles: ${done}/${ARTICLES}`);
        }
      } finally {
        await w.end();
      }
    };
    await Promise.all([worker(), worker()]);
    process.stdout.write('\n');
    await c.query(`INSERT INTO "ArticleTag" ("articleId","tagId")
      SELECT DISTINCT 'bench-' || i, ref.tags[1 + (i * 7 + j * 11) % cardinality(ref.tags)]
      FROM generate_series(1, ${ARTICLES}) i CROSS JOIN bench_ref ref CROSS JOIN LATERAL generate_series(0, 1 + i % 3) j`);
    await c.query(`INSERT INTO "ArticleAuthor" ("articleId","authorId","position")
      SELECT 'bench-' || i, ref.authors[1 + (i * 3 + j) % cardinality(ref.authors)], j
      FROM generate_series(1, ${ARTICLES}) i CROSS JOIN bench_ref ref CROSS JOIN LATERAL generate_series(0, CASE WHEN i % 4 = 0 THEN 1 ELSE 0 END) j`);
    await c.query(`DROP TABLE bench_tpl, bench_demo, bench_ref`);
    const tIndex = performance.now();
    for (const i of indexes.rows) await c.query(i.def);
    console.log(`  rebuilt ${indexes.rows.length} indexes in ${ms((performance.now() - tIndex) / 1000)} s`);
    await c.query('VACUUM ANALYZE');
    const size = await c.query<{ n: string; size: string }>(
      `SELECT count(*)::text AS n, pg_size_pretty(pg_database_size(current_database())) AS size FROM "Article" WHERE status = 'PUBLISHED'`,
    );
    console.log(
      `Seeded ${size.rows[0].n} published articles (${ARTICLES} generated, bodies of ${Math.min(...counts)}–${Math.max(...counts)} blocks) in ${ms((performance.now() - t0) / 1000)} s ` +
        `(generated rows ${ms((performance.now() - tStart) / 1000)} s); database ${size.rows[0].size}`,
    );
  } finally {
    await c.end();
  }
}

/** Article URLs in a deterministic random order, disjoint slices per phase. */
async function articleUrls(): Promise<string[]> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const tz = (await c.query<{ tz: string }>(`SELECT "timeZone" AS tz FROM "SiteSettings" WHERE id = 1`)).rows[0]?.tz ?? 'Europe/Kyiv';
    const r = rng(42);
    const ids = new Set<string>();
    while (ids.size < Math.min(ARTICLES, 20_000)) ids.add(`bench-${1 + Math.floor(r() * ARTICLES)}`);
    const order = [...ids];
    const rows = await c.query<{ id: string; path: string }>(
      `SELECT id, '/news/' || to_char(("publishedAt" AT TIME ZONE 'UTC') AT TIME ZONE $2, 'YYYY/MM/DD') || '/' || slug AS path FROM "Article" WHERE id = ANY($1)`,
      [order, tz],
    );
    const byId = new Map(rows.rows.map((x) => [x.id, x.path]));
    return order.map((id) => byId.get(id)!);
  } finally {
    await c.end();
  }
}

// ------------------------------------------------------------------ processes and CPU time

function readStat(pid: number): { ppid: number; ticks: number } | null {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}

function procPids(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

/** The process and its descendants. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const pid of procPids()) {
    const st = readStat(pid);
    if (st) children.set(st.ppid, [...(children.get(st.ppid) ?? []), pid]);
  }
  const out: number[] = [];
  const walk = (p: number) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(root);
  return out;
}

/** CPU ms used so far by a set of processes (utime + stime, all threads). */
const treeCpuMs = (pids: number[]) => pids.reduce((sum, p) => sum + (readStat(p)?.ticks ?? 0), 0) * (1000 / CLK_TCK);

/**
 * CPU used by the PostgreSQL backends serving the scratch database, from
 * /proc/<pid>/schedstat (ns). Backends that appear are counted from zero
 * (their start-up is a cost of the window), ones that go away keep their last sample.
 */
class PgCpu {
  private last = new Map<number, number>();
  private accumulated = 0;
  private pattern = new RegExp(`^postgres: .*\\b${dbName} `);
  private backends(): number[] {
    const out: number[] = [];
    for (const pid of procPids()) {
      try {
        const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (this.pattern.test(cmd)) out.push(pid);
      } catch {
        /* gone */
      }
    }
    return out;
  }
  private pids: number[] = [];
  constructor() {
    this.pids = this.backends();
    for (const p of this.pids) this.last.set(p, this.ns(p) ?? 0);
  }
  private ns(pid: number): number | null {
    try {
      return Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      return null;
    }
  }
  /** Samples all backends (rescanning for new ones when asked) and returns CPU ms since construction. */
  sample(rescan = true): number {
    if (rescan) this.pids = [...new Set([...this.pids, ...this.backends()])];
    for (const p of this.pids) {
      const now = this.ns(p);
      if (now === null) continue;
      this.accumulated += now - (this.last.get(p) ?? 0);
      this.last.set(p, now);
    }
    return this.accumulated / 1e6;
  }
  get count() {
    return this.pids.length;
  }
}

async function startNext(nodeArgs: string[] = []): Promise<ChildProcess> {
  const env = { ...process.env, DATABASE_URL: dbUrl, SCHEDULER_INTERVAL_MS: '0', NEXT_TELEMETRY_DISABLED: '1' };
  const args = ['start', '-p', String(PORT), '-H', '127.0.0.1'];
  // Node flags such as --cpu-prof are not allowed in NODE_OPTIONS: pass them to node itself.
  const child = nodeArgs.length
    ? spawn(process.execPath, [...nodeArgs, require.resolve('next/dist/bin/next'), ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawnNext(args, env, ['ignore', 'pipe', 'pipe']);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  next = child;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/robots.txt`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  (child as ChildProcess & { output: () => string }).output = () => output;
  return child;
}

async function stopNext(child: ChildProcess) {
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await waitForExit(child);
  clearTimeout(timer);
  next = undefined;
}

type Render = { ms: number; bytes: number; status: number; cache: string | null; title: boolean };

async function get(pathname: string): Promise<Render> {
  const t = performance.now();
  const res = await fetch(`http://127.0.0.1:${PORT}${pathname}`, { redirect: 'manual' });
  const text = await res.text();
  return {
    ms: performance.now() - t,
    bytes: Buffer.byteLength(text),
    status: res.status,
    cache: res.headers.get('x-nextjs-cache'),
    title: text.includes('data-testid="article-body"'),
  };
}

function check(r: Render, url: string) {
  if (r.status !== 200 || !r.title) throw new Error(`${url} answered ${r.status}${r.title ? '' : ' without an article body'}`);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};

// ------------------------------------------------------------------ phases

let urls: string[] = [];
let cursor = 0;
const take = (n: number) => {
  const out = urls.slice(cursor, cursor + n);
  cursor += n;
  if (out.length < n) throw new Error('ran out of distinct articles');
  return out;
};

/** The PostgreSQL server log, when this process can read it. */
async function serverLogFile(): Promise<string | null> {
  if (process.env.BENCH_PG_LOG) return process.env.BENCH_PG_LOG;
  const current = (await server.query<{ f: string | null; dir: string }>(`SELECT pg_current_logfile() AS f, current_setting('data_directory') AS dir`)).rows[0];
  if (current.f) return path.resolve(current.dir, current.f);
  const major = (await server.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)).rows[0].v.slice(0, 2);
  const debian = `/var/log/postgresql/postgresql-${major}-main.log`;
  try {
    fs.accessSync(debian, fs.constants.R_OK);
    return debian;
  } catch {
    return null;
  }
}

type Logged = { pid: number; kind: string; ms: number; sql: string; params: string | null };

/** Statements logged for the scratch database since `offset` (log_min_duration_statement lines). */
function readStatements(file: string, offset: number): Logged[] {
  const fd = fs.openSync(file, 'r');
  const size = fs.fstatSync(fd).size;
  const buf = Buffer.alloc(size - offset);
  fs.readSync(fd, buf, 0, buf.length, offset);
  fs.closeSync(fd);
  const out: Logged[] = [];
  let last: Logged | null = null;
  const head = /^\S+ \S+ \S+ \[(\d+)\] \S*@(\S*) (LOG|DETAIL): {2}(.*)$/;
  for (const line of buf.toString('utf8').split('\n')) {
    const m = head.exec(line);
    if (!m) {
      if (last && line.startsWith('\t')) last.sql += `\n${line.slice(1)}`; // continuation of a multi-line statement
      continue;
    }
    if (m[2] !== dbName) {
      last = null;
      continue;
    }
    if (m[3] === 'DETAIL') {
      if (last && m[4].startsWith('parameters: ')) last.params = m[4].slice('parameters: '.length);
      continue;
    }
    const d = /^duration: ([\d.]+) ms {2}(parse|bind|execute|statement)(?: [^:]*)?: (.*)$/.exec(m[4]);
    if (!d) {
      last = null;
      continue;
    }
    last = { pid: Number(m[1]), kind: d[2], ms: Number(d[1]), sql: d[3], params: null };
    out.push(last);
  }
  return out;
}

/** A statement's shape: literals and parameter numbers removed, long IN lists collapsed. */
const shape = (sql: string) =>
  sql
    .replace(/\$\d+/g, '$')
    .replace(/(\$,)+\$/g, '$…')
    .replace(/\s+/g, ' ')
    .trim();

/** "$1 = 'a', $2 = NULL" → ['a', null]. */
function parseParams(text: string | null): (string | null)[] {
  if (!text) return [];
  const out: (string | null)[] = [];
  const re = /\$(\d+) = (NULL|'((?:[^']|'')*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out[Number(m[1]) - 1] = m[2] === 'NULL' ? null : m[3].replace(/''/g, "'");
  return out;
}

async function phaseQueries() {
  const logFile = await serverLogFile();
  if (!logFile) {
    console.log('queries: the PostgreSQL server log is not readable here (set BENCH_PG_LOG); skipped');
    return;
  }
  await server.query(`ALTER DATABASE "${dbName}" SET log_min_duration_statement = 0`);
  const child = await startNext();
  try {
    for (const u of take(WARMUP)) check(await get(u), u);
    await new Promise((r) => setTimeout(r, 300));
    const offset = fs.statSync(logFile).size;
    const sample = take(QUERY_RENDERS);
    for (const u of sample) check(await get(u), u);
    await new Promise((r) => setTimeout(r, 500)); // let the log catch up
    const logged = readStatements(logFile, offset);
    const executed = logged.filter((l) => l.kind === 'execute' || l.kind === 'statement');
    // Per statement shape: executions, and server time in each protocol step (planning happens at bind for unnamed statements).
    const byShape = new Map<string, { n: number; parse: number; bind: number; execute: number; example: Logged }>();
    for (const l of logged) {
      const s = shape(l.sql);
      const e = byShape.get(s) ?? { n: 0, parse: 0, bind: 0, execute: 0, example: l };
      if (l.kind === 'execute' || l.kind === 'statement') {
        e.n++;
        e.execute += l.ms;
        e.example = l;
      } else e[l.kind as 'parse' | 'bind'] += l.ms;
      byShape.set(s, e);
    }
    const totalMs = executed.reduce((s, l) => s + l.ms, 0);
    const allMs = logged.reduce((s, l) => s + l.ms, 0);
    console.log(
      `\nqueries: ${ms(executed.length / QUERY_RENDERS, 2)} statements per uncached render (${executed.length} over ${QUERY_RENDERS} renders, ` +
        `each its own round trip); server time per render ${ms(allMs / QUERY_RENDERS, 2)} ms (execute ${ms(totalMs / QUERY_RENDERS, 2)} ms), from ${logFile}`,
    );
    console.log("  per render  parse+bind+execute ms (mean)  EXPLAIN ANALYZE, one render's parameters, 2nd run  |  statement");
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    try {
      for (const [s, e] of [...byShape.entries()].sort((a, b) => b[1].n - a[1].n)) {
        let explain = 'n/a';
        if (/^\s*select/i.test(e.example.sql)) {
          try {
            // Twice: the first run on a new connection also pays for loading the catalog caches.
            await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${e.example.sql}`, parseParams(e.example.params));
            const plan = await c.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${e.example.sql}`, parseParams(e.example.params));
            const lines = plan.rows.map((r) => r['QUERY PLAN']);
            const exec = lines.find((l) => l.startsWith('Execution Time'))?.match(/[\d.]+/)?.[0];
            const planning = lines.find((l) => l.startsWith('Planning Time'))?.match(/[\d.]+/)?.[0];
            const scans = lines
              .filter((l) => /Scan|Sort|Join|Limit/.test(l))
              .map((l) =>
                l
                  .trim()
                  .replace(/\s+\(cost.*$/, '')
                  .replace(/^-> {2}/, ''),
              );
            explain = `plan ${planning} + exec ${exec} ms: ${[...new Set(scans)].slice(0, 4).join(' / ')}`;
            if (process.env.BENCH_EXPLAIN_FULL) console.log(lines.join('\n'));
          } catch (err) {
            explain = `EXPLAIN failed: ${(err as Error).message}`;
          }
        }
        const steps = [e.parse, e.bind, e.execute].map((x) => ms(x / Math.max(1, e.n), 3)).join(' + ');
        console.log(`  ${ms(e.n / QUERY_RENDERS, 2).padStart(10)}  ${steps.padEnd(29)} ${explain}\n${' '.repeat(14)}${s.slice(0, 400)}`);
      }
    } finally {
      await c.end();
    }
  } finally {
    await stopNext(child);
    await server.query(`ALTER DATABASE "${dbName}" RESET log_min_duration_statement`);
  }
}

async function phaseCpu(round: number) {
  const child = await startNext();
  try {
    for (const u of take(WARMUP)) check(await get(u), u);
    const pids = processTree(child.pid!);
    const pgCpu = new PgCpu();
    // Idle baseline: what the server burns doing nothing.
    const idle0 = treeCpuMs(pids);
    await new Promise((r) => setTimeout(r, 2000));
    const idlePerSec = (treeCpuMs(pids) - idle0) / 2;

    const sample = take(RENDERS);
    const lat: number[] = [];
    const caches = new Map<string, number>();
    let bytes = 0;
    pgCpu.sample();
    const pg0 = pgCpu.sample();
    const app0 = treeCpuMs(pids);
    const wall0 = performance.now();
    for (const u of sample) {
      const r = await get(u);
      check(r, u);
      lat.push(r.ms);
      bytes += r.bytes;
      caches.set(String(r.cache), (caches.get(String(r.cache)) ?? 0) + 1);
      pgCpu.sample();
    }
    const wall = performance.now() - wall0;
    const app = treeCpuMs(pids) - app0;
    const db = pgCpu.sample() - pg0;
    const after = processTree(child.pid!);
    if (after.length !== pids.length) console.log(`  (the server's process tree changed during the run: ${pids.length} → ${after.length} processes)`);
    console.log(
      `\ncpu#${round} uncached article render (${RENDERS} different articles, one at a time, ${Math.round(bytes / RENDERS / 1024)} KiB each; x-nextjs-cache ${[...caches].map(([k, v]) => `${k}×${v}`).join(', ')}):\n` +
        `  Next ${ms(app / RENDERS)} ms CPU + PostgreSQL ${ms(db / RENDERS, 2)} ms CPU (${pgCpu.count} backends) = ${ms((app + db) / RENDERS)} ms per render; ` +
        `latency p50 ${ms(median(lat))} ms, wall ${ms(wall / RENDERS)} ms per render; idle server ${ms(idlePerSec)} ms CPU/s`,
    );

    // Cached hits: one article again and again.
    const hot = sample[0];
    for (let i = 0; i < 20; i++) await get(hot);
    const h0 = treeCpuMs(pids);
    const hp0 = pgCpu.sample();
    const hitLat: number[] = [];
    let hitCache = '';
    for (let i = 0; i < HITS; i++) {
      const r = await get(hot);
      hitLat.push(r.ms);
      hitCache = String(r.cache);
    }
    const hit = (treeCpuMs(pids) - h0) / HITS;
    const hitDb = (pgCpu.sample() - hp0) / HITS;
    console.log(
      `  cached hit: Next ${ms(hit, 2)} ms CPU + PostgreSQL ${ms(hitDb, 3)} ms per request (${HITS} requests, x-nextjs-cache ${hitCache}, p50 ${ms(median(hitLat), 2)} ms)`,
    );

    // Throughput of the cached article against a raw node:http server with the same bytes.
    const res = await fetch(`http://127.0.0.1:${PORT}${hot}`);
    const body = Buffer.from(await res.arrayBuffer());
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      if (!['transfer-encoding', 'connection', 'keep-alive', 'date', 'content-length', 'content-encoding'].includes(k)) headers[k] = v;
    });
    const duration = Number(values.seconds);
    const nextRun = await autocannon({ url: `http://127.0.0.1:${PORT}${hot}`, connections: 10, duration });
    await stopNext(child);
    const rawPort = PORT + 1;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-render-'));
    fs.writeFileSync(path.join(tmp, 'body'), body);
    fs.writeFileSync(path.join(tmp, 'headers.json'), JSON.stringify(headers));
    rawServer = spawn(
      process.execPath,
      [
        '-e',
        `const fs=require('fs'),http=require('http');const b=fs.readFileSync(process.argv[1]+'/body');const h=JSON.parse(fs.readFileSync(process.argv[1]+'/headers.json'));
         http.createServer((q,r)=>{r.writeHead(200,h);r.end(b)}).listen(${rawPort},'127.0.0.1',()=>console.log('up'))`,
        tmp,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((r) => rawServer!.stdout!.once('data', r));
    const rawRun = await autocannon({ url: `http://127.0.0.1:${rawPort}/`, connections: 10, duration });
    rawServer.kill('SIGTERM');
    await waitForExit(rawServer);
    rawServer = undefined;
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(
      `  cached-article throughput ${Math.round(nextRun.requests.average)} req/s (p50 ${nextRun.latency.p50} ms, non-2xx ${nextRun.non2xx}) vs raw node:http ` +
        `${Math.round(rawRun.requests.average)} req/s with the same ${Math.round(body.length / 1024)} KiB: ratio ${ms(nextRun.requests.average / rawRun.requests.average, 3)}`,
    );
    return { app: app / RENDERS, db: db / RENDERS, hit, ratio: nextRun.requests.average / rawRun.requests.average };
  } finally {
    if (next) await stopNext(child);
  }
}

async function phaseProfile() {
  const dir = path.resolve(values['profile-dir'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-render-prof-')));
  fs.mkdirSync(dir, { recursive: true });
  const before = new Set(fs.readdirSync(dir));
  const child = await startNext(['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  let t0 = 0;
  let t1 = 0;
  try {
    for (const u of take(WARMUP)) check(await get(u), u);
    // Only the renders below count: their window is measured back from the process's exit, where the profile ends.
    t0 = performance.now();
    for (const u of take(RENDERS)) check(await get(u), u);
    t1 = performance.now();
  } finally {
    await stopNext(child);
  }
  const exited = performance.now();
  const win = { fromEndMs: exited - t0, toEndMs: exited - t1 };
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile') && !before.has(f))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  if (!files.length) {
    console.log(`profile: no .cpuprofile written in ${dir}`);
    return;
  }
  fs.writeFileSync(path.join(dir, 'window.json'), JSON.stringify({ ...win, renders: RENDERS, profile: files[0] }));
  console.log(
    `\nprofile: ${files[0]} (${WARMUP} warm-up renders not counted; window of the ${RENDERS} uncached renders: --window ${Math.round(win.fromEndMs)},${Math.round(win.toEndMs)})`,
  );
  console.log(formatSummary(summarise(files[0], { top: 25, perUnit: RENDERS, unit: 'render', window: win })));
}

// ------------------------------------------------------------------ main

try {
  // Build first: sources edited while the database is seeded must not slip into this run's build.
  await buildApp({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, { log: (m) => console.log(m) });
  await server.connect();
  if (values.database) console.log(`Reusing ${dbName}`);
  else await createScratchDatabase();
  urls = await articleUrls();
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (shared: compare ratios within a run)`,
  );
  if (phases.has('queries')) await phaseQueries();
  const results: Awaited<ReturnType<typeof phaseCpu>>[] = [];
  if (phases.has('cpu')) for (let i = 1; i <= REPEAT; i++) results.push(await phaseCpu(i));
  if (results.length > 1) {
    const m = (f: (r: (typeof results)[number]) => number) => ms(median(results.map(f)), 2);
    console.log(
      `\nmedian of ${results.length}: uncached Next ${m((r) => r.app)} + PostgreSQL ${m((r) => r.db)} ms CPU; cached hit ${m((r) => r.hit)} ms; throughput ratio ${m((r) => r.ratio)}`,
    );
  }
  if (phases.has('profile')) await phaseProfile();
  console.log(
    `load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await cleanup();
}
