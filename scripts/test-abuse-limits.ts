/**
 * npm run test:abuse — the abuse limits (ADR 016) against real `next start`
 * instances of the build:
 *
 *   1. a fresh database on TEST_DATABASE_ADMIN_URL's server (default
 *      postgresql://postgres@127.0.0.1:5432/postgres), migrated and seeded;
 *   2. instance A with no TRUSTED_PROXIES and instance B with
 *      TRUSTED_PROXIES=127.0.0.1,::1 (free ports in ABUSE_TEST_PORTS,
 *      default 4550-4599);
 *   3. sign-in: 25 failures with a different X-Forwarded-For each end in 429
 *      on A; 30 parallel wrong passwords get at most 5 password checks; behind
 *      B (a trusted proxy), a stranger failing on an account does not lock its
 *      owner out; a 200 MB body (declared, then chunked) is refused with 413
 *      while the server grows by a few MB at most;
 *   4. uploads: a PNG claiming 100000 × 100000 pixels and a real 56-megapixel
 *      one are refused with 413 and a message; a chunked 20 MB upload is 413;
 *      the JSON API refuses a 2 MB body with 413;
 *   5. caching: search results are never stored by an HTTP cache, a listing
 *      page past the end is a 404; the media route answers 404 for any
 *      filename but the stored one (and so does the image optimizer).
 *
 * Needs a build (.next; `next build` first). Kills its servers and drops its
 * database, also on failure. Ends with "N passed, N failed"; exits non-zero
 * on failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { REPO_ROOT } from '../tools/db/embedded/index.ts';
import { seed } from '../tools/seed/index.ts';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { createTestDatabase, type TestDatabase } from '../tests/helpers/db.ts';
import { Checks, freePort as freePortIn, stopProcess } from '../tools/test-harness.ts';

const require = createRequire(import.meta.url);
const [PORT_FROM, PORT_TO] = (process.env.ABUSE_TEST_PORTS ?? '4550-4599').split('-').map(Number);
const MB = 1024 * 1024;

const checks = new Checks();
const { check } = checks;

const servers: ChildProcess[] = [];
const logs = new Map<ChildProcess, string[]>();
let database: TestDatabase | undefined;

const taken = new Set<number>();
const freePort = () => freePortIn(PORT_FROM, PORT_TO, taken);

async function startServer(name: string, env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1', SCHEDULER_INTERVAL_MS: '0', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: string[] = [];
  logs.set(child, lines);
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(`[${name}] ${line}`);
    if (lines.length > 100) lines.splice(0, lines.length - 100);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  servers.push(child);
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5000) })).ok) return { base, child };
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not start:\n${lines.join('\n')}`);
}

/** Resident memory (bytes) of every process in the server's process group. */
function groupRss(child: ChildProcess): number {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgid !== child.pid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {}
  }
  return total;
}

type SignInOutcome = { status: number; retryAfter: string | null; cookie: string | null };

async function signIn(base: string, email: string, password: string, headers: Record<string, string> = {}): Promise<SignInOutcome> {
  const res = await fetch(`${base}/admin/api/sign-in`, {
    method: 'POST',
    headers: { Accept: 'application/json', ...headers },
    body: new URLSearchParams({ email, password }),
    redirect: 'manual',
  });
  await res.arrayBuffer();
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? null;
  return { status: res.status, retryAfter: res.headers.get('retry-after'), cookie };
}

/**
 * Posts `total` bytes (declared in Content-Length, or chunked) in 64 KB
 * writes until the server answers or closes; samples the server's memory.
 */
function hugePost(
  base: string,
  pathname: string,
  opts: { total: number; chunked: boolean; headers?: Record<string, string>; server: ChildProcess },
): Promise<{ status: number | null; body: string; sent: number; peakRss: number }> {
  const url = new URL(pathname, base);
  const chunk = Buffer.alloc(64 * 1024, 'a');
  return new Promise((resolve) => {
    let sent = 0;
    let peakRss = groupRss(opts.server);
    let status: number | null = null;
    let body = '';
    let done = false;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, groupRss(opts.server))), 50);
    const finish = () => {
      if (done) return;
      done = true;
      clearInterval(sampler);
      peakRss = Math.max(peakRss, groupRss(opts.server));
      resolve({ status, body, sent, peakRss });
    };
    const req = http.request(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        ...(opts.chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(opts.total) }),
        ...opts.headers,
      },
    });
    req.on('response', (res) => {
      status = res.statusCode ?? null;
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => {
        req.destroy();
        finish();
      });
    });
    req.on('error', finish);
    req.on('close', () => setTimeout(finish, 200));
    const pump = () => {
      while (!done && status === null && sent < opts.total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (sent >= opts.total) req.end();
    };
    pump();
    setTimeout(() => {
      req.destroy();
      finish();
    }, 120_000);
  });
}

/** A PNG whose header claims `width` × `height` pixels (a decompression bomb of a few hundred bytes). */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
      .png()
      .toBuffer(),
  );
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(zlib.crc32(png.subarray(12, 29)), 29);
  return png;
}

async function upload(base: string, cookie: string, file: Buffer, name: string): Promise<{ status: number; body: { error?: string } }> {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), name);
  form.set('alt', 'test');
  const res = await fetch(`${base}/admin/api/media/upload`, { method: 'POST', headers: { cookie }, body: form });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as { error?: string } };
}

async function main() {
  if (!fs.existsSync(path.join(REPO_ROOT, '.next', 'BUILD_ID'))) throw new Error('No build in .next: run `npx next build` first.');
  database = await createTestDatabase({ prefix: 'abuse_e2e' });
  await seed(database.prisma);
  const env = { DATABASE_URL: database.url };
  const [a, b] = await Promise.all([startServer('A', env), startServer('B', { ...env, TRUSTED_PROXIES: '127.0.0.1,::1' })]);
  const admin = DEMO_STAFF.find((s) => s.role === 'ADMIN')!;
  const editor = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;
  const author = DEMO_STAFF.find((s) => s.role === 'AUTHOR')!;

  console.log('Sign-in limits');
  // 1. Spoofed X-Forwarded-For: A trusts no proxy, so all 25 come from one address.
  const spoofed: number[] = [];
  for (let i = 0; i < 25; i++) spoofed.push((await signIn(a.base, author.email, 'wrong password', { 'X-Forwarded-For': `203.0.113.${i + 1}` })).status);
  check('25 failures with different X-Forwarded-For values end in 429', spoofed.slice(0, 5).every((s) => s === 401) && spoofed.slice(5).every((s) => s === 429), spoofed.join(' '));
  const last = await signIn(a.base, author.email, author.password, { 'X-Forwarded-For': '198.51.100.200' });
  check(
    '…and the right password from the same (spoofing) client is refused too, with Retry-After',
    last.status === 429 && Number(last.retryAfter) > 800,
    `${last.status}, Retry-After ${last.retryAfter}`,
  );

  // Password spraying (a new email each time) with a new X-Forwarded-For each time: still one address.
  const spray: number[] = [];
  for (let i = 0; i < 25; i++) spray.push((await signIn(a.base, `nobody${i}@example.test`, 'wrong password', { 'X-Forwarded-For': `198.18.0.${i + 1}` })).status);
  check(
    'spraying 25 emails with 25 X-Forwarded-For values is limited per address (at most 20 failures)',
    spray.slice(-10).every((s) => s === 429),
    spray.join(' '),
  );

  // 2. A parallel burst (through B, from one client behind the proxy): attempts are reserved before any password check.
  const burst = await Promise.all(Array.from({ length: 30 }, () => signIn(b.base, editor.email, 'parallel guess', { 'X-Forwarded-For': '192.0.2.1' })));
  const checked = burst.filter((r) => r.status === 401).length;
  check(
    '30 parallel wrong passwords: at most 5 password checks, the rest 429',
    checked <= 5 && burst.filter((r) => r.status === 429).length === 30 - checked,
    burst.map((r) => r.status).join(' '),
  );

  // 3. Behind a trusted proxy (B): no stranger lockout, and X-Forwarded-For is the client.
  const stranger: number[] = [];
  for (let i = 0; i < 25; i++) stranger.push((await signIn(b.base, admin.email, 'guess guess', { 'X-Forwarded-For': '198.51.100.66' })).status);
  check(
    'behind a trusted proxy: a stranger failing 25 times is limited',
    stranger.slice(5).every((s) => s === 429),
    stranger.join(' '),
  );
  const owner = await signIn(b.base, admin.email, admin.password, { 'X-Forwarded-For': '203.0.113.77' });
  check('…and the owner signs in from their own address (no lockout)', owner.status === 200 && !!owner.cookie, String(owner.status));
  const forged = await signIn(b.base, admin.email, admin.password, { 'X-Forwarded-For': '203.0.113.77, 198.51.100.66' });
  check('…while the stranger cannot pass for someone else by prepending a hop', forged.status === 429, String(forged.status));

  // 4. Huge bodies, declared and chunked, to the sign-in route.
  for (const chunked of [false, true]) {
    const before = groupRss(a.child);
    const out = await hugePost(a.base, '/admin/api/sign-in', { total: 200 * MB, chunked, server: a.child });
    const growth = out.peakRss - before;
    // As with the chunked upload below: the server answers 413 and closes while a chunked client is still writing, and
    // on a busy machine the client's next write can fail (reset) before it reads the answer. Cut off either way.
    const refused = (out.status === 413 && /too large/.test(out.body)) || (chunked && out.status === null && out.sent < 200 * MB);
    check(
      `a 200 MB ${chunked ? 'chunked ' : ''}body to sign-in is refused (413${chunked ? ', or the connection closed before the body ended' : ''}) and the server grows by less than 20 MB`,
      refused && growth < 20 * MB,
      `status ${out.status}, ${Math.round(out.sent / MB)} MB sent before the answer, RSS ${Math.round(before / MB)} → peak ${Math.round(out.peakRss / MB)} MB`,
    );
  }

  console.log('Uploads and the JSON API');
  const session = owner.cookie!;
  const bomb = await upload(b.base, session, await pngClaiming(100_000, 100_000), 'bomb.png');
  check(
    'a PNG claiming 100000 × 100000 pixels is refused with 413 and a message',
    bomb.status === 413 && /50 megapixels/.test(bomb.body.error ?? ''),
    `${bomb.status} ${bomb.body.error}`,
  );
  const grey = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: '#808080' } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  const beforeGrey = groupRss(b.child);
  const real = await upload(b.base, session, grey, 'grey.png');
  const greyGrowth = groupRss(b.child) - beforeGrey;
  check(
    `a real 56-megapixel PNG (${Math.round(grey.byteLength / 1024)} KB) is refused with 413 without decoding it`,
    real.status === 413 && greyGrowth < 100 * MB,
    `${real.status} ${real.body.error}; RSS +${Math.round(greyGrowth / MB)} MB`,
  );
  const chunkedUpload = await hugePost(b.base, '/admin/api/media/upload', {
    total: 20 * MB,
    chunked: true,
    server: b.child,
    headers: { cookie: session, 'Content-Type': 'multipart/form-data; boundary=x' },
  });
  // The server answers 413 and closes the connection while the client is still writing: on a busy machine the client's
  // next write can fail (reset) before it reads the answer. Either way the upload was cut off before it was complete.
  const cutOff = chunkedUpload.status === 413 || (chunkedUpload.status === null && chunkedUpload.sent < 20 * MB);
  check(
    'a chunked 20 MB upload is cut off (413, or the connection closed before the body ended)',
    cutOff,
    `${chunkedUpload.status === null ? 'connection closed' : `status ${chunkedUpload.status}`} after ${Math.round(chunkedUpload.sent / MB)} MB`,
  );
  const bigJson = await hugePost(b.base, '/admin/api/articles', {
    total: 2 * MB,
    chunked: false,
    server: b.child,
    headers: { cookie: session, 'Content-Type': 'application/json' },
  });
  check('a 2 MB JSON body to the editor API is refused with 413', bigJson.status === 413, `status ${bigJson.status}`);

  console.log('Cache filling');
  const search = await fetch(`${a.base}/search?q=harbour`);
  await search.text();
  const searchCc = search.headers.get('cache-control') ?? '';
  check(
    'search results are not stored by an HTTP cache (no s-maxage, private or no-store)',
    search.status === 200 && !/s-maxage/.test(searchCc) && /private|no-store/.test(searchCc),
    searchCc,
  );
  const pastEnd = await fetch(`${a.base}/section/news/999`);
  await pastEnd.text();
  check('a listing page past the end is a 404', pastEnd.status === 404, String(pastEnd.status));
  const media = await database.prisma.media.findFirstOrThrow({ select: { id: true, filename: true } });
  const good = await fetch(`${a.base}/media/${media.id}/${media.filename}`);
  await good.arrayBuffer();
  const wrong = await fetch(`${a.base}/media/${media.id}/other-${media.filename}`);
  await wrong.arrayBuffer();
  check('the media route serves the stored filename and 404s for any other', good.status === 200 && wrong.status === 404, `${good.status} / ${wrong.status}`);
  const optimized = await fetch(`${a.base}/_next/image?url=${encodeURIComponent(`/media/${media.id}/x${Date.now()}.jpg`)}&w=640&q=75`);
  await optimized.arrayBuffer();
  check('…so the image optimizer encodes nothing for a made-up filename', optimized.status >= 400, String(optimized.status));
}

let exitCode = 0;
const overall = setTimeout(() => {
  console.error('test:abuse took too long (5 minutes)');
  process.exit(1);
}, 5 * 60_000);
try {
  await main();
} catch (error) {
  checks.failed++;
  console.error(error);
  for (const lines of logs.values()) console.error(lines.slice(-30).join('\n'));
} finally {
  clearTimeout(overall);
  await Promise.all(servers.map(stopProcess));
  await database?.drop().catch(() => {});
  console.log(`
${checks.summary()}`);
  if (checks.failed) exitCode = 1;
}
process.exit(exitCode);
