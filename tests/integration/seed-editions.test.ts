import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

// The Ukrainian and Russian editions of the demo content: enough published
// articles in each, valid bodies in the edition's language, translation
// groups (an English original and at most one version per edition), tags and
// Background links that stay within an edition, section names per edition,
// the Edition rows' site names, and date tokens rendered in the language.

import { createTestDatabase } from '../helpers/db.ts';
import { bodySchema, bodyToText, type Body } from '../../lib/blocks/schema.ts';
import { ALL_DEMO_ARTICLES, DEMO_SECTIONS, SHOWCASE_SLUG, SHOWCASE_SLUG_RU, SHOWCASE_SLUG_UK, seedIfEmpty, wipeContent } from '../../tools/seed/index.ts';
import { BODY_LABELS, buildArticles, resolveTokens, zonedTime } from '../../tools/seed/build.ts';
import { AUTHORS, EDITION_TEXTS, TAG_LANGUAGE } from '../../tools/seed/content/site.ts';
import type { ArticleSeed } from '../../tools/seed/content/types.ts';

process.env.TEST_DATABASE_ADMIN_URL ??= 'postgresql://postgres@127.0.0.1:5432/postgres';

let database: Awaited<ReturnType<typeof createTestDatabase>>;

before(async () => {
  database = await createTestDatabase({ prefix: 'seed_editions' });
  assert.equal(await seedIfEmpty(database.prisma, { staff: false }), true);
});
after(async () => {
  await database?.drop();
});

const CYRILLIC = /[\u0400-\u04FF]/;

async function articles() {
  return database.prisma.article.findMany({ include: { tags: { include: { tag: true } }, section: true } });
}

test('each edition has its published articles: at least 40 Ukrainian over all 7 sections, 15 Russian over 4 or more', async () => {
  const all = await articles();
  const published = (language: string) => all.filter((a) => a.language === language && a.status === 'PUBLISHED');
  const uk = published('uk');
  const ru = published('ru');
  assert.ok(uk.length >= 40, `${uk.length} Ukrainian`);
  assert.ok(ru.length >= 15, `${ru.length} Russian`);
  assert.equal(new Set(uk.map((a) => a.section.slug)).size, DEMO_SECTIONS.length, 'Ukrainian covers every section');
  assert.ok(new Set(ru.map((a) => a.section.slug)).size >= 4, 'Russian covers at least 4 sections');
  for (const list of [uk, ru]) {
    const days = new Set(list.map((a) => a.publishedAt!.toISOString().slice(0, 10)));
    assert.ok(days.size >= 10, `published on ${days.size} days`);
    assert.ok(list.every((a) => a.publishedAt!.getTime() <= Date.now()));
    assert.ok(
      list.some((a) => a.featured),
      'a lead story',
    );
  }
});

test('Ukrainian and Russian articles are written in their language and their bodies pass the block schema', async () => {
  for (const a of await articles()) {
    if (a.language === 'en') continue;
    const language = a.language as 'uk' | 'ru';
    assert.match(a.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, a.slug);
    assert.ok(CYRILLIC.test(a.title) && CYRILLIC.test(a.standfirst), `${a.slug}: title and standfirst`);
    assert.ok(CYRILLIC.test(a.heroAlt) && CYRILLIC.test(a.heroCaption) && CYRILLIC.test(a.heroCredit), `${a.slug}: hero texts`);
    assert.ok(CYRILLIC.test(a.sourceName) || /^[A-Z]/.test(a.sourceName), `${a.slug}: source ${a.sourceName}`);
    assert.doesNotMatch(`${a.title} ${a.standfirst} ${a.heroCaption} ${a.bodyText}`, /\{(weekday|date|month)/i, `${a.slug}: unresolved token`);
    if (language === 'uk') assert.doesNotMatch(`${a.title} ${a.standfirst} ${a.bodyText}`, /[\u0400-\u04FF]['\u2019][\u0400-\u04FF]/, `${a.slug}: apostrophe`);

    const parsed = bodySchema.safeParse(a.body);
    assert.ok(parsed.success, `${a.slug}: ${parsed.success ? '' : parsed.error.message}`);
    const body = parsed.data as Body;
    assert.equal(a.bodyText, bodyToText(body), `${a.slug}: bodyText`);
    for (const b of body) {
      if (b.type === 'background') assert.equal(b.title, BODY_LABELS[language].background, `${a.slug}: background title`);
      if (b.type === 'labelled') assert.notEqual(b.label, 'Details', `${a.slug}: English label`);
    }
  }
});

test('translation groups: an English original and at most one version per edition; the showcase goes en → uk → ru', async () => {
  const all = await articles();
  const groups = new Map<string, typeof all>();
  for (const a of all) if (a.translationGroup) groups.set(a.translationGroup, [...(groups.get(a.translationGroup) ?? []), a]);
  assert.ok(groups.size >= 12, `${groups.size} groups`);
  for (const [group, members] of groups) {
    const languages = members.map((m) => m.language);
    assert.equal(new Set(languages).size, languages.length, `${group}: two articles in one edition`);
    assert.ok(languages.includes('en'), `${group}: no English original`);
    assert.ok(members.length >= 2, `${group}: a group of one`);
  }
  const translated = (language: string) => all.filter((a) => a.language === language && a.translationGroup).length;
  assert.ok(translated('uk') >= 12, `${translated('uk')} Ukrainian translations`);
  assert.ok(translated('ru') >= 6, `${translated('ru')} Russian translations`);
  assert.equal(all.filter((a) => !a.translationGroup && ALL_DEMO_ARTICLES.find((s) => s.slug === a.slug)?.translationOf).length, 0);

  const showcase = all.find((a) => a.slug === SHOWCASE_SLUG)!;
  const versions = groups.get(showcase.translationGroup!)!;
  assert.deepEqual(versions.map((v) => v.slug).sort(), [SHOWCASE_SLUG, SHOWCASE_SLUG_RU, SHOWCASE_SLUG_UK].sort());
  assert.deepEqual(versions.map((v) => v.language).sort(), ['en', 'ru', 'uk']);
  for (const v of versions) {
    assert.equal(v.status, 'PUBLISHED');
    assert.equal(v.featured, true, `${v.slug} leads its edition`);
    const used = new Set((v.body as { type: string }[]).map((b) => b.type));
    assert.deepEqual([...used].sort(), [...new Set((showcase.body as { type: string }[]).map((b) => b.type))].sort(), `${v.slug}: block types`);
  }
});

test('tags are per edition and an article only has tags of its own edition; Background links stay in the edition', async () => {
  const db = database.prisma;
  assert.ok((await db.tag.count({ where: { language: 'uk' } })) >= 20);
  assert.ok((await db.tag.count({ where: { language: 'ru' } })) >= 15);
  for (const t of await db.tag.findMany({ where: { language: { in: ['uk', 'ru'] } } })) {
    assert.match(t.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, t.slug);
    assert.ok(CYRILLIC.test(t.name) || /^[A-Z]/.test(t.name), `${t.slug}: ${t.name}`);
  }
  const all = await articles();
  const byId = new Map(all.map((a) => [a.id, a]));
  for (const a of all) {
    for (const { tag } of a.tags) assert.equal(tag.language, a.language, `${a.slug}: tag ${tag.slug}`);
    for (const block of a.body as Body) {
      if (block.type !== 'background') continue;
      for (const item of block.items) {
        const target = item.articleId ? byId.get(item.articleId) : undefined;
        assert.ok(target, `${a.slug}: background links a missing article`);
        assert.equal(target.language, a.language, `${a.slug}: background links ${target.slug} in another edition`);
        if (a.publishedAt) assert.ok(target.publishedAt! < a.publishedAt, `${a.slug}: background links later ${target.slug}`);
      }
    }
  }
  const linking = all.filter((a) => a.language !== 'en' && (a.body as Body).some((b) => b.type === 'background'));
  assert.ok(linking.length >= 40, `${linking.length} uk/ru articles with Background`);
});

test('sections carry Ukrainian and Russian names; the Edition rows carry the site names; authors are shared', async () => {
  const db = database.prisma;
  for (const s of await db.section.findMany()) {
    const t = s.translations as Record<string, { name?: string; description?: string }>;
    for (const language of ['uk', 'ru']) {
      assert.ok(t[language]?.name && CYRILLIC.test(t[language].name), `${s.slug}: ${language} name`);
      assert.ok(t[language]?.description && CYRILLIC.test(t[language].description), `${s.slug}: ${language} description`);
    }
  }
  const editions = await db.edition.findMany({ orderBy: { position: 'asc' } });
  assert.deepEqual(
    editions.map((e) => e.code),
    ['en', 'uk', 'ru'],
  );
  for (const e of editions) {
    if (e.code === 'en') continue;
    assert.deepEqual({ siteName: e.siteName, tagline: e.tagline }, EDITION_TEXTS[e.code as 'uk' | 'ru']);
  }
  assert.equal(await db.author.count(), AUTHORS.length);
  const authored = await db.articleAuthor.findMany({ where: { article: { language: { in: ['uk', 'ru'] } } }, distinct: ['authorId'] });
  assert.ok(authored.length >= 4, 'the same authors write in every edition');
});

test('date tokens render in the article language: weekday with its preposition, genitive dates, locative months', () => {
  const friday = zonedTime(2026, 10, 13, 12, 0); // Friday 13 November 2026, Kyiv
  const tuesday = zonedTime(2026, 10, 17, 12, 0);
  assert.equal(resolveTokens('{weekday}, {date:-3}, {month:-1}', friday), 'Friday, 10 November, October');
  assert.equal(resolveTokens('{weekday}; {weekday:-4}; {date:-3}; {month:-1}', friday, undefined, 'uk'), 'у пʼятницю; у понеділок; 10 листопада; у жовтні');
  assert.equal(resolveTokens('{Weekday} уряд', tuesday, undefined, 'uk'), 'У вівторок уряд');
  assert.equal(resolveTokens('{weekday}; {weekday:-1}; {date}; {Month:-10}', tuesday, friday, 'ru'), 'во вторник; в понедельник; 13 ноября; В январе');
  assert.equal(resolveTokens('{month:2}', friday, undefined, 'ru'), 'в январе');
});

test('the build refuses a tag, Background link or translation across editions, and a wrong apostrophe', () => {
  const known = { sections: new Set(DEMO_SECTIONS), tags: new Set(TAG_LANGUAGE.keys()), authors: new Set(AUTHORS.map((a) => a.slug)) };
  const media = () => ({ id: 'media' });
  const now = zonedTime(2026, 10, 25, 12, 0);
  const base: ArticleSeed = {
    slug: 'perevirka',
    language: 'uk',
    title: 'Перевірка',
    standfirst: 'Текст для перевірки.',
    section: 'news',
    tags: ['povin'],
    authors: ['olena-marsh'],
    at: [1, '10:00'],
    hero: 'flood',
    source: 'emergency',
    body: ['Абзац.'],
  };
  const build = (...extra: ArticleSeed[]) => buildArticles([...ALL_DEMO_ARTICLES, ...extra], now, media, known);
  assert.ok(build(base).some((a) => a.seed.slug === 'perevirka'));
  assert.throws(() => build({ ...base, tags: ['floods'] }), /tag floods belongs to the en edition/);
  assert.throws(() => build({ ...base, background: [['vessa-bursts-banks-villages-near-marlovo-evacuated', 'Раніше.']] }), /another edition/);
  assert.throws(() => build({ ...base, translationOf: SHOWCASE_SLUG }), /already has a uk translation/);
  assert.throws(() => build({ ...base, translationOf: 'no-such-article' }), /not a demo article/);
  assert.throws(() => build({ ...base, body: ["Пʼять і дев'ять."] }), /apostrophe/);
  assert.throws(() => build({ ...base, language: 'ru', tags: ['navodnenie'], body: ['Это ґанок.'] }), /Ukrainian letters/);
});

test('the whole timeline (every edition) holds at any hour: published in the past, links backwards', () => {
  const known = { sections: new Set(DEMO_SECTIONS), tags: new Set(TAG_LANGUAGE.keys()), authors: new Set(AUTHORS.map((a) => a.slug)) };
  for (const now of [zonedTime(2026, 10, 25, 0, 20), zonedTime(2026, 10, 25, 6, 0), zonedTime(2027, 2, 28, 3, 30), zonedTime(2027, 9, 31, 12, 0)]) {
    const built = buildArticles([...ALL_DEMO_ARTICLES], now, () => ({ id: 'media' }), known);
    assert.ok(built.filter((a) => a.status === 'PUBLISHED').every((a) => a.publishedAt!.getTime() < now.getTime()));
  }
});

test('wipeContent keeps the Edition rows (resetting their names) and the editions seed again', async () => {
  const db = database.prisma;
  await wipeContent(db);
  assert.equal(await db.article.count(), 0);
  assert.equal(await db.tag.count(), 0);
  const editions = await db.edition.findMany();
  assert.equal(editions.length, 3);
  assert.ok(editions.every((e) => e.siteName === '' && e.tagline === ''));
  assert.equal(await seedIfEmpty(db, { staff: false }), true);
  assert.ok((await db.article.count({ where: { language: 'uk' } })) >= 40);
  assert.equal((await db.edition.findUniqueOrThrow({ where: { code: 'uk' } })).siteName, EDITION_TEXTS.uk.siteName);
});
