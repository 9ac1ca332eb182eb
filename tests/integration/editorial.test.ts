import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { createArticle, saveArticle } from '../../lib/editorial/save.ts';
import { publishDueArticles, transitionArticle } from '../../lib/editorial/workflow.ts';
import { diffRevisions, listRevisions, restoreRevision } from '../../lib/editorial/revisions.ts';
import { heartbeat } from '../../lib/editorial/presence.ts';
import type { SessionUser } from '../../lib/auth/sessions.ts';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';

// The editorial rules against a real database: locking, roles, workflow,
// scheduling, revisions.

let database: TestDatabase;
let db: PrismaClient;
let sectionId: string;
const users: Record<'author' | 'other' | 'editor', SessionUser> = {} as never;

async function user(email: string, name: string, role: SessionUser['role']): Promise<SessionUser> {
  const u = await db.user.create({ data: { email, name, role, passwordHash: 'not-used-here' } });
  return { id: u.id, email, name, role };
}

const input = (over: Record<string, unknown> = {}) => ({
  title: 'Harbour dredging approved',
  slug: `harbour-${Math.random().toString(36).slice(2, 8)}`,
  standfirst: 'The commission voted.',
  sectionId,
  tags: ['Harbour'],
  body: [{ type: 'paragraph', content: [{ text: 'The commission approved dredging.' }] }],
  ...over,
});

async function created(who = users.author, over = {}) {
  const out = await createArticle(db, who, input(over));
  assert.equal(out.status, 201, JSON.stringify(out.result));
  assert.ok(out.result.ok);
  return out.result.article;
}

before(async () => {
  database = await createTestDatabase({ prefix: 'editorial' });
  db = database.prisma;
  await db.siteSettings.create({ data: { id: 1 } });
  sectionId = (await db.section.create({ data: { slug: 'news', name: 'News' } })).id;
  // Authors pick existing tags (editors create new ones: see the test below).
  await db.tag.create({ data: { slug: 'harbour', name: 'Harbour' } });
  users.author = await user('author@test', 'Ann Author', 'AUTHOR');
  users.other = await user('other@test', 'Oscar Other', 'AUTHOR');
  users.editor = await user('editor@test', 'Eve Editor', 'EDITOR');
});

after(() => database.drop());

test('create: a draft owned by its author, with a revision and tags picked by name', async () => {
  const a = await created();
  assert.equal(a.status, 'DRAFT');
  assert.equal(a.version, 1);
  assert.deepEqual(a.input.tags, ['Harbour']);
  const row = await db.article.findUniqueOrThrow({ where: { id: a.id } });
  assert.equal(row.createdById, users.author.id);
  assert.match(row.bodyText, /approved dredging/);
  assert.equal((await listRevisions(db, a.id)).length, 1);
});

test('authors pick existing tags; a new tag name is a field error for them and created for editors', async () => {
  const refused = await createArticle(db, users.author, input({ tags: ['harbour', 'Brand new tag'] }));
  assert.equal(refused.status, 400);
  assert.ok(!refused.result.ok && refused.result.error === 'invalid');
  assert.match(!refused.result.ok && refused.result.fieldErrors ? refused.result.fieldErrors.tags : '', /no tag “Brand new tag”/);
  assert.equal(await db.tag.count({ where: { slug: 'brand-new-tag' } }), 0);
  // Existing tags match whatever the case; the author's article carries them.
  const own = await created(users.author, { tags: ['harbour'] });
  assert.deepEqual(own.input.tags, ['Harbour']);
  // Saving with a new name is refused too (not only creating).
  const save = await saveArticle(db, users.author, { id: own.id, baseVersion: own.version, input: input({ slug: own.input.slug, tags: ['Another new tag'] }) });
  assert.equal(save.status, 400);
  const byEditor = await created(users.editor, { tags: ['Brand new tag'] });
  assert.deepEqual(byEditor.input.tags, ['Brand new tag']);
  assert.equal(await db.tag.count({ where: { slug: 'brand-new-tag' } }), 1);
});

test('invalid input names the field and saves nothing', async () => {
  const a = await created();
  const out = await saveArticle(db, users.author, { id: a.id, baseVersion: 1, input: input({ title: '', slug: a.input.slug, sourceUrl: 'not a url' }) });
  assert.equal(out.status, 400);
  assert.ok(!out.result.ok && out.result.error === 'invalid');
  assert.deepEqual(Object.keys(out.result.fieldErrors).sort(), ['sourceUrl', 'title']);
  const other = await created();
  const clash = await saveArticle(db, users.author, { id: other.id, baseVersion: 1, input: input({ slug: a.input.slug }) });
  assert.ok(!clash.result.ok && clash.result.error === 'invalid' && clash.result.fieldErrors.slug);
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: a.id } })).version, 1);
});

test('a save based on a stale version is refused (409) and changes nothing; force overwrites', async () => {
  const a = await created();
  const first = await saveArticle(db, users.editor, { id: a.id, baseVersion: 1, input: { ...a.input, title: 'Editor title' } });
  assert.equal(first.status, 200);
  const stale = await saveArticle(db, users.author, { id: a.id, baseVersion: 1, input: { ...a.input, title: 'Author title' } });
  assert.equal(stale.status, 409);
  assert.ok(!stale.result.ok && stale.result.error === 'conflict');
  assert.equal(stale.result.current.input.title, 'Editor title');
  assert.equal(stale.result.current.modifiedBy, 'Eve Editor');
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: a.id } })).title, 'Editor title');
  const forced = await saveArticle(db, users.author, { id: a.id, baseVersion: 1, input: { ...a.input, title: 'Author title' }, force: true });
  assert.equal(forced.status, 200);
  assert.ok(forced.result.ok && forced.result.article.version === 3 && forced.result.article.input.title === 'Author title');
});

test('two concurrent saves of one version: exactly one wins', async () => {
  const a = await created();
  const results = await Promise.all(['One', 'Two'].map((t) => saveArticle(db, users.editor, { id: a.id, baseVersion: 1, input: { ...a.input, title: t } })));
  assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
});

test('authors edit only their own articles; their saves to a published one wait for an editor', async () => {
  const a = await created();
  const out = await saveArticle(db, users.other, { id: a.id, baseVersion: 1, input: a.input });
  assert.equal(out.status, 403);
  const pub = await transitionArticle(db, users.editor, { id: a.id, baseVersion: 1, action: 'publish' });
  assert.equal(pub.status, 200);
  const pending = await saveArticle(db, users.author, { id: a.id, baseVersion: 2, input: { ...a.input, title: 'Author change' } });
  assert.equal(pending.status, 200);
  assert.ok(pending.result.ok && pending.result.article.pending && pending.result.article.input.title === 'Author change');
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: a.id } })).title, a.input.title);
  assert.equal((await saveArticle(db, users.other, { id: a.id, baseVersion: 3, input: a.input })).status, 403);
});

test('workflow: author submits but cannot publish; editor publishes; updates set updatedAt and name the cache tags', async () => {
  const a = await created();
  assert.equal((await transitionArticle(db, users.author, { id: a.id, baseVersion: 1, action: 'publish' })).status, 403);
  const submitted = await transitionArticle(db, users.author, { id: a.id, baseVersion: 1, action: 'submit' });
  assert.ok(submitted.result.ok && submitted.result.article.status === 'IN_REVIEW');
  assert.deepEqual(submitted.invalidate, []);
  const published = await transitionArticle(db, users.editor, { id: a.id, baseVersion: 2, action: 'publish' });
  assert.ok(published.result.ok && published.result.article.status === 'PUBLISHED');
  assert.ok(
    published.invalidate.includes(`article:${a.id}`) &&
      published.invalidate.includes('latest:en') &&
      published.invalidate.includes(`list:section:${sectionId}:en`) &&
      !published.invalidate.includes(`section:${sectionId}`),
  );
  const firstPublishedAt = published.result.article.publishedAt;
  assert.ok(firstPublishedAt);
  assert.match(published.result.article.publicPath ?? '', /^\/news\/\d{4}\/\d{2}\/\d{2}\/harbour-/);
  const edited = await saveArticle(db, users.editor, { id: a.id, baseVersion: 3, input: { ...a.input, standfirst: 'Corrected.' } });
  assert.ok(edited.result.ok);
  assert.deepEqual(edited.invalidate, [], 'a save of a published article changes nothing public');
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: a.id } })).updatedAt, null);
  const updated = await transitionArticle(db, users.editor, { id: a.id, baseVersion: 4, action: 'update' });
  assert.ok(updated.result.ok);
  assert.ok((await db.article.findUniqueOrThrow({ where: { id: a.id } })).updatedAt);
  assert.ok(updated.invalidate.includes(`article:${a.id}`));
  const un = await transitionArticle(db, users.editor, { id: a.id, baseVersion: 5, action: 'unpublish' });
  assert.ok(un.result.ok && un.result.article.status === 'UNPUBLISHED' && un.invalidate.length > 0);
  const re = await transitionArticle(db, users.editor, { id: a.id, baseVersion: 6, action: 'publish' });
  assert.ok(re.result.ok && re.result.article.publishedAt === firstPublishedAt, 'republishing keeps the original date and URL');
  const bad = await transitionArticle(db, users.editor, { id: a.id, baseVersion: 7, action: 'submit' });
  assert.equal(bad.status, 422);
});

test('scheduling: future only; published once when due, even by concurrent runners', async () => {
  const a = await created(users.editor);
  const now = new Date();
  const past = await transitionArticle(db, users.editor, { id: a.id, baseVersion: 1, action: 'schedule', scheduledAt: new Date(now.getTime() - 60_000).toISOString() });
  assert.equal(past.status, 422);
  const at = new Date(now.getTime() + 60_000);
  const scheduled = await transitionArticle(db, users.editor, { id: a.id, baseVersion: 1, action: 'schedule', scheduledAt: at.toISOString() });
  assert.ok(scheduled.result.ok && scheduled.result.article.status === 'SCHEDULED');
  assert.deepEqual((await publishDueArticles(db, now)).ids, []);
  const runs = await Promise.all([publishDueArticles(db, new Date(at.getTime() + 1000)), publishDueArticles(db, new Date(at.getTime() + 1000))]);
  assert.deepEqual(
    runs.flatMap((r) => r.ids),
    [a.id],
  );
  const row = await db.article.findUniqueOrThrow({ where: { id: a.id } });
  assert.equal(row.status, 'PUBLISHED');
  assert.equal(row.publishedAt?.toISOString(), at.toISOString());
  assert.ok(runs.some((r) => r.invalidate.includes(`article:${a.id}`)));
  const kinds = (await listRevisions(db, a.id)).map((r) => r.kind);
  assert.deepEqual(kinds, ['PUBLISH', 'SCHEDULE', 'SAVE']);
});

test('autosaves collapse into one revision per editor per gap', async () => {
  const a = await created();
  let v = 1;
  for (const title of ['A1', 'A2', 'A3']) {
    const out = await saveArticle(db, users.author, { id: a.id, baseVersion: v, input: { ...a.input, title }, autosave: true });
    assert.ok(out.result.ok);
    v = out.result.article.version;
  }
  let revs = await listRevisions(db, a.id);
  assert.deepEqual(
    revs.map((r) => r.kind),
    ['AUTOSAVE', 'SAVE'],
  );
  assert.equal(revs[0].version, v);
  const manual = await saveArticle(db, users.author, { id: a.id, baseVersion: v, input: { ...a.input, title: 'Manual' } });
  assert.ok(manual.result.ok);
  const again = await saveArticle(db, users.author, { id: a.id, baseVersion: v + 1, input: { ...a.input, title: 'A4' }, autosave: true });
  assert.ok(again.result.ok);
  revs = await listRevisions(db, a.id);
  assert.deepEqual(
    revs.map((r) => r.kind),
    ['AUTOSAVE', 'SAVE', 'AUTOSAVE', 'SAVE'],
  );
});

test('revisions: readable diff between any two, restore as a new revision', async () => {
  const a = await created();
  const edited = await saveArticle(db, users.author, {
    id: a.id,
    baseVersion: 1,
    input: { ...a.input, title: 'Harbour dredging delayed', body: [{ type: 'paragraph', content: [{ text: 'The commission delayed dredging.' }] }] },
  });
  assert.ok(edited.result.ok);
  const [newest, oldest] = await listRevisions(db, a.id);
  const diff = await diffRevisions(db, a.id, oldest.id, newest.id);
  assert.ok(diff);
  assert.deepEqual(
    diff.map((d) => d.field),
    ['title', 'body'],
  );
  const title = diff[0].parts;
  assert.ok(title.some((p) => p.removed && p.value.includes('approved')));
  assert.ok(title.some((p) => p.added && p.value.includes('delayed')));
  const restored = await restoreRevision(db, users.author, a.id, oldest.id, 2);
  assert.ok(restored.result.ok && restored.result.article.input.title === 'Harbour dredging approved');
  const revs = await listRevisions(db, a.id);
  assert.equal(revs.length, 3);
  assert.equal(revs[0].kind, 'RESTORE');
  const stale = await restoreRevision(db, users.author, a.id, oldest.id, 2);
  assert.equal(stale.status, 409);
});

test('presence: others who have the article open recently', async () => {
  const a = await created();
  assert.deepEqual(await heartbeat(db, a.id, users.author.id), []);
  const others = await heartbeat(db, a.id, users.editor.id);
  assert.deepEqual(
    others.map((o) => o.name),
    ['Ann Author'],
  );
  const later = new Date(Date.now() + 60_000);
  assert.deepEqual(await heartbeat(db, a.id, users.editor.id, later), []);
});
