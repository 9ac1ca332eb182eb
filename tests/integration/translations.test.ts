import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { createArticle, saveArticle } from '../../lib/editorial/save.ts';
import { transitionArticle } from '../../lib/editorial/workflow.ts';
import { listRevisions } from '../../lib/editorial/revisions.ts';
import { createTranslation, linkCandidates, linkTranslation, listTranslations, unlinkTranslation } from '../../lib/editorial/translations.ts';
import type { SessionUser } from '../../lib/auth/sessions.ts';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';

// Translations (ADR 021) against a real database: "Create <Edition> version",
// linking and unlinking versions, the one-version-per-edition rule, who may
// do what, the audit entries and the cache tags each change names.

let database: TestDatabase;
let db: PrismaClient;
let sectionId: string;
let authorId: string;
let heroId: string;
const users: Record<'author' | 'other' | 'editor', SessionUser> = {} as never;
const ADDRESS = '203.0.113.9';

async function user(email: string, role: SessionUser['role']): Promise<SessionUser> {
  const u = await db.user.create({ data: { email, name: email.split('@')[0], role, passwordHash: 'x' } });
  return { id: u.id, email, name: u.name, role };
}

let n = 0;
async function article(who: SessionUser, over: Record<string, unknown> = {}) {
  n += 1;
  const out = await createArticle(db, who, {
    title: `Bridge reopens ${n}`,
    slug: `bridge-reopens-${n}`,
    standfirst: 'Traffic flows again.',
    sectionId,
    tags: ['Transport'],
    authorIds: [authorId],
    heroId,
    heroAlt: 'The bridge',
    heroCaption: 'The bridge at dawn',
    heroCredit: 'Photo: Desk',
    sourceName: 'City council',
    sourceUrl: 'https://council.example.com/bridge',
    citingName: '',
    citingUrl: '',
    language: 'en',
    body: [{ type: 'paragraph', content: [{ text: 'The bridge reopened on Monday.' }] }],
    ...over,
  });
  assert.equal(out.status, 201, JSON.stringify(out.result));
  assert.ok(out.result.ok);
  return out.result.article;
}

async function publish(id: string) {
  const row = await db.article.findUniqueOrThrow({ where: { id } });
  const out = await transitionArticle(db, users.editor, { id, baseVersion: row.version, action: 'publish' });
  assert.ok(out.result.ok, JSON.stringify(out.result));
}

const groupOf = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id } })).translationGroup;

before(async () => {
  database = await createTestDatabase({ prefix: 'translations' });
  db = database.prisma;
  await db.siteSettings.create({ data: { id: 1 } });
  sectionId = (await db.section.create({ data: { slug: 'city', name: 'City' } })).id;
  authorId = (await db.author.create({ data: { slug: 'desk', name: 'City Desk' } })).id;
  heroId = (await db.media.create({ data: { filename: 'bridge.jpg', width: 1600, height: 900, mimeType: 'image/jpeg', byteSize: 3, data: Buffer.from('abc'), alt: 'Bridge' } })).id;
  await db.tag.create({ data: { slug: 'transport', name: 'Transport' } });
  users.author = await user('author@test', 'AUTHOR');
  users.other = await user('other@test', 'AUTHOR');
  users.editor = await user('editor@test', 'EDITOR');
});

after(() => database.drop());

test('create version: a draft copy in the edition, by the person asking, in a new group shared with the original', async () => {
  const en = await article(users.author);
  const result = await createTranslation(db, users.author, en.id, 'uk', ADDRESS);
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(result.invalidate, [], 'a draft joins: nothing public changes');
  const copy = await db.article.findUniqueOrThrow({ where: { id: result.value.id }, include: { authors: true, tags: true } });
  const original = await db.article.findUniqueOrThrow({ where: { id: en.id } });
  assert.equal(copy.status, 'DRAFT');
  assert.equal(copy.language, 'uk');
  assert.equal(copy.slug, `${original.slug}-uk`);
  assert.equal(copy.createdById, users.author.id);
  for (const f of [
    'title',
    'standfirst',
    'bodyText',
    'sectionId',
    'heroId',
    'heroAlt',
    'heroCaption',
    'heroCredit',
    'sourceName',
    'sourceUrl',
    'citingName',
    'citingUrl',
  ] as const) {
    assert.equal(copy[f], original[f], f);
  }
  assert.deepEqual(copy.body, original.body);
  assert.deepEqual(
    copy.authors.map((a) => a.authorId),
    [authorId],
  );
  assert.equal(copy.tags.length, 0, 'tags are per edition: not copied');
  assert.equal(copy.featured, false);
  assert.ok(original.translationGroup && original.translationGroup === copy.translationGroup);
  assert.equal(original.version, en.version, 'the original’s version is untouched: an open editor saves on');
  assert.equal((await listRevisions(db, copy.id)).length, 1, 'the new draft has its first revision');
  const audit = await db.auditEntry.findFirstOrThrow({ where: { action: 'article.translation-create' } });
  assert.equal(audit.targetId, copy.id);
  assert.equal(audit.actorId, users.author.id);
  assert.equal(audit.address, ADDRESS);

  // The panel on both sides.
  const fromEn = await listTranslations(db, users.author, en.id);
  assert.deepEqual(
    fromEn?.versions.map((v) => [v.language, v.id, v.editable]),
    [['uk', copy.id, true]],
  );
  assert.deepEqual(
    fromEn?.missing.map((e) => e.code),
    ['ru'],
  );
  // Another author sees that there is a version, not the title of a draft they may not open.
  const asOther = await listTranslations(db, users.other, en.id);
  assert.deepEqual(
    asOther?.versions.map((v) => [v.title, v.editable]),
    [['', false]],
  );
  const fromUk = await listTranslations(db, users.editor, copy.id);
  assert.deepEqual(
    fromUk?.versions.map((v) => v.id),
    [en.id],
  );

  // One version per edition: a second Ukrainian one is refused (from either side), nothing created.
  const count = await db.article.count();
  const again = await createTranslation(db, users.author, en.id, 'uk', ADDRESS);
  assert.ok(!again.ok && again.status === 409 && /already has a Ukrainian version/.test(again.error));
  const fromCopy = await createTranslation(db, users.author, copy.id, 'en', ADDRESS);
  assert.ok(!fromCopy.ok && fromCopy.status === 409);
  assert.equal(await db.article.count(), count);
  // A third edition joins the same group; the slug is unique.
  const ru = await createTranslation(db, users.editor, copy.id, 'ru', ADDRESS);
  assert.ok(ru.ok);
  assert.equal(await groupOf(ru.value.id), original.translationGroup);
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: ru.value.id } })).slug, `${copy.slug}-ru`);
});

test('create version: only those who may edit the article; a published original expires its own page', async () => {
  const en = await article(users.author);
  const forbidden = await createTranslation(db, users.other, en.id, 'uk', ADDRESS);
  assert.ok(!forbidden.ok && forbidden.status === 403);
  assert.equal(await groupOf(en.id), null, 'nothing changed');
  const same = await createTranslation(db, users.author, en.id, 'en', ADDRESS);
  assert.ok(!same.ok && same.status === 409);
  const unknown = await createTranslation(db, users.author, en.id, 'de', ADDRESS);
  assert.ok(!unknown.ok && unknown.status === 400);

  await publish(en.id);
  // A slug taken already: another one is found.
  await db.article.update({ where: { id: en.id }, data: {} });
  const taken = await article(users.editor, { slug: `${(await db.article.findUniqueOrThrow({ where: { id: en.id } })).slug}-uk` });
  assert.ok(taken);
  const result = await createTranslation(db, users.editor, en.id, 'uk', ADDRESS);
  assert.ok(result.ok, JSON.stringify(result));
  const copy = await db.article.findUniqueOrThrow({ where: { id: result.value.id } });
  assert.match(copy.slug, /-uk-2$/);
  assert.equal(copy.createdById, users.editor.id);
  // It was cached under no group's tag: its own page.
  assert.deepEqual(result.invalidate, [`article:${en.id}`, `translations:${result.value.group}`]);
});

test('saving an article with an edition its group already has is refused with a clear message', async () => {
  const en = await article(users.author);
  const created = await createTranslation(db, users.author, en.id, 'uk', ADDRESS);
  assert.ok(created.ok);
  const row = await db.article.findUniqueOrThrow({ where: { id: en.id } });
  const out = await saveArticle(db, users.author, { id: en.id, baseVersion: row.version, input: { ...en.input, language: 'uk' } });
  assert.equal(out.status, 400);
  assert.ok(!out.result.ok && 'fieldErrors' in out.result);
  assert.match(!out.result.ok && 'fieldErrors' in out.result ? out.result.fieldErrors.language : '', /already has a Ukrainian version/);
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: en.id } })).language, 'en');
  // A free edition is fine (tags are of the old edition: drop them).
  const ok = await saveArticle(db, users.author, { id: en.id, baseVersion: row.version, input: { ...en.input, language: 'ru', tags: [] } });
  assert.equal(ok.status, 200, JSON.stringify(ok.result));
});

test('link: editors link an article of another edition (groups merge), refused on a clash; authors may not', async () => {
  const en = await article(users.author);
  const uk = await article(users.editor, { language: 'uk', tags: [] });
  const byAuthor = await linkTranslation(db, users.author, en.id, uk.id, ADDRESS);
  assert.ok(!byAuthor.ok && byAuthor.status === 403);
  const sameEdition = await article(users.editor);
  const clash = await linkTranslation(db, users.editor, en.id, sameEdition.id, ADDRESS);
  assert.ok(!clash.ok && clash.status === 409 && /also English/.test(clash.error));

  const linked = await linkTranslation(db, users.editor, en.id, uk.id, ADDRESS);
  assert.ok(linked.ok, JSON.stringify(linked));
  assert.deepEqual(linked.invalidate, [], 'drafts: nothing public changes');
  assert.ok((await groupOf(en.id)) && (await groupOf(en.id)) === (await groupOf(uk.id)));
  assert.equal(await db.auditEntry.count({ where: { action: 'article.translation-link', targetId: en.id } }), 1);
  const twice = await linkTranslation(db, users.editor, uk.id, en.id, ADDRESS);
  assert.ok(!twice.ok && /already linked/.test(twice.error));

  // A Russian article in a group with another Ukrainian version: merging would give two Ukrainian versions.
  const ru = await article(users.editor, { language: 'ru', tags: [] });
  const otherUk = await createTranslation(db, users.editor, ru.id, 'uk', ADDRESS);
  assert.ok(otherUk.ok);
  const before = [await groupOf(en.id), await groupOf(ru.id)];
  const conflict = await linkTranslation(db, users.editor, en.id, ru.id, ADDRESS);
  assert.ok(!conflict.ok && conflict.status === 409 && /Both would have a Ukrainian version/.test(conflict.error), JSON.stringify(conflict));
  assert.deepEqual([await groupOf(en.id), await groupOf(ru.id)], before, 'nothing changed');

  // A Russian article alone (or with versions that do not clash) joins, with its group.
  const ru2 = await article(users.editor, { language: 'ru', tags: [] });
  await publish(ru2.id);
  const joined = await linkTranslation(db, users.editor, uk.id, ru2.id, ADDRESS);
  assert.ok(joined.ok);
  const group = await groupOf(en.id);
  assert.equal(await groupOf(ru2.id), group);
  assert.deepEqual(joined.invalidate, [`article:${ru2.id}`, `translations:${group}`], 'a published article joins: its page and the group’s');
  assert.deepEqual(
    (await listTranslations(db, users.editor, en.id))?.versions.map((v) => v.language),
    ['uk', 'ru'],
  );
  // The link search offers articles of other editions not in the group, by title words.
  const found = await linkCandidates(db, en.id, 'bridge reop');
  assert.ok(found.length > 0);
  assert.ok(found.every((c) => c.language !== 'en' && c.id !== uk.id && c.id !== ru2.id));
  assert.deepEqual(await linkCandidates(db, en.id, ''), []);
});

test('unlink: editors only; a published article leaving expires the group’s pages; the others stay linked', async () => {
  const en = await article(users.author);
  const uk = await createTranslation(db, users.author, en.id, 'uk', ADDRESS);
  const ru = await createTranslation(db, users.author, en.id, 'ru', ADDRESS);
  assert.ok(uk.ok && ru.ok);
  await publish(en.id);
  await publish(uk.value.id);
  const group = uk.value.group;

  const byAuthor = await unlinkTranslation(db, users.author, en.id, ADDRESS);
  assert.ok(!byAuthor.ok && byAuthor.status === 403);
  const out = await unlinkTranslation(db, users.editor, uk.value.id, ADDRESS);
  assert.ok(out.ok);
  assert.deepEqual(out.invalidate, [`translations:${group}`]);
  assert.equal(await groupOf(uk.value.id), null);
  assert.equal(await groupOf(en.id), group);
  assert.equal(await groupOf(ru.value.id), group);
  assert.equal(await db.auditEntry.count({ where: { action: 'article.translation-unlink', targetId: uk.value.id } }), 1);
  const draft = await unlinkTranslation(db, users.editor, ru.value.id, ADDRESS);
  assert.ok(draft.ok);
  assert.deepEqual(draft.invalidate, [], 'a draft leaving changes nothing public');
  const again = await unlinkTranslation(db, users.editor, uk.value.id, ADDRESS);
  assert.ok(!again.ok && again.status === 409);
  // The edition is free again: a new Ukrainian version can be created.
  const fresh = await createTranslation(db, users.author, en.id, 'uk', ADDRESS);
  assert.ok(fresh.ok && fresh.value.group === group);
});
