/**
 * npm run test:multi-instance — two `next start` instances of one build share
 * caches and invalidations through Redis (REDIS_URL; see cache-handlers/).
 *
 *   1. a fresh database on TEST_DATABASE_ADMIN_URL's server (default
 *      postgresql://postgres@127.0.0.1:5432/postgres), migrated and seeded;
 *   2. instances A and B (`next start`, free ports in 3600-3699) with the same
 *      REDIS_URL (default redis://127.0.0.1:6379) and a key prefix of their own;
 *   3. the front page and an article page are warmed on both;
 *   4. the editor changes the article's title through A's admin API (a save,
 *      which is pending on a published article, then Update);
 *   5. B must serve the new title on the article page and the front page
 *      within 1 s (polled);
 *   6. instance C, with REDIS_URL on a closed port, must still serve both pages.
 *
 * Needs a build (.next; runs `next build` when .next/BUILD_ID is missing).
 * Kills its servers, deletes its Redis keys and drops its database, also on
 * failure. Ends with "N passed, N failed"; exits non-zero on failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createClient } from '@redis/client';
import pg from 'pg';
import { createPrismaClient } from '../lib/db/client.ts';
import { REPO_ROOT } from '../tools/db/embedded/index.ts';
import { migrate } from '../tools/db/migrate.ts';
import { seed } from '../tools/seed/index.ts';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { Checks, deleteKeysWithPrefix, fetchWithTimeout, freePort as freePortIn, runScriptTest, stopProcess } from '../tools/test-harness.ts';

const require = createRequire(import.meta.url);
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PROPAGATION_LIMIT_MS = 1000;
const OVERALL_LIMIT_MS = 5 * 60_000;

const checks = new Checks();
const { check } = checks;

const servers: ChildProcess[] = [];
let dropDatabase: (() => Promise<void>) | undefined;
const serverLogs = new Map<ChildProcess, string[]>();

const taken = new Set<number>();
const freePort = () => freePortIn(3600, 3699, taken);

function startServer(name: string, port: number, env: NodeJS.ProcessEnv): ChildProcess {
  const nextBin = require.resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    cwd: REPO_ROOT,
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: string[] = [];
  serverLogs.set(child, lines);
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(`[${name}] ${line}`);
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  servers.push(child);
  return child;
}

async function waitUntilServing(base: string, child: ChildProcess, ms = 60_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const res = await fetchWithTimeout(`${base}/robots.txt`, {}, 5000);
      await res.arrayBuffer();
      if (res.status < 500) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function getPage(base: string, pathname: string): Promise<{ status: number; html: string }> {
  const res = await fetchWithTimeout(base + pathname);
  return { status: res.status, html: await res.text() };
}

/** Polls until `pathname` on `base` contains `text`; ms from `from` to that response, or -1 if not within `limit` ms. */
async function pollFor(base: string, pathname: string, text: string, limit: number, from = Date.now()): Promise<number> {
  const deadline = from + limit;
  while (Date.now() < deadline) {
    const { status, html } = await getPage(base, pathname);
    const ms = Date.now() - from;
    if (status === 200 && html.includes(text)) return ms <= limit ? ms : -1;
  }
  return -1;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(REPO_ROOT, '.next', 'BUILD_ID'))) {
    console.log('No build (.next/BUILD_ID); running next build…');
    const child = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'inherit',
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  }

  const suffix = `${Date.now()}_${randomBytes(3).toString('hex')}`;
  const database = `multi_instance_${suffix}`;
  const keyPrefix = `newsroom-test:${suffix}:`;
  const redis = createClient({ url: REDIS_URL, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  redis.on('error', () => {});

  let created = false;
  try {
    await redis.connect();
    await withAdmin((c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(database)}`));
    created = true;
    dropDatabase = () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(database)} WITH (FORCE)`)).then(() => {});
    const url = new URL(ADMIN_URL);
    url.pathname = `/${database}`;
    const databaseUrl = url.toString();
    await migrate(databaseUrl);
    const prisma = createPrismaClient(databaseUrl);
    let articles: { id: string; title: string }[];
    try {
      await seed(prisma);
      articles = await prisma.article.findMany({
        where: { status: 'PUBLISHED' },
        orderBy: { publishedAt: 'desc' },
        select: { id: true, title: true },
        take: 20,
      });
    } finally {
      await prisma.$disconnect();
    }
    console.log(`Database ${database} migrated and seeded; Redis ${REDIS_URL}, key prefix ${keyPrefix}`);

    const baseEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, REDIS_KEY_PREFIX: keyPrefix, NODE_ENV: 'production' };
    const [portA, portB, portC] = [await freePort(), await freePort(), await freePort()];
    const a = startServer('A', portA, { ...baseEnv, REDIS_URL });
    const b = startServer('B', portB, { ...baseEnv, REDIS_URL });
    const baseA = `http://127.0.0.1:${portA}`;
    const baseB = `http://127.0.0.1:${portB}`;
    const up = (await Promise.all([waitUntilServing(baseA, a), waitUntilServing(baseB, b)])).every(Boolean);
    if (!check('instances A and B start', up)) return;

    // The article: the newest published one whose title the front page shows.
    const front = await getPage(baseA, '/');
    check('front page renders on A', front.status === 200, `status ${front.status}`);
    const article = articles.find((x) => front.html.includes(escapeHtml(x.title)));
    if (!check('an article on the front page', !!article)) return;

    const cookie = await signIn(baseA);
    const got = await fetchWithTimeout(`${baseA}/admin/api/articles/${article!.id}`, { headers: { cookie, accept: 'application/json' } });
    const { article: editable } = (await got.json()) as { article: { version: number; input: { title: string }; publicPath: string | null } };
    const articlePath = editable.publicPath;
    if (!check('editor opens the article through A', got.status === 200 && !!articlePath, `status ${got.status}`)) return;

    // Warm both instances (twice: the first answer after a start may be a resumed render).
    for (const base of [baseA, baseB]) {
      for (const p of ['/', articlePath!]) {
        for (let i = 0; i < 2; i++) await getPage(base, p);
      }
    }
    const warmB = await getPage(baseB, articlePath!);
    check('B serves the article page', warmB.status === 200 && warmB.html.includes(escapeHtml(article!.title)), `status ${warmB.status}`);

    const newTitle = `${article!.title} (updated ${randomBytes(3).toString('hex')})`;
    const put = await fetchWithTimeout(`${baseA}/admin/api/articles/${article!.id}`, {
      method: 'PUT',
      headers: { cookie, accept: 'application/json', 'content-type': 'application/json', origin: baseA },
      body: JSON.stringify({ baseVersion: editable.version, input: { ...editable.input, title: newTitle } }),
    });
    const putBody = await put.text();
    check('title saved through A', put.status === 200, `status ${put.status}${put.status === 200 ? '' : `: ${putBody.slice(0, 200)}`}`);
    // A saved edit of a published article is pending (issue 7): Update makes it live.
    const pending = put.status === 200 ? (JSON.parse(putBody) as { article: { version: number } }).article : editable;
    const before = await getPage(baseB, articlePath!);
    check('B still serves the live title after the save', before.status === 200 && !before.html.includes(escapeHtml(newTitle)), `status ${before.status}`);
    const update = await fetchWithTimeout(`${baseA}/admin/api/articles/${article!.id}/transition`, {
      method: 'POST',
      headers: { cookie, accept: 'application/json', 'content-type': 'application/json', origin: baseA },
      body: JSON.stringify({ baseVersion: pending.version, action: 'update' }),
    });
    const saved = Date.now();
    check('changes published (Update) through A', update.status === 200, `status ${update.status}`);

    const expected = escapeHtml(newTitle);
    const [articleMs, frontMs] = await Promise.all([
      pollFor(baseB, articlePath!, expected, PROPAGATION_LIMIT_MS, saved),
      pollFor(baseB, '/', expected, PROPAGATION_LIMIT_MS, saved),
    ]);
    check('B serves the new title on the article page within 1 s', articleMs >= 0, articleMs >= 0 ? `${articleMs} ms after the save` : 'not within 1 s');
    check('B serves the new title on the front page within 1 s', frontMs >= 0, frontMs >= 0 ? `${frontMs} ms after the save` : 'not within 1 s');
    const aMs = await pollFor(baseA, articlePath!, expected, PROPAGATION_LIMIT_MS, saved);
    check('A serves the new title on the article page', aMs >= 0);

    // Redis unreachable: C still renders.
    const closed = await freePort();
    const c = startServer('C', portC, { ...baseEnv, REDIS_URL: `redis://127.0.0.1:${closed}` });
    const baseC = `http://127.0.0.1:${portC}`;
    if (check('instance C (Redis unreachable) starts', await waitUntilServing(baseC, c))) {
      for (const p of ['/', articlePath!]) {
        const started = Date.now();
        const page = await getPage(baseC, p);
        const again = await getPage(baseC, p);
        check(
          `C renders ${p === '/' ? 'the front page' : 'the article page'} without Redis`,
          page.status === 200 && again.status === 200 && page.html.includes(expected),
          `status ${page.status}/${again.status}, ${Date.now() - started} ms`,
        );
      }
      const logged = (serverLogs.get(c) ?? []).filter((l) => l.includes('[cache] Redis')).length;
      check('C logs the Redis failure once', logged === 1, `${logged} lines`);
    }
  } finally {
    if (checks.failed > 0) {
      for (const lines of serverLogs.values()) for (const line of lines.slice(-30)) console.log(line);
    }
    await Promise.all(servers.map(stopProcess));
    if (redis.isReady) {
      await deleteKeysWithPrefix(redis, keyPrefix);
      await redis.close();
    }
    const drop = dropDatabase;
    dropDatabase = undefined;
    if (created && drop) await drop();
  }
}

async function signIn(base: string): Promise<string> {
  const editor = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;
  const res = await fetchWithTimeout(`${base}/admin/api/sign-in`, {
    method: 'POST',
    headers: { accept: 'application/json', origin: base },
    body: new URLSearchParams({ email: editor.email, password: editor.password }),
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  check('editor signs in on A', res.status === 200 && cookies.length > 0, `status ${res.status}`);
  return cookies.join('; ');
}

runScriptTest(checks, main, {
  limitMs: OVERALL_LIMIT_MS,
  // main() cleans up after itself; this is for the time limit and Ctrl-C.
  cleanUp: async () => {
    await Promise.all(servers.map((child) => stopProcess(child, 1000)));
    const drop = dropDatabase;
    dropDatabase = undefined;
    await drop?.();
  },
});
