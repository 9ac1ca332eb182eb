/**
 * Corrections and editor's notes (lib/corrections) against a real database:
 * editors only, published articles only, each change a revision (whose
 * snapshot carries the list, so the history diff shows it) and an audit entry
 * in one transaction; the article's public read shows them oldest first, and
 * /corrections lists those on published articles, newest first.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminResult } from '../../lib/admin/result.ts';
import type { SessionUser } from '../../lib/auth/sessions.ts';
import { createUser } from '../../lib/auth/users.ts';
import { tags } from '../../lib/cache/tags.ts';
import { changeCorrections, listCorrections } from '../../lib/corrections/admin.ts';
import { correctionInputSchema } from '../../lib/corrections/input.ts';
import { diffRevisions } from '../../lib/editorial/revisions.ts';
import { createArticle } from '../../lib/editorial/save.ts';
import { transitionArticle } from '../../lib/editorial/workflow.ts';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

let database: TestDatabase;
let db: PrismaClient;
let sectionId: string;
let editor: SessionUser;
let author: SessionUser;
let articles: typeof import('../../lib/articles/queries.ts');
let corrections: typeof import('../../lib/corrections/queries.ts');

before(async () => {
  database = await createTestDatabase({ prefix: 'corrections' });
  db = database.prisma;
  process.env.DATABASE_URL = database.url;
  articles = await import('../../lib/articles/queries.ts');
  corrections = await import('../../lib/corrections/queries.ts');
  await db.siteSettings.create({ data: { id: 1, timeZone: 'Europe/Kyiv' } });
  sectionId = (await db.section.create({ data: { slug: 'news', name: 'News' } })).id;
  const e = await createUser(db, { email: 'eve@corrections.test', name: 'Eve Editor', password: 'editor password 1', role: 'EDITOR' });
  const a = await createUser(db, { email: 'abe@corrections.test', name: 'Abe Author', password: 'author password 1', role: 'AUTHOR' });
  editor = { id: e.id, email: e.email, name: e.name, role: e.role };
  author = { id: a.id, email: a.email, name: a.name, role: a.role };
});

after(async () => {
  const { db: appDb } = await import('../../lib/db/client.ts');
  await appDb().$disconnect();
  await database?.drop();
});

async function published(title: string, slug: string) {
  const out = await createArticle(db, editor, { title, slug, sectionId, body: [{ type: 'paragraph', content: [{ text: 'Text.' }] }] });
  assert.ok(out.result.ok, JSON.stringify(out.result));
  const pub = await transitionArticle(db, editor, { id: out.result.article.id, baseVersion: 1, action: 'publish', address: 'test' });
  assert.equal(pub.status, 200);
  return out.result.article.id;
}

/** The HTTP status the route answers a refusal with (a saved change is 200, or 201 for an addition). */
const statusOf = (result: AdminResult<unknown>) => (result.ok ? 200 : result.status);

const input = (text: string, kind: 'CORRECTION' | 'NOTE' = 'CORRECTION', date?: string) => correctionInputSchema.parse({ kind, text, date });

describe('corrections', () => {
  test('an editor adds, changes and removes them; each is a revision and an audit entry; tags are the article and the list', async () => {
    const id = await published('Bridge reopens', 'bridge-reopens');
    const added = await changeCorrections(db, editor, id, { op: 'add', input: input('The bridge is 40 m long, not 400 m.') }, '203.0.113.9');
    assert.ok(added.ok);
    assert.deepEqual(added.invalidate.sort(), [tags.article(id), tags.corrections].sort());
    const note = await changeCorrections(db, editor, id, { op: 'add', input: input('Updated with the mayor’s reply.', 'NOTE') }, '203.0.113.9');
    assert.ok(note.ok);
    assert.deepEqual(
      note.value.map((c) => c.kind),
      ['CORRECTION', 'NOTE'],
    );
    const first = note.value[0];
    const edited = await changeCorrections(db, editor, id, { op: 'edit', correctionId: first.id, input: input('The bridge is 40 metres long, not 400.') }, 'x');
    assert.ok(edited.ok);
    const removed = await changeCorrections(db, editor, id, { op: 'delete', correctionId: note.value[1].id }, 'x');
    assert.ok(removed.ok);
    assert.deepEqual(
      (await listCorrections(db, id)).map((c) => c.text),
      ['The bridge is 40 metres long, not 400.'],
    );

    const revisions = await db.articleRevision.findMany({ where: { articleId: id, kind: 'CORRECTION' }, orderBy: { savedAt: 'asc' } });
    assert.equal(revisions.length, 4);
    const diff = await diffRevisions(db, id, revisions[1].id, revisions[2].id);
    const field = diff?.find((d) => d.field === 'corrections');
    assert.ok(field, 'the history diff shows the changed correction');
    assert.ok(field.parts.some((p) => p.removed && p.value.includes('400 m')));
    const audit = await db.auditEntry.findMany({ where: { targetId: id, action: { startsWith: 'article.correction' } }, orderBy: { createdAt: 'asc' } });
    assert.deepEqual(
      audit.map((a) => a.action),
      ['article.correction-add', 'article.correction-add', 'article.correction-edit', 'article.correction-delete'],
    );
    assert.equal(audit[0].address, '203.0.113.9');
  });

  test('authors cannot; drafts cannot have them; bad dates, text and unknown ids are 4xx and change nothing', async () => {
    const id = await published('Ferry timetable', 'ferry-timetable');
    const byAuthor = await changeCorrections(db, author, id, { op: 'add', input: input('x') }, 'x');
    assert.equal(statusOf(byAuthor), 403);
    const draft = await createArticle(db, editor, { title: 'Draft', slug: 'a-draft', sectionId, body: [] });
    assert.ok(draft.result.ok);
    assert.equal(statusOf(await changeCorrections(db, editor, draft.result.article.id, { op: 'add', input: input('x') }, 'x')), 422);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const late = await changeCorrections(db, editor, id, { op: 'add', input: input('x', 'CORRECTION', future) }, 'x');
    assert.equal(statusOf(late), 400);
    const early = await changeCorrections(db, editor, id, { op: 'add', input: input('x', 'CORRECTION', '2001-01-01T00:00:00Z') }, 'x');
    assert.equal(statusOf(early), 400);
    const missing = await changeCorrections(db, editor, id, { op: 'delete', correctionId: '00000000-0000-4000-8000-000000000000' }, 'x');
    assert.equal(statusOf(missing), 404);
    assert.equal(statusOf(await changeCorrections(db, editor, '00000000-0000-4000-8000-000000000000', { op: 'add', input: input('x') }, 'x')), 404);
    assert.equal(await db.articleCorrection.count({ where: { articleId: id } }), 0);
    assert.equal(await db.articleRevision.count({ where: { articleId: id, kind: 'CORRECTION' } }), 0);
    assert.equal(correctionInputSchema.safeParse({ text: '   ' }).success, false);
    assert.equal(correctionInputSchema.safeParse({ text: 'a'.repeat(2001) }).success, false);
    assert.equal(correctionInputSchema.safeParse({ text: 'bell\u0007' }).success, false);
    assert.equal(correctionInputSchema.safeParse({ text: 'ok', kind: 'RETRACTION' }).success, false);
  });

  test('the article page read shows them oldest first; /corrections lists those on published articles, newest first', async () => {
    const id = await published('Harbour dredging approved', 'harbour-dredging');
    const t0 = Date.now();
    await changeCorrections(db, editor, id, { op: 'add', input: input('Second.', 'NOTE', new Date(t0 - 1000).toISOString()) }, 'x');
    await changeCorrections(db, editor, id, { op: 'add', input: input('First.', 'CORRECTION', new Date(t0 - 5000).toISOString()) }, 'x');
    const found = await articles.getPublishedArticle('harbour-dredging');
    assert.deepEqual(
      found?.view.corrections.map((c) => [c.kind, c.text]),
      [
        ['CORRECTION', 'First.'],
        ['NOTE', 'Second.'],
      ],
    );
    assert.ok(found.view.corrections[0].date instanceof Date);

    const page = await corrections.getCorrectionsPage(1);
    assert.ok(page);
    const mine = page.items.filter((c) => c.article.title === 'Harbour dredging approved');
    assert.deepEqual(
      mine.map((c) => c.text),
      ['Second.', 'First.'],
    );
    assert.match(mine[0].article.path, /^\/news\/\d{4}\/\d{2}\/\d{2}\/harbour-dredging$/);
    assert.equal(await corrections.getCorrectionsPage(99), null);

    const un = await transitionArticle(db, editor, { id, baseVersion: 2, action: 'unpublish', address: 'x' });
    assert.equal(un.status, 200);
    const after = await corrections.getCorrectionsPage(1);
    assert.ok(after && !after.items.some((c) => c.article.title === 'Harbour dredging approved'));
  });
});
