import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

// The demo content seed against a fresh, migrated database: it seeds once,
// the data set has the promised shape, every body is valid, Background links
// point backwards in time, and unpublished stories stay unpublished.

import { createTestDatabase } from '../helpers/db.ts';
import { createPrismaClient } from '../../lib/db/client.ts';
import { bodySchema, bodyToText, blockTypes, type Body } from '../../lib/blocks/schema.ts';
import * as seedLib from '../../tools/seed/index.ts';
import { buildArticles, kyivTime, zonedTime } from '../../tools/seed/build.ts';

const { DEMO_SECTIONS, DRAFT_SLUG, IN_REVIEW_SLUG, SCHEDULED_SLUG, SHOWCASE_SLUG, seedIfEmpty, wipeContent } = seedLib;

// The helper reads this when it creates the database; `npm test` sets it.
process.env.TEST_DATABASE_ADMIN_URL ??= 'postgresql://postgres@127.0.0.1:5432/postgres';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const seededAt = new Date();

before(async () => {
  database = await createTestDatabase({ prefix: 'seed' });
});
after(async () => {
  await database?.drop();
});

const kyivDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit' });

async function allArticles() {
  return database.prisma.article.findMany({
    include: { tags: true, authors: { orderBy: { position: 'asc' } } },
    orderBy: { publishedAt: 'asc' },
  });
}

test('seedIfEmpty seeds an empty database once and returns false afterwards', async (t) => {
  const started = performance.now();
  assert.equal(await seedIfEmpty(database.prisma), true);
  // Reported, not asserted: a timed test fails on a busy machine (about 3 s on a quiet one).
  t.diagnostic(`seeding took ${Math.round(performance.now() - started)} ms`);
  assert.equal(await seedIfEmpty(database.prisma), false);
  assert.equal(await database.prisma.section.count(), DEMO_SECTIONS.length);
});

test('counts: sections, authors, tags, published articles spread over the last 16 days', async () => {
  const db = database.prisma;
  const sections = await db.section.findMany({ orderBy: { position: 'asc' } });
  assert.ok(sections.length >= 6);
  assert.deepEqual(
    sections.map((s) => s.slug),
    [...DEMO_SECTIONS],
  );
  assert.ok(sections.every((s) => s.description.length > 0));
  assert.equal(await db.author.count(), 5);
  assert.equal(await db.author.count({ where: { photoId: null } }), 0);
  assert.ok((await db.tag.count()) >= 20);

  const published = await db.article.findMany({ where: { status: 'PUBLISHED' }, select: { publishedAt: true, featured: true, language: true } });
  assert.ok(published.length >= 60, `${published.length} published`);
  const days = new Set(published.map((a) => kyivDay.format(a.publishedAt!)));
  assert.ok(days.size >= 14, `published on ${days.size} distinct days`);
  const oldest = Math.min(...published.map((a) => a.publishedAt!.getTime()));
  assert.ok(seededAt.getTime() - oldest < 17 * 86_400_000, 'nothing older than ~16 days');
  assert.ok(
    published.every((a) => a.publishedAt!.getTime() <= Date.now()),
    'no published article is in the future',
  );
  for (const language of ['en', 'uk', 'ru']) {
    const featured = published.filter((a) => a.featured && a.language === language).length;
    assert.ok(featured >= 1 && featured <= 3, `${featured} featured in ${language}`);
  }
});

test('every article is complete: slug, standfirst, section, 1-3 tags, 1-2 authors, hero, source, valid body', async () => {
  const media = new Set((await database.prisma.media.findMany({ select: { id: true } })).map((m) => m.id));
  const showcase = await database.prisma.article.findUniqueOrThrow({ where: { slug: SHOWCASE_SLUG } });
  for (const a of await allArticles()) {
    assert.match(a.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, a.slug);
    assert.ok(a.title && a.standfirst, a.slug);
    assert.ok(a.tags.length >= 1 && a.tags.length <= 3, `${a.slug}: ${a.tags.length} tags`);
    assert.ok(a.authors.length >= 1 && a.authors.length <= 2, `${a.slug}: ${a.authors.length} authors`);
    assert.deepEqual(
      a.authors.map((x) => x.position),
      a.authors.map((_, i) => i),
    );
    assert.ok(a.heroId && media.has(a.heroId), `${a.slug}: hero`);
    assert.ok(a.heroAlt && a.heroCaption && a.heroCredit, `${a.slug}: hero texts`);
    assert.ok(a.sourceName && a.sourceUrl.startsWith('https://'), `${a.slug}: source`);
    if (a.citingName) assert.ok(a.citingUrl.startsWith('https://'), `${a.slug}: citing url`);
    assert.doesNotMatch(`${a.title} ${a.standfirst} ${a.bodyText}`, /\{(weekday|date|month)/i, `${a.slug}: unresolved token`);

    const parsed = bodySchema.safeParse(a.body);
    assert.ok(parsed.success, `${a.slug}: ${parsed.success ? '' : parsed.error.message}`);
    const body = parsed.data as Body;
    // The showcase and its translations use every block type.
    const isShowcase = a.slug === SHOWCASE_SLUG || (showcase.translationGroup !== null && a.translationGroup === showcase.translationGroup);
    const [min, max] = isShowcase ? [9, 30] : a.status === 'PUBLISHED' ? [5, 10] : [2, 10];
    assert.ok(body.length >= min && body.length <= max, `${a.slug}: ${body.length} blocks`);
    assert.equal(a.bodyText, bodyToText(body), `${a.slug}: bodyText`);
    for (const b of body) if (b.type === 'image') assert.ok(media.has(b.mediaId), `${a.slug}: image block media`);
    if (a.updatedAt) {
      assert.ok(a.publishedAt && a.updatedAt > a.publishedAt && a.updatedAt.getTime() <= Date.now(), `${a.slug}: updatedAt`);
    }
  }
  const withCiting = await database.prisma.article.count({ where: { citingName: { not: '' } } });
  assert.ok(withCiting >= 20);
  assert.ok((await database.prisma.article.count({ where: { updatedAt: { not: null } } })) >= 3);
});

test('the showcase article uses every block type', async () => {
  const a = await database.prisma.article.findUniqueOrThrow({ where: { slug: SHOWCASE_SLUG } });
  assert.equal(a.status, 'PUBLISHED');
  const used = new Set((a.body as { type: string }[]).map((b) => b.type));
  for (const t of blockTypes) assert.ok(used.has(t), `showcase lacks a ${t} block`);
});

test('every Background item links an existing article published before the one that cites it', async () => {
  const articles = await allArticles();
  const byId = new Map(articles.map((a) => [a.id, a]));
  let links = 0;
  for (const a of articles) {
    for (const block of a.body as Body) {
      if (block.type !== 'background') continue;
      for (const item of block.items) {
        if (!item.articleId) continue;
        links++;
        const target = byId.get(item.articleId);
        assert.ok(target, `${a.slug}: background links a missing article`);
        assert.equal(target.status, 'PUBLISHED', `${a.slug}: background links unpublished ${target.slug}`);
        if (a.publishedAt) assert.ok(target.publishedAt! < a.publishedAt, `${a.slug}: background links later ${target.slug}`);
      }
    }
  }
  assert.ok(links >= 60, `${links} background links`);
  const withBackground = articles.filter((a) => (a.body as Body).some((b) => b.type === 'background'));
  assert.ok(withBackground.length >= 30);
});

test('draft, in-review and scheduled articles are not published', async () => {
  const db = database.prisma;
  const draft = await db.article.findUniqueOrThrow({ where: { slug: DRAFT_SLUG } });
  assert.equal(draft.status, 'DRAFT');
  assert.equal(draft.publishedAt, null);
  const review = await db.article.findUniqueOrThrow({ where: { slug: IN_REVIEW_SLUG } });
  assert.equal(review.status, 'IN_REVIEW');
  assert.equal(review.publishedAt, null);
  const scheduled = await db.article.findUniqueOrThrow({ where: { slug: SCHEDULED_SLUG } });
  assert.equal(scheduled.status, 'SCHEDULED');
  assert.equal(scheduled.publishedAt, null);
  const ahead = scheduled.scheduledAt!.getTime() - seededAt.getTime();
  assert.ok(ahead > 20 * 3_600_000 && ahead < 30 * 3_600_000, 'scheduled about a day ahead');
});

test('images, settings, social links and ad campaigns', async () => {
  const db = database.prisma;
  const media = await db.media.findMany();
  assert.ok(media.length >= 20);
  for (const m of media) {
    assert.equal(m.mimeType, 'image/jpeg');
    assert.equal(m.byteSize, m.data.length);
    assert.ok(m.byteSize < 80_000, `${m.filename}: ${m.byteSize} bytes`);
    assert.deepEqual([...m.data.subarray(0, 3)], [0xff, 0xd8, 0xff], `${m.filename} is a JPEG`);
  }
  assert.ok(media.filter((m) => m.width === 1200 && m.height === 675).length >= 15);

  const settings = await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } });
  assert.equal(settings.timeZone, 'Europe/Kyiv');
  assert.equal(settings.supportHeaderText, 'Support Us');
  assert.ok(settings.siteName && settings.supportUrl.startsWith('https://') && settings.supportTitle && settings.followText);
  assert.ok((await db.socialLink.count()) >= 4);

  const ads = await db.adCampaign.findMany();
  const now = new Date();
  const live = ads.filter((a) => a.active && (!a.startsAt || a.startsAt <= now) && (!a.endsAt || a.endsAt > now));
  assert.ok(live.filter((a) => a.placement === 'INLINE').length >= 2);
  assert.ok(live.some((a) => a.placement === 'AFTER_BODY'));
  assert.ok(live.some((a) => a.placement === 'SIDEBAR'));
  for (const code of ['en', 'uk', 'ru']) {
    assert.ok(live.some((a) => a.placement === 'INLINE' && a.language === code) && live.some((a) => a.placement === 'SIDEBAR' && a.language === code), `${code}: its own ads`);
  }
  assert.ok(
    ads.filter((a) => a.language !== 'en').every((a) => /[а-яіїєґё]/i.test(a.headline)),
    'every ad shown on Ukrainian or Russian pages is written in Cyrillic',
  );
  assert.ok(
    ads.some((a) => !a.active),
    'an inactive campaign',
  );
  assert.ok(
    ads.some((a) => a.active && a.endsAt && a.endsAt < now),
    'an expired campaign',
  );
});

test('wipeContent then concurrent seedIfEmpty: exactly one seeds; users are kept', async () => {
  const users = await database.prisma.user.count();
  await wipeContent(database.prisma);
  assert.equal(await database.prisma.article.count(), 0);
  assert.equal(await database.prisma.media.count(), 0);
  assert.equal(await database.prisma.user.count(), users);

  const other = createPrismaClient(database.url);
  try {
    const results = await Promise.all([seedIfEmpty(database.prisma, { staff: false }), seedIfEmpty(other, { staff: false })]);
    assert.deepEqual(results.sort(), [false, true]);
  } finally {
    await other.$disconnect();
  }
  assert.equal(await database.prisma.section.count(), DEMO_SECTIONS.length);
  assert.equal(await database.prisma.siteSettings.count(), 1);
});

test('the timeline holds at any hour and across a DST change: published in the past, links backwards', () => {
  const media = () => ({ id: 'media' });
  const known = {
    sections: new Set(DEMO_SECTIONS),
    tags: new Set(seedLib.DEMO_ARTICLES.flatMap((a) => a.tags)),
    authors: new Set(seedLib.DEMO_ARTICLES.flatMap((a) => a.authors)),
  };
  const moments = [
    zonedTime(2026, 10, 25, 0, 20), // just after midnight in Kyiv
    zonedTime(2026, 10, 25, 6, 0), // before the day's first story
    zonedTime(2026, 10, 25, 23, 50),
    zonedTime(2027, 2, 28, 3, 30), // the morning clocks go forward
    zonedTime(2027, 9, 31, 12, 0), // the day clocks go back
  ];
  for (const now of moments) {
    const built = buildArticles([...seedLib.DEMO_ARTICLES], now, media, known); // throws on a forward link
    const published = built.filter((a) => a.status === 'PUBLISHED');
    assert.ok(
      published.every((a) => a.publishedAt!.getTime() < now.getTime()),
      `future story at ${now.toISOString()}`,
    );
    const days = new Set(published.map((a) => kyivDay.format(a.publishedAt!)));
    assert.ok(days.size >= 14, `${days.size} days at ${now.toISOString()}`);
  }
  assert.equal(kyivTime(zonedTime(2026, 10, 25, 12, 0), 0, '09:20').toISOString(), '2026-11-25T07:20:00.000Z');
  assert.equal(kyivTime(zonedTime(2027, 6, 1, 12, 0), 1, '09:20').toISOString(), '2027-06-30T06:20:00.000Z');
});
