/**
 * Counting (lib/metrics/, ADR 018) against a real PostgreSQL: batches written
 * in one upsert, summed with what is there, made-up ids skipped; the
 * recorder's limits; Most read over the last 24 hours of published articles;
 * ad statistics per day; the campaign list's next start or end.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { createTestDatabase } from '../helpers/db.ts';
import { PrismaClient } from '../../lib/generated/prisma/client.ts';
import { MetricsBuffer } from '../../lib/metrics/buffer.ts';
import { writeBatch } from '../../lib/metrics/store.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: PrismaClient;
const ids: Record<string, string> = {};
const now = new Date();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

before(async () => {
  database = await createTestDatabase({ prefix: 'metrics' });
  db = database.prisma;
  await db.siteSettings.create({ data: { id: 1, siteName: 'Test Ledger', timeZone: 'Europe/Kyiv' } });
  const section = await db.section.create({ data: { slug: 'city', name: 'City' } });
  for (const [slug, status] of [
    ['first', 'PUBLISHED'],
    ['second', 'PUBLISHED'],
    ['third', 'PUBLISHED'],
    ['draft', 'DRAFT'],
  ] as const) {
    const a = await db.article.create({
      data: { slug, title: `Story ${slug}`, status, publishedAt: status === 'PUBLISHED' ? new Date(now.getTime() - 2 * HOUR) : null, sectionId: section.id },
    });
    ids[slug] = a.id;
  }
  const campaign = (name: string, extra: object = {}) =>
    db.adCampaign.create({ data: { name, headline: name, linkUrl: 'https://advertiser.example/landing', placement: 'SIDEBAR', ...extra } });
  // Minutes away, not seconds: on a busy machine the tests below may start well after `now`.
  ids.running = (await campaign('running', { endsAt: new Date(now.getTime() + 45 * MINUTE) })).id;
  ids.later = (await campaign('later', { startsAt: new Date(now.getTime() + 20 * MINUTE) })).id;
  ids.off = (await campaign('off', { active: false, startsAt: new Date(now.getTime() + 5 * MINUTE) })).id;
  process.env.DATABASE_URL = database.url;
});

after(async () => {
  const { db: appDb } = await import('../../lib/db/client.ts');
  await appDb().$disconnect();
  await database.drop();
});

async function views(articleId: string): Promise<number> {
  const rows = await db.articleViewHour.findMany({ where: { articleId }, select: { views: true } });
  return rows.reduce((n, r) => n + r.views, 0);
}

/** Statements sent to PostgreSQL by a Prisma client of its own (pg_stat counters are flushed lazily, so they cannot count exactly). */
function countingClient(url: string): { client: PrismaClient; sent: string[] } {
  const sent: string[] = [];
  class CountingClient extends pg.Client {
    // pg's query() has many overloads; every statement goes through it.
    query(...args: unknown[]): never {
      const first = args[0] as string | { text?: string };
      sent.push(typeof first === 'string' ? first : (first?.text ?? ''));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
  }
  return { client: new PrismaClient({ adapter: new PrismaPg({ connectionString: url, Client: CountingClient }) }), sent };
}

test('a batch is one statement that adds to the hour rows and skips unknown ids', async () => {
  const counting = countingClient(database.url);
  try {
    const buffer = new MetricsBuffer();
    for (let i = 0; i < 1000; i++) buffer.add('view', i % 4 === 0 ? ids.second : ids.first, now);
    buffer.add('view', UNKNOWN, now);
    buffer.add('impression', ids.running, now);
    buffer.add('click', ids.running, now);
    buffer.add('click', UNKNOWN, now);
    const written = await writeBatch(counting.client, buffer.drain());
    assert.deepEqual(written, { viewRows: 2, adRows: 1 });
    assert.equal(await views(ids.first), 750);
    assert.equal(await views(ids.second), 250);
    // The same keys again: summed into the same rows.
    buffer.add('view', ids.first, now, 5);
    buffer.add('impression', ids.running, now, 9);
    await writeBatch(counting.client, buffer.drain());
    assert.equal(await views(ids.first), 755);
    assert.equal(await db.articleViewHour.count(), 2);
    const stat = await db.adStatDay.findFirstOrThrow({ where: { campaignId: ids.running } });
    assert.deepEqual([stat.impressions, stat.clicks, stat.day.toISOString().slice(11)], [10, 1, '00:00:00.000Z']);
    assert.equal(counting.sent.length, 2, `two batches are two statements:\n${counting.sent.join('\n---\n')}`);
  } finally {
    await counting.client.$disconnect();
  }
});

test('two instances flushing the same rows at once neither deadlock nor lose counts', async () => {
  const batches = Array.from({ length: 6 }, (_, i) => {
    const b = new MetricsBuffer();
    for (const slug of i % 2 ? ['first', 'second', 'third'] : ['third', 'second', 'first']) b.add('view', ids[slug], now, 10);
    return b.drain();
  });
  const before = await views(ids.third);
  await Promise.all(batches.map((b) => writeBatch(db, b)));
  assert.equal((await views(ids.third)) - before, 60);
});

test('the recorder counts through its limits and writes on flush', async () => {
  const { recordEvent, flushMetrics, metricsStats } = await import('../../lib/metrics/recorder.ts');
  const before = await views(ids.third);
  let counted = 0;
  // 50 readers, each reloading the article 3 times: 50 views.
  for (let reader = 0; reader < 50; reader++) for (let i = 0; i < 3; i++) if (recordEvent('view', ids.third, `198.51.100.${reader}`)) counted++;
  assert.equal(counted, 50);
  // One client sending 200 impressions in a minute: 60 count.
  let impressions = 0;
  for (let i = 0; i < 200; i++) if (recordEvent('impression', ids.running, '203.0.113.77')) impressions++;
  assert.equal(impressions, 60);
  await flushMetrics();
  assert.equal((await views(ids.third)) - before, 50);
  assert.equal(metricsStats().buffered, 0);
  assert.ok(metricsStats().flushes >= 1);
});

test('Most read: published articles by views over the last 24 hours', async () => {
  const { readMostRead } = await import('../../lib/articles/most-read.ts');
  // Views of the draft and views from two days ago do not count.
  const b = new MetricsBuffer();
  b.add('view', ids.draft, now, 100_000);
  b.add('view', ids.second, new Date(now.getTime() - 48 * HOUR), 100_000);
  b.add('view', ids.second, new Date(now.getTime() - 23 * HOUR), 900);
  await writeBatch(db, b.drain());
  const mostRead = await readMostRead(now);
  assert.equal(mostRead.timeZone, 'Europe/Kyiv');
  // first 755+30, second 250+30+900, third 30+50
  assert.deepEqual(
    mostRead.items.map((t) => t.title),
    ['Story second', 'Story first', 'Story third'],
  );
  assert.ok(mostRead.items[0].path.startsWith('/news/'));
  // Unpublished: gone from the list.
  await db.article.update({ where: { id: ids.second }, data: { status: 'UNPUBLISHED' } });
  assert.deepEqual(
    (await readMostRead(now)).items.map((t) => t.title),
    ['Story first', 'Story third'],
  );
  await db.article.update({ where: { id: ids.second }, data: { status: 'PUBLISHED' } });
});

test('ad statistics per UTC day, with zeros for quiet days and campaigns', async () => {
  const { campaignStats, formatCtr } = await import('../../lib/ads/stats.ts');
  const b = new MetricsBuffer();
  b.add('impression', ids.running, new Date(now.getTime() - 3 * 24 * HOUR), 200);
  b.add('click', ids.running, new Date(now.getTime() - 3 * 24 * HOUR), 3);
  b.add('impression', ids.running, new Date(now.getTime() - 40 * 24 * HOUR), 5000);
  await writeBatch(db, b.drain());
  const stats = await campaignStats(db, [ids.running, ids.later], 14, now);
  const running = stats.get(ids.running)!;
  assert.equal(running.days.length, 14);
  assert.equal(running.days.at(-1)!.day, now.toISOString().slice(0, 10));
  // 10 + 60 impressions and 1 click today (the tests above), 200 and 3 three days ago; 40 days ago is out.
  assert.deepEqual([running.impressions, running.clicks], [270, 4]);
  assert.deepEqual(running.days.at(-4), { day: new Date(now.getTime() - 3 * 24 * HOUR).toISOString().slice(0, 10), impressions: 200, clicks: 3 });
  assert.equal(formatCtr(running.impressions, running.clicks), '1.48 %');
  assert.deepEqual([stats.get(ids.later)!.impressions, stats.get(ids.later)!.clicks], [0, 0]);
  // Deleting a campaign deletes its statistics.
  const gone = await db.adCampaign.create({ data: { name: 'gone', headline: 'gone', linkUrl: 'https://a.example/' } });
  await writeBatch(db, { views: { ids: [], hours: [], counts: [] }, ads: { ids: [gone.id], days: [now.toISOString()], impressions: [1], clicks: [0] } });
  await db.adCampaign.delete({ where: { id: gone.id } });
  assert.equal(await db.adStatDay.count({ where: { campaignId: gone.id } }), 0);
});

test('the campaign list knows its next start or end; the click link is http(s) only', async () => {
  const { getActiveCampaigns, campaignLink } = await import('../../lib/ads/queries.ts');
  const active = await getActiveCampaigns();
  assert.deepEqual(
    active.SIDEBAR.map((c) => [c.headline, c.edition]),
    [['running', null]],
    'a campaign without an edition is every edition’s',
  );
  // "later" starts in 20 min (before "running" ends in 45 min); "off" is inactive and does not count.
  assert.equal(active.nextChangeAt, new Date(now.getTime() + 20 * MINUTE).toISOString());
  assert.equal(await campaignLink(ids.running), 'https://advertiser.example/landing');
  assert.equal(await campaignLink(UNKNOWN), null);
  assert.equal(await campaignLink('not-a-uuid'), null);
  await db.adCampaign.update({ where: { id: ids.later }, data: { linkUrl: 'javascript:alert(1)' } });
  assert.equal(await campaignLink(ids.later), null);
});

test('POST /beacon (route handler): 204 counted or not, 400 and 413 with a reason, bots ignored', async () => {
  const { handleBeacon } = await import('../../lib/metrics/endpoint.ts');
  const { flushMetrics } = await import('../../lib/metrics/recorder.ts');
  const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
  const post = (body: string, ua = chrome) =>
    handleBeacon(new Request('http://localhost/beacon', { method: 'POST', body, headers: { 'user-agent': ua, 'content-type': 'text/plain' } }));
  const before = await views(ids.first);
  const ok = await post(JSON.stringify({ view: ids.first, impressions: [ids.running, ids.running] }));
  assert.equal(ok.status, 204);
  assert.equal(ok.headers.get('cache-control'), 'private, no-store');
  assert.equal(ok.headers.get('set-cookie'), null);
  assert.equal((await post(JSON.stringify({ view: ids.second }), 'Googlebot/2.1 (+http://www.google.com/bot.html)')).status, 204);
  const bad = await post('{"view": 1}');
  assert.equal(bad.status, 400);
  assert.match((await bad.json()).fieldErrors.view, /article id/);
  assert.equal((await post('not json')).status, 400);
  assert.equal((await post('x'.repeat(2000))).status, 413);
  await flushMetrics();
  // Outside Next there is no peer address: every such client is "unknown" and shares one limit.
  assert.equal((await views(ids.first)) - before, 1);
});
