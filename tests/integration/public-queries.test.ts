import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase } from '../helpers/db.ts';
import { migrate } from '../../tools/db/migrate.ts';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';

// The page queries against a fresh database with hand-made rows: published
// only, newest first, pagination, search, background links.

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let q: typeof import('../../lib/articles/queries.ts');
const ids: Record<string, string> = {};

const hour = 3_600_000;
const base = new Date('2026-03-10T09:00:00Z').getTime();
const para = (text: string) => ({ type: 'paragraph', content: [{ text }] });

async function fixtures(db: PrismaClient) {
  await db.siteSettings.create({ data: { id: 1, siteName: 'Test Ledger', timeZone: 'Europe/Kyiv' } });
  const [politics, culture] = await Promise.all([
    db.section.create({ data: { slug: 'politics', name: 'Politics', position: 1 } }),
    db.section.create({ data: { slug: 'culture', name: 'Culture', position: 2 } }),
  ]);
  const tag = await db.tag.create({ data: { slug: 'budget', name: 'Budget' } });
  const author = await db.author.create({ data: { slug: 'ann-writer', name: 'Ann Writer' } });
  // 25 published politics stories, one an hour; the 3rd newest is featured.
  for (let i = 0; i < 25; i++) {
    const a = await db.article.create({
      data: {
        slug: `politics-story-${i}`,
        title: `Politics story ${i}`,
        body: [para(i === 7 ? 'The harbour commission approved dredging.' : `Paragraph of story ${i}.`)],
        bodyText: i === 7 ? 'The harbour commission approved dredging.' : `Paragraph of story ${i}.`,
        status: 'PUBLISHED',
        featured: i === 22,
        publishedAt: new Date(base + i * hour),
        sectionId: politics.id,
        tags: i % 2 === 0 ? { create: { tagId: tag.id } } : undefined,
        authors: { create: { authorId: author.id } },
      },
    });
    ids[a.slug] = a.id;
  }
  for (const status of ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'] as const) {
    const a = await db.article.create({
      data: {
        slug: `hidden-${status.toLowerCase()}`,
        title: `Hidden ${status}`,
        body: [para('The harbour commission secret.')],
        bodyText: 'The harbour commission secret.',
        status,
        publishedAt: status === 'UNPUBLISHED' ? new Date(base) : null,
        scheduledAt: status === 'SCHEDULED' ? new Date(base + 100 * hour) : null,
        sectionId: culture.id,
        tags: { create: { tagId: tag.id } },
      },
    });
    ids[a.slug] = a.id;
  }
  const withBackground = await db.article.create({
    data: {
      slug: 'culture-with-background',
      title: 'Culture with background',
      body: [
        para('Lead.'),
        {
          type: 'background',
          items: [
            { text: 'Published earlier', articleId: ids['politics-story-0'] },
            { text: 'A draft', articleId: ids['hidden-draft'] },
            { text: 'Elsewhere', url: 'https://example.org/x' },
          ],
        },
      ],
      status: 'PUBLISHED',
      publishedAt: new Date(base + 30 * hour),
      updatedAt: new Date(base + 32 * hour),
      sectionId: culture.id,
    },
  });
  ids[withBackground.slug] = withBackground.id;
}

before(async () => {
  database = await createTestDatabase();
  await migrate(database.url);
  await fixtures(database.prisma);
  process.env.DATABASE_URL = database.url;
  q = await import('../../lib/articles/queries.ts');
});

after(async () => {
  const { db } = await import('../../lib/db/client.ts');
  await db().$disconnect();
  await database.drop();
});

test('latest: published only, newest first', async () => {
  const latest = await q.getLatest(100);
  assert.equal(latest.length, 26);
  assert.ok(latest.every((a) => !a.title.startsWith('Hidden')));
  const times = latest.map((a) => a.publishedAt.getTime());
  assert.deepEqual(
    times,
    [...times].sort((a, b) => b - a),
  );
  assert.equal(latest[0].title, 'Culture with background');
});

test('article: published found at its dated Kyiv path; hidden statuses are not', async () => {
  const found = await q.getPublishedArticle('politics-story-0');
  assert.ok(found);
  assert.equal(found.view.path, '/news/2026/03/10/politics-story-0'); // 09:00Z is 11:00 in Kyiv
  for (const slug of ['hidden-draft', 'hidden-in_review', 'hidden-scheduled', 'hidden-unpublished']) {
    assert.equal(await q.getPublishedArticle(slug), null, slug);
  }
});

test('background links resolve to published articles only', async () => {
  const found = await q.getPublishedArticle('culture-with-background');
  assert.ok(found);
  const bg = found.view.body.find((b) => b.type === 'background');
  assert.ok(bg && bg.type === 'background');
  assert.deepEqual(
    bg.items.map((i) => i.href),
    ['/news/2026/03/10/politics-story-0', null, 'https://example.org/x'],
  );
  assert.equal(found.view.updatedAt?.toISOString(), new Date(base + 32 * hour).toISOString());
});

test('section listing paginates newest first; past the end is null', async () => {
  const pages = Math.ceil(25 / q.PAGE_SIZE);
  assert.ok(pages >= 2, 'the fixtures span several pages');
  const first = await q.getListing('section', 'politics', 1);
  const last = await q.getListing('section', 'politics', pages);
  assert.ok(first && last);
  assert.equal(first.totalPages, pages);
  assert.equal(first.items.length, q.PAGE_SIZE);
  assert.equal(last.items.length, 25 - q.PAGE_SIZE * (pages - 1));
  assert.equal(first.items[0].title, 'Politics story 24');
  assert.equal(last.items.at(-1)?.title, 'Politics story 0');
  const second = await q.getListing('section', 'politics', 2);
  assert.equal(second?.items[0].title, `Politics story ${24 - q.PAGE_SIZE}`);
  assert.equal(await q.getListing('section', 'politics', pages + 1), null);
  assert.equal(await q.getListing('section', 'nope', 1), null);
});

test('tag and author listings count published articles only', async () => {
  const tag = await q.getListing('tag', 'budget', 1);
  assert.equal(tag?.total, 13);
  const author = await q.getListing('author', 'ann-writer', 1);
  assert.equal(author?.total, 25);
});

test('front page: featured lead, latest list, section blocks', async () => {
  const front = await q.getFrontPage();
  assert.equal(front.lead?.title, 'Politics story 22');
  assert.ok(front.latest.length > 0);
  assert.deepEqual(
    front.sections.map((s) => s.section.name),
    ['Politics', 'Culture'],
  );
});

test('search matches words in the body, published only', async () => {
  const results = await q.searchArticles('harbour dredging', 1);
  assert.equal(results.total, 1);
  assert.equal(results.items[0].title, 'Politics story 7');
  assert.equal((await q.searchArticles('secret', 1)).total, 0);
  assert.equal((await q.searchArticles('   ', 1)).total, 0);
});
