import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { createArticle, saveArticle } from '../../lib/editorial/save.ts';
import { publishDueArticles, transitionArticle } from '../../lib/editorial/workflow.ts';
import { listRevisions, restoreRevision } from '../../lib/editorial/revisions.ts';
import type { EditableArticle } from '../../lib/editorial/types.ts';
import type { SessionUser } from '../../lib/auth/sessions.ts';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';

// Issue 7: no save of a published or scheduled article changes what readers
// see. Saves become pending changes; only Update (or Publish now /
// Reschedule of a scheduled article) makes them live. Public reads are the
// site's own (lib/articles/queries.ts, feeds), run against the same database.

let database: TestDatabase;
let db: PrismaClient;
let q: typeof import('../../lib/articles/queries.ts');
let rss: typeof import('../../lib/feeds/rss.ts');
let sectionId: string;
let otherSectionId: string;
const users: Record<'author' | 'other' | 'editor' | 'editor2', SessionUser> = {} as never;

async function user(email: string, name: string, role: SessionUser['role']): Promise<SessionUser> {
  const u = await db.user.create({ data: { email, name, role, passwordHash: 'not-used-here' } });
  return { id: u.id, email, name, role };
}

const para = (text: string) => [{ type: 'paragraph', content: [{ text }] }];

/** A published article written by `who` (an author's is published by the editor). */
async function published(who = users.editor, title = 'Ferry timetable changes'): Promise<EditableArticle> {
  const slug = `ferry-${Math.random().toString(36).slice(2, 8)}`;
  const made = await createArticle(db, who, { title, slug, standfirst: 'Crossings every hour.', sectionId, tags: ['Ferries'], body: para('The ferry now leaves on the hour.') });
  assert.ok(made.result.ok);
  const pub = await transitionArticle(db, users.editor, { id: made.result.article.id, baseVersion: 1, action: 'publish' });
  assert.ok(pub.result.ok, JSON.stringify(pub.result));
  return pub.result.article;
}

/** What readers see of an article, through the public reads. */
async function publicState(a: EditableArticle) {
  const row = await db.article.findUniqueOrThrow({ where: { id: a.id } });
  const [search] = await db.$queryRaw<{ search: string }[]>`SELECT "search"::text AS search FROM "Article" WHERE "id" = ${a.id}`;
  const page = await q.getPublishedArticle(row.slug);
  const sitemap = (await q.getSitemapEntries()).find((e) => e.path.endsWith(`/${row.slug}`));
  return {
    title: row.title,
    slug: row.slug,
    standfirst: row.standfirst,
    bodyText: row.bodyText,
    sectionId: row.sectionId,
    publishedAt: row.publishedAt?.toISOString(),
    updatedAt: row.updatedAt?.toISOString() ?? null,
    search: search.search,
    pageTitle: page?.view.title,
    pageUpdatedAt: page?.view.updatedAt?.toISOString() ?? null,
    pageBody: JSON.stringify(page?.view.body),
    sitemapLastModified: sitemap?.lastModified.toISOString(),
  };
}

before(async () => {
  database = await createTestDatabase({ prefix: 'pending' });
  db = database.prisma;
  await db.siteSettings.create({ data: { id: 1, timeZone: 'Europe/Kyiv' } });
  sectionId = (await db.section.create({ data: { slug: 'news', name: 'News' } })).id;
  otherSectionId = (await db.section.create({ data: { slug: 'business', name: 'Business' } })).id;
  users.author = await user('author@test', 'Ann Author', 'AUTHOR');
  users.other = await user('other@test', 'Oscar Other', 'AUTHOR');
  users.editor = await user('editor@test', 'Eve Editor', 'EDITOR');
  users.editor2 = await user('editor2@test', 'Ed Second', 'EDITOR');
  process.env.DATABASE_URL = database.url;
  q = await import('../../lib/articles/queries.ts');
  rss = await import('../../lib/feeds/rss.ts');
});

after(async () => {
  const { db: appDb } = await import('../../lib/db/client.ts');
  await appDb().$disconnect();
  await database.drop();
});

test('autosave and save of a published article change nothing readers see', async () => {
  const a = await published();
  const before = await publicState(a);
  const feedBefore = await rss.buildRssFeed();

  // Half-typed title, autosaved twice, then a manual save with a new section and body.
  const auto1 = await saveArticle(db, users.editor, { id: a.id, baseVersion: a.version, input: { ...a.input, title: 'Ferry timet' }, autosave: true });
  assert.ok(auto1.result.ok, JSON.stringify(auto1.result));
  assert.deepEqual(auto1.invalidate, []);
  const auto2 = await saveArticle(db, users.editor, { id: a.id, baseVersion: auto1.result.article.version, input: { ...a.input, title: 'Ferry timetable cha' }, autosave: true });
  assert.ok(auto2.result.ok);
  const manual = await saveArticle(db, users.editor, {
    id: a.id,
    baseVersion: auto2.result.article.version,
    input: { ...a.input, title: 'Ferry timetable changes again', sectionId: otherSectionId, tags: ['Ferries', 'Harbour'], body: para('Unchecked zebracrossing sentence.') },
  });
  assert.ok(manual.result.ok);
  assert.deepEqual(manual.invalidate, [], 'nothing public to invalidate');

  // The editor sees the pending version and the live one beside it.
  const edited = manual.result.article;
  assert.equal(edited.status, 'PUBLISHED');
  assert.equal(edited.input.title, 'Ferry timetable changes again');
  assert.equal(edited.live?.title, 'Ferry timetable changes');
  assert.equal(edited.pending?.savedBy, 'Eve Editor');
  assert.equal(edited.version, a.version + 3);

  // Readers: the row, search vector, page, JSON-LD dates, sitemap and feed are as before.
  assert.deepEqual(await publicState(a), before);
  assert.equal(await rss.buildRssFeed(), feedBefore);
  assert.equal((await q.searchArticles('zebracrossing', 1)).total, 0);
  assert.equal((await q.searchArticles('leaves hour', 1)).items[0]?.id, a.id);
  assert.equal(await db.tag.count({ where: { slug: 'harbour' } }), 0, 'tags of pending changes are created only when they go live');

  // History: the pending saves are marked as such; the two autosaves collapsed into one.
  const revs = await listRevisions(db, a.id);
  assert.deepEqual(
    revs.map((r) => [r.kind, r.pending]),
    [
      ['SAVE', true],
      ['AUTOSAVE', true],
      ['PUBLISH', false],
      ['SAVE', false],
    ],
  );
});

test('Update makes the pending changes live in one revision and names what to invalidate', async () => {
  const a = await published();
  const saved = await saveArticle(db, users.editor, {
    id: a.id,
    baseVersion: a.version,
    input: { ...a.input, title: 'Ferry timetable: night crossings added', sectionId: otherSectionId, tags: ['Harbour'], body: para('Night crossings start in May.') },
  });
  assert.ok(saved.result.ok);
  const before = await publicState(a);
  const revsBefore = (await listRevisions(db, a.id)).length;

  const up = await transitionArticle(db, users.editor, { id: a.id, baseVersion: saved.result.article.version, action: 'update' });
  assert.equal(up.status, 200, JSON.stringify(up.result));
  assert.ok(up.result.ok);
  assert.equal(up.result.article.pending, null);
  assert.equal(up.result.article.live, null);
  assert.equal(up.result.article.status, 'PUBLISHED');
  assert.equal(up.result.article.input.title, 'Ferry timetable: night crossings added');

  const after = await publicState(a);
  assert.equal(after.title, 'Ferry timetable: night crossings added');
  assert.equal(after.pageTitle, 'Ferry timetable: night crossings added');
  assert.equal(after.publishedAt, before.publishedAt, 'the publication date (and URL) stays');
  assert.ok(after.updatedAt && after.pageUpdatedAt === after.updatedAt, 'readers see "Updated"');
  assert.notEqual(after.search, before.search);
  assert.equal((await q.searchArticles('night crossings', 1)).items[0]?.id, a.id);

  // The old and new section and tags, the article, and the lists.
  const harbour = await db.tag.findUniqueOrThrow({ where: { slug: 'harbour' } });
  const ferries = await db.tag.findUniqueOrThrow({ where: { slug: 'ferries' } });
  for (const tag of [`article:${a.id}`, `list:section:${sectionId}:en`, `list:section:${otherSectionId}:en`, `list:tag:${harbour.id}`, `list:tag:${ferries.id}`, 'latest:en']) {
    assert.ok(up.invalidate.includes(tag), `invalidates ${tag}`);
  }
  const revs = await listRevisions(db, a.id);
  assert.equal(revs.length, revsBefore + 1, 'one new revision');
  assert.equal(revs[0].kind, 'UPDATE');
  assert.equal(revs[0].pending, false);

  // Nothing left to update.
  const again = await transitionArticle(db, users.editor, { id: a.id, baseVersion: up.result.article.version, action: 'update' });
  assert.equal(again.status, 422);
});

test('Discard goes back to the live version and keeps the history', async () => {
  const a = await published();
  const before = await publicState(a);
  const saved = await saveArticle(db, users.editor, { id: a.id, baseVersion: a.version, input: { ...a.input, title: 'A wrong title' } });
  assert.ok(saved.result.ok);
  const gone = await transitionArticle(db, users.editor, { id: a.id, baseVersion: saved.result.article.version, action: 'discard' });
  assert.equal(gone.status, 200);
  assert.ok(gone.result.ok);
  assert.deepEqual(gone.invalidate, []);
  assert.equal(gone.result.article.pending, null);
  assert.equal(gone.result.article.input.title, a.input.title);
  assert.equal(await db.articlePending.count({ where: { articleId: a.id } }), 0);
  assert.deepEqual(await publicState(a), before);
  assert.deepEqual(
    (await listRevisions(db, a.id)).slice(0, 2).map((r) => r.kind),
    ['DISCARD', 'SAVE'],
  );
});

test('saving the live version back unchanged leaves no pending changes', async () => {
  const a = await published();
  const changed = await saveArticle(db, users.editor, { id: a.id, baseVersion: a.version, input: { ...a.input, standfirst: 'Typo' } });
  assert.ok(changed.result.ok && changed.result.article.pending);
  // Same content, tags in another case: still the live version.
  const back = await saveArticle(db, users.editor, { id: a.id, baseVersion: changed.result.article.version, input: { ...a.input, tags: ['ferries'] } });
  assert.ok(back.result.ok);
  assert.equal(back.result.article.pending, null);
});

test('two editors saving pending changes of one live article: one wins, the other gets 409 with the pending version', async () => {
  const a = await published();
  const results = await Promise.all(
    ['First editor', 'Second editor'].map((t, i) => saveArticle(db, i ? users.editor2 : users.editor, { id: a.id, baseVersion: a.version, input: { ...a.input, title: t } })),
  );
  assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
  const winner = results.find((r) => r.status === 200)!;
  const loser = results.find((r) => r.status === 409)!;
  assert.ok(winner.result.ok && !loser.result.ok && loser.result.error === 'conflict');
  assert.equal(loser.result.current.input.title, winner.result.article.input.title, 'the conflict shows their pending changes');
  assert.equal(loser.result.current.live?.title, a.input.title);
  // Update and discard are locked by version too.
  assert.equal((await transitionArticle(db, users.editor, { id: a.id, baseVersion: a.version, action: 'update' })).status, 409);
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: a.id } })).title, a.input.title);
});

test('an author’s changes to a live article need an editor', async () => {
  const a = await published(users.author);
  const before = await publicState(a);
  const saved = await saveArticle(db, users.author, { id: a.id, baseVersion: a.version, input: { ...a.input, title: 'Ferry timetable changes (corrected)', featured: true } });
  assert.ok(saved.result.ok, JSON.stringify(saved.result));
  assert.equal(saved.result.article.input.featured, false, 'authors cannot feature');
  const denied = await transitionArticle(db, users.author, { id: a.id, baseVersion: saved.result.article.version, action: 'update' });
  assert.equal(denied.status, 403);
  assert.equal((await transitionArticle(db, users.other, { id: a.id, baseVersion: saved.result.article.version, action: 'submit-changes' })).status, 403);
  const submitted = await transitionArticle(db, users.author, { id: a.id, baseVersion: saved.result.article.version, action: 'submit-changes' });
  assert.ok(submitted.result.ok, JSON.stringify(submitted.result));
  assert.equal(submitted.result.article.pending?.submittedBy, 'Ann Author');
  assert.ok(submitted.result.article.pending?.submittedAt);
  assert.deepEqual(submitted.invalidate, []);
  assert.deepEqual(await publicState(a), before);

  const up = await transitionArticle(db, users.editor, { id: a.id, baseVersion: submitted.result.article.version, action: 'update' });
  assert.ok(up.result.ok);
  assert.equal((await publicState(a)).pageTitle, 'Ferry timetable changes (corrected)');
  assert.deepEqual(
    (await listRevisions(db, a.id)).slice(0, 3).map((r) => [r.kind, r.pending, r.userName]),
    [
      ['UPDATE', false, 'Eve Editor'],
      ['SUBMIT', true, 'Ann Author'],
      ['SAVE', true, 'Ann Author'],
    ],
  );
});

test('scheduled: saves wait; the schedule publishes the scheduled version; Update or Reschedule applies them', async () => {
  const made = await createArticle(db, users.editor, { title: 'Bridge reopens', slug: `bridge-${Date.now()}`, sectionId, body: para('The bridge reopens on Monday.') });
  assert.ok(made.result.ok);
  const now = new Date();
  const at = new Date(now.getTime() + 60_000);
  const sch = await transitionArticle(db, users.editor, { id: made.result.article.id, baseVersion: 1, action: 'schedule', scheduledAt: at.toISOString() }, now);
  assert.ok(sch.result.ok);
  const saved = await saveArticle(db, users.editor, {
    id: sch.result.article.id,
    baseVersion: sch.result.article.version,
    input: { ...sch.result.article.input, title: 'Bridge reopens (draft wording)' },
  });
  assert.ok(saved.result.ok && saved.result.article.pending && saved.result.article.status === 'SCHEDULED');
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: made.result.article.id } })).title, 'Bridge reopens');

  // The scheduler publishes what was scheduled, not the unapplied edits.
  const run = await publishDueArticles(db, new Date(at.getTime() + 1000));
  assert.deepEqual(run.ids, [made.result.article.id]);
  const live = await db.article.findUniqueOrThrow({ where: { id: made.result.article.id }, include: { pending: true } });
  assert.equal(live.title, 'Bridge reopens');
  assert.equal(live.status, 'PUBLISHED');
  assert.ok(live.pending, 'the edits are still pending on the published article');
  assert.equal((await q.getPublishedArticle(live.slug))?.view.title, 'Bridge reopens');

  // Another scheduled article: Update applies to the scheduled version (nothing public), Reschedule applies too.
  const b = await createArticle(db, users.editor, { title: 'Tram line extended', slug: `tram-${Date.now()}`, sectionId, body: para('Two new stops.') });
  assert.ok(b.result.ok);
  const s1 = await transitionArticle(db, users.editor, { id: b.result.article.id, baseVersion: 1, action: 'schedule', scheduledAt: at.toISOString() }, now);
  assert.ok(s1.result.ok);
  const p1 = await saveArticle(db, users.editor, {
    id: b.result.article.id,
    baseVersion: s1.result.article.version,
    input: { ...s1.result.article.input, title: 'Tram line extended by two stops' },
  });
  assert.ok(p1.result.ok);
  const up = await transitionArticle(db, users.editor, { id: b.result.article.id, baseVersion: p1.result.article.version, action: 'update' }, now);
  assert.ok(up.result.ok && up.result.article.status === 'SCHEDULED' && up.result.article.pending === null);
  assert.deepEqual(up.invalidate, [], 'a scheduled article has no public pages yet');
  const row = await db.article.findUniqueOrThrow({ where: { id: b.result.article.id } });
  assert.equal(row.title, 'Tram line extended by two stops');
  assert.equal(row.updatedAt, null);
  const p2 = await saveArticle(db, users.editor, {
    id: b.result.article.id,
    baseVersion: up.result.article.version,
    input: { ...up.result.article.input, title: 'Tram line extended: three stops' },
  });
  assert.ok(p2.result.ok);
  const later = new Date(at.getTime() + 3_600_000);
  const re = await transitionArticle(
    db,
    users.editor,
    { id: b.result.article.id, baseVersion: p2.result.article.version, action: 'schedule', scheduledAt: later.toISOString() },
    now,
  );
  assert.ok(re.result.ok && re.result.article.pending === null);
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: b.result.article.id } })).title, 'Tram line extended: three stops');
});

test('restoring an old revision of a live article creates pending changes', async () => {
  const a = await published();
  const saved = await saveArticle(db, users.editor, { id: a.id, baseVersion: a.version, input: { ...a.input, title: 'Ferry timetable, second version' } });
  assert.ok(saved.result.ok);
  const up = await transitionArticle(db, users.editor, { id: a.id, baseVersion: saved.result.article.version, action: 'update' });
  assert.ok(up.result.ok);
  const first = (await listRevisions(db, a.id)).find((r) => r.kind === 'PUBLISH')!;
  const restored = await restoreRevision(db, users.editor, a.id, first.id, up.result.article.version);
  assert.ok(restored.result.ok, JSON.stringify(restored.result));
  assert.deepEqual(restored.invalidate, []);
  assert.equal(restored.result.article.input.title, 'Ferry timetable changes');
  assert.equal(restored.result.article.live?.title, 'Ferry timetable, second version');
  assert.equal((await publicState(a)).pageTitle, 'Ferry timetable, second version');
  const [newest] = await listRevisions(db, a.id);
  assert.deepEqual([newest.kind, newest.pending], ['RESTORE', true]);
});

test('unpublishing folds pending changes into the article, which readers no longer see', async () => {
  const a = await published();
  const saved = await saveArticle(db, users.editor, { id: a.id, baseVersion: a.version, input: { ...a.input, title: 'Ferry timetable (being rewritten)' } });
  assert.ok(saved.result.ok);
  const un = await transitionArticle(db, users.editor, { id: a.id, baseVersion: saved.result.article.version, action: 'unpublish' });
  assert.ok(un.result.ok && un.result.article.status === 'UNPUBLISHED');
  assert.ok(un.invalidate.includes(`article:${a.id}`));
  assert.equal(un.result.article.pending, null);
  assert.equal(un.result.article.input.title, 'Ferry timetable (being rewritten)');
  assert.equal(await q.getPublishedArticle(a.input.slug), null);
  // Back to a draft-like state: saves go to the article itself again.
  const s = await saveArticle(db, users.editor, { id: a.id, baseVersion: un.result.article.version, input: { ...un.result.article.input, title: 'Ferry timetable rewritten' } });
  assert.ok(s.result.ok && s.result.article.pending === null);
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: a.id } })).title, 'Ferry timetable rewritten');
});

test('Update re-checks the pending changes: a slug taken since is a 400 naming the field, and nothing changes', async () => {
  const a = await published();
  const b = await published(users.editor, 'Another ferry story');
  const saved = await saveArticle(db, users.editor, { id: a.id, baseVersion: a.version, input: { ...a.input, slug: 'ferry-slug-wanted' } });
  assert.ok(saved.result.ok);
  const taken = await saveArticle(db, users.editor, { id: b.id, baseVersion: b.version, input: { ...b.input, slug: 'ferry-slug-wanted' } });
  assert.ok(taken.result.ok);
  const upB = await transitionArticle(db, users.editor, { id: b.id, baseVersion: taken.result.article.version, action: 'update' });
  assert.ok(upB.result.ok);
  const upA = await transitionArticle(db, users.editor, { id: a.id, baseVersion: saved.result.article.version, action: 'update' });
  assert.equal(upA.status, 400);
  assert.ok(!upA.result.ok && upA.result.error === 'invalid' && upA.result.fieldErrors.slug);
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: a.id } })).slug, a.input.slug);
  assert.equal(await db.articlePending.count({ where: { articleId: a.id } }), 1, 'the pending changes are kept');
});
