import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase } from '../helpers/db.ts';
import { migrate } from '../../tools/db/migrate.ts';

// The public reads per edition (ADR 021) against a fresh database: lists,
// listings, search and sitemaps stay within their edition; translations link
// each other; and the Ukrainian-first configuration (Ukrainian at "/",
// English at "/eng/") resolves and builds its URLs from the settings alone.

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let q: typeof import('../../lib/articles/queries.ts');
let editions: typeof import('../../lib/editions/queries.ts');
const ids: Record<string, string> = {};
const at = (h: number) => new Date(Date.UTC(2026, 2, 10, 9 + h));
const para = (text: string) => ({ type: 'paragraph', content: [{ text }] });

before(async () => {
  database = await createTestDatabase();
  await migrate(database.url);
  const db = database.prisma;
  await db.siteSettings.create({ data: { id: 1, siteName: 'Test Ledger', timeZone: 'Europe/Kyiv' } });
  const politics = await db.section.create({ data: { slug: 'politics', name: 'Politics', translations: { uk: { name: 'Політика' } } } });
  const enTag = await db.tag.create({ data: { slug: 'dams', name: 'Dams', language: 'en' } });
  const ukTag = await db.tag.create({ data: { slug: 'damby', name: 'Дамби', language: 'uk' } });
  const group = '00000000-0000-4000-8000-000000000001';
  const story = (slug: string, language: string, title: string, text: string, h: number, tagId: string | null, translationGroup: string | null = null) =>
    db.article.create({
      data: {
        slug,
        language,
        title,
        body: [para(text)],
        bodyText: text,
        status: 'PUBLISHED',
        publishedAt: at(h),
        sectionId: politics.id,
        translationGroup,
        tags: tagId ? { create: { tagId } } : undefined,
      },
    });
  ids.en = (await story('dam-cracks', 'en', 'Cracks found in the dam', 'Engineers found cracks in the dam wall.', 1, enTag.id, group)).id;
  ids.uk = (await story('trishchyny-v-dambi', 'uk', 'У дамбі знайшли тріщини', 'Інженери знайшли тріщини у стіні дамби під час виборів.', 2, ukTag.id, group)).id;
  ids.ru = (await story('vybory-v-regione', 'ru', 'Выборы в регионе', 'Избиратели пришли на выборы.', 3, null)).id;
  process.env.DATABASE_URL = database.url;
  q = await import('../../lib/articles/queries.ts');
  editions = await import('../../lib/editions/queries.ts');
});

after(async () => {
  const { db } = await import('../../lib/db/client.ts');
  await db().$disconnect();
  await database.drop();
});

test('lists, listings, search and sitemaps stay within their edition', async () => {
  assert.deepEqual(
    (await q.getLatest(30, 'uk')).map((t) => t.id),
    [ids.uk],
  );
  assert.equal((await q.getLatest(30, 'uk'))[0].path, '/uk/news/2026/03/10/trishchyny-v-dambi');
  assert.equal((await q.getLatest(30, 'uk'))[0].section.name, 'Політика');
  assert.deepEqual(
    (await q.getFrontPage('ru')).latest.map((t) => t.id),
    [ids.ru],
  );
  assert.deepEqual(
    (await q.getListing('section', 'politics', 1, 'en'))!.items.map((t) => t.id),
    [ids.en],
  );
  // A tag belongs to one edition: not a page of another.
  assert.ok(await q.getListing('tag', 'damby', 1, 'uk'));
  assert.equal(await q.getListing('tag', 'damby', 1, 'en'), null);
  // Search: a Ukrainian inflected form finds the Ukrainian article only.
  assert.deepEqual(
    (await q.searchArticles('вибори', 1, 'uk')).items.map((t) => t.id),
    [ids.uk],
  );
  assert.equal((await q.searchArticles('вибори', 1, 'en')).total, 0);
  const sitemap = await q.getSitemapEntries('en');
  assert.deepEqual(
    sitemap.map((e) => e.path),
    ['/news/2026/03/10/dam-cracks'],
  );
  assert.deepEqual(sitemap[0].alternates, [{ code: 'uk', path: '/uk/news/2026/03/10/trishchyny-v-dambi' }]);
});

test('translations link each other; an article without one links nothing', async () => {
  const en = (await q.getPublishedArticle('dam-cracks'))!.view;
  assert.deepEqual(en.translations, [{ code: 'uk', path: '/uk/news/2026/03/10/trishchyny-v-dambi' }]);
  const uk = (await q.getPublishedArticle('trishchyny-v-dambi'))!.view;
  assert.deepEqual(uk.translations, [{ code: 'en', path: '/news/2026/03/10/dam-cracks' }]);
  assert.deepEqual((await q.getPublishedArticle('vybory-v-regione'))!.view.translations, []);
});

test('Ukrainian first: Ukrainian at "/", English at /eng/, from the settings alone', async () => {
  const db = database.prisma;
  await db.edition.update({ where: { code: 'en' }, data: { prefix: 'eng' } });
  await db.siteSettings.update({ where: { id: 1 }, data: { defaultEdition: 'uk' } });
  assert.equal((await editions.resolveEdition(editions.DEFAULT_SEGMENT))?.code, 'uk');
  assert.equal((await editions.resolveEdition('eng'))?.code, 'en');
  assert.equal(await editions.resolveEdition('uk'), null, "the default's own prefix is not a second address");
  assert.equal(await editions.resolveEdition('en'), null);
  assert.equal((await q.getPublishedArticle('trishchyny-v-dambi'))!.view.path, '/news/2026/03/10/trishchyny-v-dambi');
  assert.equal((await q.getPublishedArticle('dam-cracks'))!.view.path, '/eng/news/2026/03/10/dam-cracks');
  assert.deepEqual((await q.getPublishedArticle('dam-cracks'))!.view.translations, [{ code: 'uk', path: '/news/2026/03/10/trishchyny-v-dambi' }]);
  assert.equal((await q.getLatest(30, 'en'))[0].path, '/eng/news/2026/03/10/dam-cracks');
  // A disabled edition's articles are not published anywhere.
  await db.edition.update({ where: { code: 'ru' }, data: { enabled: false } });
  assert.equal(await q.getPublishedArticle('vybory-v-regione'), null);
  assert.equal(await editions.resolveEdition('ru'), null);
});
