/**
 * Live blogs (lib/live, ADR 017) against a real PostgreSQL: starting and
 * ending a blog, posting, editing and deleting entries (published at once,
 * each with its audit entry in the same transaction), who may write them,
 * refused input, the tags each write expires, and the public reads (page and
 * update channel): published live blogs only, newest first, images resolved.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SessionUser } from '../../lib/auth/sessions.ts';
import { createUser } from '../../lib/auth/users.ts';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

process.env.TEST_DATABASE_ADMIN_URL ??= 'postgresql://postgres@127.0.0.1:5432/postgres';

let database: TestDatabase;
let db: PrismaClient;
let live: typeof import('../../lib/live/admin.ts');
let q: typeof import('../../lib/live/queries.ts');
let sectionId: string;
let editor: SessionUser;
let author: SessionUser;
let otherAuthor: SessionUser;
let mediaId: string;

const para = (text: string) => ({ type: 'paragraph', content: [{ text }] });

before(async () => {
  database = await createTestDatabase({ prefix: 'live' });
  db = database.prisma;
  process.env.DATABASE_URL = database.url;
  live = await import('../../lib/live/admin.ts');
  q = await import('../../lib/live/queries.ts');
  await db.siteSettings.create({ data: { id: 1, timeZone: 'Europe/Kyiv' } });
  sectionId = (await db.section.create({ data: { slug: 'news', name: 'News' } })).id;
  const mk = async (email: string, name: string, role: 'EDITOR' | 'AUTHOR') => {
    const u = await createUser(db, { email, name, password: 'a long password 1', role });
    return { id: u.id, email: u.email, name: u.name, role: u.role } as SessionUser;
  };
  editor = await mk('eve@live.test', 'Eve Editor', 'EDITOR');
  author = await mk('ann@live.test', 'Ann Author', 'AUTHOR');
  otherAuthor = await mk('otto@live.test', 'Otto Author', 'AUTHOR');
  mediaId = (await db.media.create({ data: { filename: 'pic.png', mimeType: 'image/png', width: 800, height: 600, byteSize: 1, data: Buffer.from([0]) } })).id;
});

after(async () => {
  const { db: appDb } = await import('../../lib/db/client.ts');
  await appDb().$disconnect();
  await database?.drop();
});

async function article(status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED', createdById = editor.id) {
  return db.article.create({
    data: {
      slug: `a-${Math.random().toString(36).slice(2, 10)}`,
      title: 'Storm crosses the coast',
      body: [para('Intro.')],
      status,
      publishedAt: status === 'PUBLISHED' ? new Date(Date.now() - 3_600_000) : null,
      sectionId,
      createdById,
    },
  });
}

const auditOf = (articleId: string) => db.auditEntry.findMany({ where: { targetId: articleId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });

describe('writing a live blog', () => {
  test('start, post, edit, delete, end: each published at once, audited, expiring only the blog (and the article for its state)', async () => {
    const a = await article();
    const started = await live.setLiveStatus(db, editor, { articleId: a.id, input: { status: 'LIVE' }, address: '203.0.113.9' });
    assert.ok(started.ok);
    assert.deepEqual(started.invalidate.sort(), [`article:${a.id}`, `live:${a.id}`]);

    const first = await live.addEntry(db, editor, { articleId: a.id, input: { title: 'Winds reach 120 km/h', body: [para('Gusts on the pier.')] } });
    assert.ok(first.ok, JSON.stringify(first));
    assert.deepEqual(first.invalidate, [`live:${a.id}`], 'an entry expires the blog only, not the article tag');
    assert.equal(first.value.author, 'Eve Editor');
    assert.equal(first.value.keyEvent, false);
    const second = await live.addEntry(db, editor, {
      articleId: a.id,
      input: { title: 'Bridge closed', keyEvent: true, body: [para('The coast bridge is shut.'), { type: 'image', mediaId, alt: 'The bridge' }] },
    });
    assert.ok(second.ok, JSON.stringify(second));

    const blog = await q.readLiveBlog(a.id, 300, 'Europe/Kyiv');
    assert.ok(blog);
    assert.equal(blog.status, 'LIVE');
    assert.equal(blog.total, 2);
    assert.deepEqual(
      blog.entries.map((e) => e.title),
      ['Bridge closed', 'Winds reach 120 km/h'],
      'newest first',
    );
    assert.equal(blog.entries[0].keyEvent, true);
    const image = blog.entries[0].body[1];
    assert.equal(image.type, 'image');
    assert.deepEqual(image.type === 'image' && image.image, { src: `/media/${mediaId}/pic.png`, width: 800, height: 600 });

    const edited = await live.updateEntry(db, editor, { articleId: a.id, entryId: first.value.id, input: { title: 'Winds reach 130 km/h', body: [para('Gusts on the pier.')] } });
    assert.ok(edited.ok);
    assert.deepEqual(edited.invalidate, [`live:${a.id}`]);
    assert.equal(edited.value.publishedAt.getTime(), first.value.publishedAt.getTime(), 'an edit keeps the entry in its place');
    assert.ok(edited.value.updatedAt);

    const removed = await live.deleteEntry(db, editor, { articleId: a.id, entryId: second.value.id });
    assert.ok(removed.ok);
    assert.deepEqual(removed.invalidate, [`live:${a.id}`]);
    assert.deepEqual(
      (await q.readLiveBlog(a.id, 300, 'Europe/Kyiv'))!.entries.map((e) => e.title),
      ['Winds reach 130 km/h'],
    );

    const ended = await live.setLiveStatus(db, editor, { articleId: a.id, input: { status: 'ENDED' } });
    assert.ok(ended.ok);
    assert.equal((await q.readLiveBlog(a.id, 300, 'Europe/Kyiv'))!.status, 'ENDED');

    const entries = await auditOf(a.id);
    assert.deepEqual(
      entries.map((e) => e.action),
      ['live.start', 'live.entry-add', 'live.entry-add', 'live.entry-edit', 'live.entry-delete', 'live.end'],
    );
    assert.equal(entries[0].address, '203.0.113.9');
    assert.equal(entries[0].actorId, editor.id);
    assert.equal((entries[1].detail as { entryId: string }).entryId, first.value.id);
  });

  test('the update channel carries only the newest entries', async () => {
    const a = await article();
    await live.setLiveStatus(db, editor, { articleId: a.id, input: { status: 'LIVE' } });
    for (let i = 0; i < 5; i++) {
      const r = await live.addEntry(db, editor, { articleId: a.id, input: { title: `Update ${i}`, body: [para('x')] }, now: new Date(Date.now() - (10 - i) * 1000) });
      assert.ok(r.ok);
    }
    const feed = await q.readLiveBlog(a.id, 3, 'Europe/Kyiv');
    assert.equal(feed!.total, 5);
    assert.deepEqual(
      feed!.entries.map((e) => e.title),
      ['Update 4', 'Update 3', 'Update 2'],
    );
  });

  test('an entry needs a live blog; a draft live blog expires nothing and is not public', async () => {
    const plain = await article();
    const refusedEntry = await live.addEntry(db, editor, { articleId: plain.id, input: { title: 'Too early', body: [] } });
    assert.equal(refusedEntry.ok, false);
    assert.equal(!refusedEntry.ok && refusedEntry.status, 409);
    assert.equal(await q.readLiveBlog(plain.id, 10, 'UTC'), null, 'an ordinary article has no live blog');

    const draft = await article('DRAFT');
    const started = await live.setLiveStatus(db, editor, { articleId: draft.id, input: { status: 'LIVE' } });
    assert.ok(started.ok);
    assert.deepEqual(started.invalidate, []);
    const entry = await live.addEntry(db, editor, { articleId: draft.id, input: { title: 'Prepared', body: [para('x')] } });
    assert.ok(entry.ok);
    assert.deepEqual(entry.invalidate, []);
    assert.equal(await q.readLiveBlog(draft.id, 10, 'UTC'), null, 'readers never see an unpublished live blog');
  });

  test('who may write: editors every blog, authors their own', async () => {
    const mine = await article('PUBLISHED', author.id);
    assert.ok((await live.setLiveStatus(db, author, { articleId: mine.id, input: { status: 'LIVE' } })).ok);
    const posted = await live.addEntry(db, author, { articleId: mine.id, input: { title: 'From the scene', body: [para('x')] } });
    assert.ok(posted.ok);
    assert.deepEqual(posted.invalidate, [`live:${mine.id}`], 'an author’s entry is published at once, like an editor’s');

    const denied = await live.addEntry(db, otherAuthor, { articleId: mine.id, input: { title: 'Not mine', body: [para('x')] } });
    assert.equal(!denied.ok && denied.status, 403);
    const deniedEdit = await live.updateEntry(db, otherAuthor, { articleId: mine.id, entryId: posted.value.id, input: { title: 'Hijack', body: [] } });
    assert.equal(!deniedEdit.ok && deniedEdit.status, 403);
    const deniedDelete = await live.deleteEntry(db, otherAuthor, { articleId: mine.id, entryId: posted.value.id });
    assert.equal(!deniedDelete.ok && deniedDelete.status, 403);
    const deniedStatus = await live.setLiveStatus(db, otherAuthor, { articleId: mine.id, input: { status: 'ENDED' } });
    assert.equal(!deniedStatus.ok && deniedStatus.status, 403);
    assert.ok((await live.updateEntry(db, editor, { articleId: mine.id, entryId: posted.value.id, input: { title: 'From the scene (edited)', body: [para('y')] } })).ok);
    assert.equal(await db.liveBlogEntry.count({ where: { articleId: mine.id } }), 1);
  });

  test('unknown articles and entries are 404; an entry is found only under its own blog', async () => {
    const a = await article();
    const b = await article();
    for (const x of [a, b]) await live.setLiveStatus(db, editor, { articleId: x.id, input: { status: 'LIVE' } });
    const entry = await live.addEntry(db, editor, { articleId: a.id, input: { title: 'In A', body: [para('x')] } });
    assert.ok(entry.ok);
    const wrongBlog = await live.deleteEntry(db, editor, { articleId: b.id, entryId: entry.value.id });
    assert.equal(!wrongBlog.ok && wrongBlog.status, 404);
    const notUuid = await live.updateEntry(db, editor, { articleId: a.id, entryId: 'nope', input: { title: 'x', body: [] } });
    assert.equal(!notUuid.ok && notUuid.status, 404);
    const noArticle = await live.addEntry(db, editor, { articleId: '00000000-0000-4000-8000-000000000000', input: { title: 'x', body: [] } });
    assert.equal(!noArticle.ok && noArticle.status, 404);
    const garbageId = await live.setLiveStatus(db, editor, { articleId: "'; drop table", input: { status: 'LIVE' } });
    assert.equal(!garbageId.ok && garbageId.status, 404);
    assert.equal(await db.liveBlogEntry.count({ where: { articleId: a.id } }), 1);
  });

  test('invalid input is refused with the field named, and nothing is stored or audited', async () => {
    const a = await article();
    await live.setLiveStatus(db, editor, { articleId: a.id, input: { status: 'LIVE' } });
    const before = (await auditOf(a.id)).length;
    const cases: [unknown, string][] = [
      [{ title: '', body: [] }, 'title'],
      [{ title: 'x'.repeat(201), body: [] }, 'title'],
      [{ title: 'Bell\u0007', body: [] }, 'title'],
      [{ title: 'Ok', body: [{ type: 'paragraph', content: [] }] }, 'body.0.content'],
      [{ title: 'Ok', body: [{ type: 'script', src: 'x' }] }, 'body.0.type'],
      [{ title: 'Ok', body: Array.from({ length: 51 }, () => para('x')) }, 'body'],
      [{ title: 'Ok', body: [para('x')], html: '<b>' }, 'form'],
      [{ title: 'Ok', body: 'text' }, 'body'],
      [null, 'form'],
    ];
    for (const [input, field] of cases) {
      const r = await live.addEntry(db, editor, { articleId: a.id, input });
      assert.equal(r.ok, false, JSON.stringify(input).slice(0, 80));
      if (!r.ok) {
        assert.equal(r.status, 400);
        assert.ok(
          Object.keys(r.fieldErrors).some((k) => k === field || k.startsWith(field)) || (field === 'form' && (r.error || r.fieldErrors.form)),
          `${JSON.stringify(input).slice(0, 60)}: ${JSON.stringify(r)}`,
        );
      }
    }
    const badStatus = await live.setLiveStatus(db, editor, { articleId: a.id, input: { status: 'PAUSED' } });
    assert.equal(!badStatus.ok && badStatus.status, 400);
    assert.equal(await db.liveBlogEntry.count({ where: { articleId: a.id } }), 0);
    assert.equal((await auditOf(a.id)).length, before);
  });

  test('deleting the article deletes its entries; deleting the author keeps the entry without a byline', async () => {
    const temp = await createUser(db, { email: 'tmp@live.test', name: 'Temp Editor', password: 'a long password 1', role: 'EDITOR' });
    const tempUser = { id: temp.id, email: temp.email, name: temp.name, role: temp.role } as SessionUser;
    const a = await article();
    await live.setLiveStatus(db, editor, { articleId: a.id, input: { status: 'LIVE' } });
    assert.ok((await live.addEntry(db, tempUser, { articleId: a.id, input: { title: 'By temp', body: [para('x')] } })).ok);
    await db.user.delete({ where: { id: temp.id } });
    const blog = await q.readLiveBlog(a.id, 10, 'UTC');
    assert.equal(blog!.entries[0].author, null);
    await db.article.delete({ where: { id: a.id } });
    assert.equal(await db.liveBlogEntry.count({ where: { articleId: a.id } }), 0);
  });
});
