import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { listEditions, updateEditions } from '../../lib/editions/admin.ts';
import { isReservedPrefix, RESERVED_PREFIXES } from '../../lib/editions/reserved.ts';
import { createArticle, saveArticle } from '../../lib/editorial/save.ts';
import { createSection, createTag, listTags, updateSection } from '../../lib/taxonomy/admin.ts';
import type { SessionUser } from '../../lib/auth/sessions.ts';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';

// The staff side of editions (ADR 021) against a real database: the editions
// settings (prefixes, the default, enabled), tags per edition on articles and
// in the taxonomy, and section names per edition.

let database: TestDatabase;
let db: PrismaClient;
let sectionId: string;
let editor: SessionUser;
let author: SessionUser;

/** The form as it stands after the migration: every edition, as stored. */
async function current() {
  const view = await listEditions(db);
  return {
    defaultEdition: view.defaultEdition,
    ...Object.fromEntries(
      view.editions.map((e) => [e.code, { name: e.name, prefix: e.prefix, enabled: e.enabled, position: String(e.position), siteName: e.siteName, tagline: e.tagline }]),
    ),
  } as Record<string, unknown> & { defaultEdition: string; en: Record<string, unknown>; uk: Record<string, unknown>; ru: Record<string, unknown> };
}

async function snapshot() {
  return { editions: await db.edition.findMany({ orderBy: { code: 'asc' } }), settings: await db.siteSettings.findUnique({ where: { id: 1 } }) };
}

before(async () => {
  database = await createTestDatabase({ prefix: 'editionsadmin' });
  db = database.prisma;
  await db.siteSettings.create({ data: { id: 1 } });
  sectionId = (await db.section.create({ data: { slug: 'news', name: 'News' } })).id;
  const mk = async (email: string, role: SessionUser['role']) => {
    const u = await db.user.create({ data: { email, name: email, role, passwordHash: 'x' } });
    return { id: u.id, email, name: email, role } as SessionUser;
  };
  editor = await mk('editor@test', 'EDITOR');
  author = await mk('author@test', 'AUTHOR');
});

after(() => database.drop());

test('the reserved list names every top-level route', () => {
  for (const p of [
    'news',
    'section',
    'tag',
    'author',
    'search',
    'corrections',
    'admin',
    'media',
    'og',
    'live',
    'aside',
    'beacon',
    'campaigns',
    'ad',
    'most-read',
    'feed',
    'healthz',
    'readyz',
    'unavailable',
    'redirect',
    'front',
    'api',
    'sitemap',
    'robots',
    'static',
    '_next',
  ]) {
    assert.ok(isReservedPrefix(p), p);
  }
  assert.ok(!isReservedPrefix('uk') && !isReservedPrefix('eng'));
  assert.equal(new Set(RESERVED_PREFIXES).size, RESERVED_PREFIXES.length, 'no duplicates');
});

test('editions: saves names, prefixes, order, overrides and the default in one go', async () => {
  const input = await current();
  const result = await updateEditions(db, {
    ...input,
    defaultEdition: 'uk',
    en: { ...input.en, prefix: 'eng', position: '3', siteName: 'Newsroom International' },
    uk: { ...input.uk, name: 'Українська', prefix: 'uk', position: '1', tagline: 'Новини' },
    ru: { ...input.ru, enabled: '', position: '2' },
  });
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(result.invalidate, ['site'], 'prefixes move every URL: the chrome of every page');
  const view = await listEditions(db);
  assert.equal(view.defaultEdition, 'uk');
  assert.deepEqual(
    view.editions.map((e) => [e.code, e.prefix, e.enabled, e.position]),
    [
      ['uk', 'uk', true, 1],
      ['ru', 'ru', false, 2],
      ['en', 'eng', true, 3],
    ],
  );
  assert.equal(view.editions.find((e) => e.code === 'en')?.siteName, 'Newsroom International');
  // Two editions may trade prefixes in one save.
  const again = await current();
  const swapped = await updateEditions(db, { ...again, uk: { ...again.uk, prefix: 'ru' }, ru: { ...again.ru, prefix: 'uk' } });
  assert.ok(swapped.ok, JSON.stringify(swapped));
  assert.equal((await db.edition.findUniqueOrThrow({ where: { code: 'ru' } })).prefix, 'uk');
  // Back as the migration left them.
  const back = await current();
  const restored = await updateEditions(db, {
    ...back,
    defaultEdition: 'en',
    en: { ...back.en, prefix: 'en', position: '1', siteName: '' },
    uk: { ...back.uk, prefix: 'uk', position: '2', tagline: '' },
    ru: { ...back.ru, prefix: 'ru', enabled: 'on', position: '3' },
  });
  assert.ok(restored.ok, JSON.stringify(restored));
});

test('editions: a reserved, malformed or duplicate prefix, a disabled default or nothing enabled is a 400 naming the field, and nothing is written', async () => {
  const input = await current();
  const before = await snapshot();
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ['reserved prefix', { uk: { ...input.uk, prefix: 'news' } }, 'uk.prefix', /already an address of the site/],
    ['reserved prefix (admin)', { ru: { ...input.ru, prefix: 'admin' } }, 'ru.prefix', /already an address/],
    ['malformed prefix', { uk: { ...input.uk, prefix: 'UK-1' } }, 'uk.prefix', /2 to 8 lower-case letters/],
    ['too long', { uk: { ...input.uk, prefix: 'ukrainian' } }, 'uk.prefix', /2 to 8/],
    ['duplicate prefix', { ru: { ...input.ru, prefix: 'uk' } }, 'ru.prefix', /already the Ukrainian edition’s/],
    ['disabled default', { en: { ...input.en, enabled: '' } }, 'defaultEdition', /must be enabled/],
    ['empty name', { uk: { ...input.uk, name: ' ' } }, 'uk.name', /Name is required/],
    ['bad position', { uk: { ...input.uk, position: 'first' } }, 'uk.position', /whole number/],
    ['unknown default', { defaultEdition: 'de' }, 'defaultEdition', /Choose the default edition/],
  ];
  for (const [what, change, field, message] of cases) {
    const result = await updateEditions(db, {
      ...input,
      ...change,
      en: { ...input.en, name: 'Changed' },
      ...(change.en ? { en: { ...(change.en as object), name: 'Changed' } } : {}),
    });
    assert.equal(result.ok, false, what);
    if (result.ok) continue;
    assert.equal(result.status, 400, what);
    assert.match(result.fieldErrors[field] ?? '', message, `${what}: ${JSON.stringify(result.fieldErrors)}`);
  }
  const none = await updateEditions(db, { ...input, en: { ...input.en, enabled: '' }, uk: { ...input.uk, enabled: '' }, ru: { ...input.ru, enabled: '' } });
  assert.ok(!none.ok && /At least one edition must be enabled/.test(Object.values(none.fieldErrors).join(' ')));
  // A form missing an edition (it changed meanwhile) is refused as a whole.
  const { ru: _ru, ...withoutRu } = input;
  const partial = await updateEditions(db, withoutRu);
  assert.ok(!partial.ok && partial.status === 409);
  assert.deepEqual(await snapshot(), before, 'nothing was written');
});

test('tags: created in an edition; one name per edition; the list filters by edition', async () => {
  const en = await createTag(db, { name: 'Energy', slug: 'energy', language: 'en' });
  assert.ok(en.ok && en.value.language === 'en');
  assert.deepEqual(en.ok && en.invalidate, ['latest:en']);
  const uk = await createTag(db, { name: 'Енергетика', slug: 'enerhetyka', language: 'uk' });
  assert.ok(uk.ok && uk.value.language === 'uk');
  assert.deepEqual(uk.ok && uk.invalidate, ['latest:uk']);
  const dup = await createTag(db, { name: 'енергетика', slug: 'enerhetyka-2', language: 'uk' });
  assert.ok(!dup.ok && /already has the tag/.test(dup.fieldErrors.name));
  const bad = await createTag(db, { name: 'Deutsch', slug: 'deutsch', language: 'de' });
  assert.ok(!bad.ok && bad.fieldErrors.language);
  assert.deepEqual(
    (await listTags(db, 'uk')).map((t) => t.slug),
    ['enerhetyka'],
  );
  assert.ok((await listTags(db)).length >= 2);
});

const body = [{ type: 'paragraph', content: [{ text: 'Text.' }] }];
const article = (over: Record<string, unknown> = {}) => ({ title: 'Grid repairs', slug: `grid-${Math.random().toString(36).slice(2, 8)}`, sectionId, body, ...over });

test('articles: a tag of another edition is a 400 field error and nothing is saved; new tags take the article’s edition', async () => {
  const refused = await createArticle(db, editor, article({ language: 'en', tags: ['Енергетика'] }));
  assert.equal(refused.status, 400);
  assert.ok(!refused.result.ok && refused.result.error === 'invalid');
  assert.match(!refused.result.ok && 'fieldErrors' in refused.result ? refused.result.fieldErrors.tags : '', /belongs to the Ukrainian edition/);
  assert.equal(await db.article.count(), 0);

  const uk = await createArticle(db, editor, article({ language: 'uk', tags: ['Енергетика', 'Київ'] }));
  assert.equal(uk.status, 201, JSON.stringify(uk.result));
  assert.ok(uk.result.ok);
  const kyiv = await db.tag.findFirstOrThrow({ where: { name: 'Київ' } });
  assert.equal(kyiv.language, 'uk', 'a new tag is created in the article’s edition');
  assert.equal(kyiv.slug, 'kyiv', 'with a Latin slug');

  // An English "Kyiv" tag gets a slug of its own.
  const en = await createArticle(db, editor, article({ language: 'en', tags: ['Kyiv', 'Energy'] }));
  assert.ok(en.result.ok, JSON.stringify(en.result));
  assert.deepEqual(await db.tag.findMany({ where: { name: 'Kyiv' }, select: { slug: true, language: true } }), [{ slug: 'kyiv-en', language: 'en' }]);

  // Moving an article to another edition with its old tags: refused, the article unchanged.
  const a = uk.result.article;
  const moved = await saveArticle(db, editor, { id: a.id, baseVersion: a.version, input: { ...a.input, language: 'en' } });
  assert.equal(moved.status, 400);
  assert.ok(!moved.result.ok && 'fieldErrors' in moved.result && /belongs to the Ukrainian edition/.test(moved.result.fieldErrors.tags));
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: a.id } })).language, 'uk');

  // An author may not create tags: an unknown name names the edition.
  const byAuthor = await createArticle(db, author, article({ language: 'ru', tags: ['Энергетика'] }));
  assert.ok(!byAuthor.result.ok && 'fieldErrors' in byAuthor.result && /no tag “Энергетика” in the Russian edition/.test(byAuthor.result.fieldErrors.tags));
});

test('sections: names and descriptions per edition, merged per edition; expire the chrome', async () => {
  const created = await createSection(db, { name: 'Economy', slug: 'economy', description: 'Money', translations: { uk: { name: 'Економіка', description: '' } } });
  assert.ok(created.ok, JSON.stringify(created));
  assert.deepEqual(created.invalidate, ['site']);
  const id = created.value.id;
  assert.deepEqual(created.value.translations, { uk: { name: 'Економіка', description: '' } });
  const updated = await updateSection(db, { id, name: 'Economy', description: 'Money', translations: { ru: { name: 'Экономика', description: 'Деньги' } } });
  assert.ok(updated.ok);
  assert.deepEqual(updated.invalidate, ['site', `section:${id}`]);
  assert.deepEqual((await db.section.findUniqueOrThrow({ where: { id } })).translations, {
    uk: { name: 'Економіка', description: '' },
    ru: { name: 'Экономика', description: 'Деньги' },
  });
  // Emptied: that edition shows the plain names again.
  const cleared = await updateSection(db, { id, name: 'Economy', description: 'Money', translations: { uk: { name: '', description: '' } } });
  assert.ok(cleared.ok);
  assert.deepEqual((await db.section.findUniqueOrThrow({ where: { id } })).translations, { ru: { name: 'Экономика', description: 'Деньги' } });
  const bad = await updateSection(db, { id, name: 'Economy', description: '', translations: { uk: { name: 'x'.repeat(61), description: '' } } });
  assert.ok(!bad.ok && /too long/.test(bad.fieldErrors['translations.uk.name']));
});
