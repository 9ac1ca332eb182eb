import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import type { SessionUser } from '../../lib/auth/sessions.ts';

// The admin article list: every sort pages through all rows exactly once
// (keyset cursors), filters, title search, and authors see only their own.

let database: TestDatabase;
let q: typeof import('../../lib/editorial/queries.ts');
const editor: SessionUser = { id: '', email: 'e@test', name: 'Eve', role: 'EDITOR' };
const author: SessionUser = { id: '', email: 'a@test', name: 'Ann', role: 'AUTHOR' };
let politics = '';

before(async () => {
  database = await createTestDatabase({ prefix: 'adminlist' });
  const db = database.prisma;
  await db.siteSettings.create({ data: { id: 1 } });
  politics = (await db.section.create({ data: { slug: 'politics', name: 'Politics' } })).id;
  const culture = (await db.section.create({ data: { slug: 'culture', name: 'Culture' } })).id;
  editor.id = (await db.user.create({ data: { email: editor.email, name: editor.name, role: 'EDITOR', passwordHash: 'x' } })).id;
  author.id = (await db.user.create({ data: { email: author.email, name: author.name, role: 'AUTHOR', passwordHash: 'x' } })).id;
  const base = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < 60; i++) {
    await db.article.create({
      data: {
        slug: `story-${i}`,
        title: i % 10 === 0 ? `Harbour dredging update ${i}` : `Story number ${i}`,
        status: i % 3 === 0 ? 'PUBLISHED' : 'DRAFT',
        publishedAt: i % 3 === 0 ? new Date(base + i * 60_000) : null,
        // Ties on modifiedAt: the cursor must still be exact.
        modifiedAt: new Date(base + Math.floor(i / 4) * 60_000),
        sectionId: i % 2 ? politics : culture,
        createdById: i < 5 ? author.id : editor.id,
      },
    });
  }
  process.env.DATABASE_URL = database.url;
  q = await import('../../lib/editorial/queries.ts');
});

after(async () => {
  const { db } = await import('../../lib/db/client.ts');
  await db().$disconnect();
  await database.drop();
});

async function all(filter: Partial<import('../../lib/editorial/queries.ts').ListFilter>, user = editor) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 20; pages++) {
    const page = await q.listArticles(q.listFilterSchema.parse({ ...filter, cursor }), user);
    ids.push(...page.items.map((i) => i.title));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error('too many pages');
}

for (const sort of ['modified', 'published', 'title'] as const) {
  test(`sort by ${sort}: cursor pages cover every listed article exactly once, in order`, async () => {
    const titles = await all({ sort });
    const expected = sort === 'published' ? 20 : 60; // that sort lists what has been published
    assert.equal(titles.length, expected);
    assert.equal(new Set(titles).size, expected);
    if (sort === 'title') assert.deepEqual(titles, [...titles].sort());
    if (sort === 'published') assert.ok(titles.slice(0, 20).every((t) => /(\d+)$/.test(t) && Number(t.match(/(\d+)$/)![1]) % 3 === 0));
  });
}

test('filters by status and section; title search by word prefix', async () => {
  assert.equal((await all({ status: 'PUBLISHED' })).length, 20);
  assert.equal((await all({ sectionId: politics })).length, 30);
  const found = await all({ q: 'harb dredg' });
  assert.deepEqual(found.sort(), [
    'Harbour dredging update 0',
    'Harbour dredging update 10',
    'Harbour dredging update 20',
    'Harbour dredging update 30',
    'Harbour dredging update 40',
    'Harbour dredging update 50',
  ]);
});

test('authors see only their own articles', async () => {
  const mine = await all({}, author);
  assert.equal(mine.length, 5);
});

test('a malformed cursor starts from the top instead of failing', async () => {
  const page = await q.listArticles(q.listFilterSchema.parse({ cursor: 'garbage' }), editor);
  assert.equal(page.items.length, q.ADMIN_PAGE_SIZE);
});
