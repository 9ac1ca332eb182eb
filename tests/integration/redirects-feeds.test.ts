import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { createArticle } from '../../lib/editorial/save.ts';
import { transitionArticle } from '../../lib/editorial/workflow.ts';
import { saveArticle } from '../../lib/editorial/save.ts';
import type { EditableArticle } from '../../lib/editorial/types.ts';
import type { SessionUser } from '../../lib/auth/sessions.ts';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';

// Issue 11, parts 4 and 5, against a real PostgreSQL: old URLs of renamed
// articles redirect to the current one (no chains), unpublished articles are
// "gone", staff redirects are validated; feeds list what they should with
// stable ids and real enclosures; the share card follows publication.

let database: TestDatabase;
let db: PrismaClient;
let redirects: typeof import('../../lib/redirects/queries.ts');
let admin: typeof import('../../lib/redirects/admin.ts');
let feeds: typeof import('../../lib/feeds/rss.ts');
let feedQueries: typeof import('../../lib/feeds/queries.ts');
let share: typeof import('../../lib/seo/share-image.ts');
let sectionId: string;
let authorId: string;
let mediaId: string;
let editor: SessionUser;

const para = (text: string) => [{ type: 'paragraph', content: [{ text }] }];

async function published(slug: string, extra: Record<string, unknown> = {}): Promise<EditableArticle> {
  const made = await createArticle(db, editor, {
    title: `Story ${slug}`,
    slug,
    standfirst: 'Standfirst.',
    sectionId,
    tags: ['Ferries'],
    authorIds: [authorId],
    body: para('Text.'),
    ...extra,
  });
  assert.ok(made.result.ok, JSON.stringify(made.result));
  const pub = await transitionArticle(db, editor, { id: made.result.article.id, baseVersion: made.result.article.version, action: 'publish' });
  assert.ok(pub.result.ok, JSON.stringify(pub.result));
  return pub.result.article;
}

/** Saves a new slug of a live article (pending) and makes it live, as an editor does. */
async function rename(a: EditableArticle, slug: string): Promise<EditableArticle> {
  const saved = await saveArticle(db, editor, { id: a.id, baseVersion: a.version, input: { ...a.input, slug } });
  assert.ok(saved.result.ok, JSON.stringify(saved.result));
  const up = await transitionArticle(db, editor, { id: a.id, baseVersion: saved.result.article.version, action: 'update' });
  assert.ok(up.result.ok, JSON.stringify(up.result));
  assert.ok(up.invalidate.includes(`article:${a.id}`), 'the rename expires the article, so its old URL is looked up again');
  return up.result.article;
}

async function move(a: EditableArticle, action: 'publish' | 'unpublish'): Promise<EditableArticle> {
  const r = await transitionArticle(db, editor, { id: a.id, baseVersion: a.version, action });
  assert.ok(r.result.ok, JSON.stringify(r.result));
  return r.result.article;
}

before(async () => {
  database = await createTestDatabase({ prefix: 'h_feeds_it' });
  db = database.prisma;
  await db.siteSettings.create({ data: { id: 1, timeZone: 'Europe/Kyiv', siteUrl: 'https://news.example', siteName: 'Meridian' } });
  sectionId = (await db.section.create({ data: { slug: 'news', name: 'News' } })).id;
  authorId = (await db.author.create({ data: { slug: 'ana', name: 'Ana Author' } })).id;
  mediaId = (await db.media.create({ data: { filename: 'photo.webp', mimeType: 'image/webp', width: 1200, height: 800, byteSize: 4321, data: Buffer.alloc(16) } })).id;
  const u = await db.user.create({ data: { email: 'editor@test', name: 'Eve Editor', role: 'EDITOR', passwordHash: 'not-used-here' } });
  editor = { id: u.id, email: u.email, name: u.name, role: 'EDITOR' };
  process.env.DATABASE_URL = database.url;
  redirects = await import('../../lib/redirects/queries.ts');
  admin = await import('../../lib/redirects/admin.ts');
  feeds = await import('../../lib/feeds/rss.ts');
  feedQueries = await import('../../lib/feeds/queries.ts');
  share = await import('../../lib/seo/share-image.ts');
});

after(async () => {
  const { db: appDb } = await import('../../lib/db/client.ts');
  await appDb().$disconnect();
  await database.drop();
});

test('a renamed article: every old URL leads straight to the current one; unpublished, all of them are gone', async () => {
  let a = await published('harbour-reopens');
  const first = a.publicPath!;
  assert.equal(await redirects.resolveMissingPath(first), null, 'the live URL itself needs no redirect');

  a = await rename(a, 'harbour-reopens-after-storm');
  const second = a.publicPath!;
  assert.notEqual(second, first);
  assert.deepEqual(await redirects.resolveMissingPath(first), { kind: 'moved', to: second });
  assert.deepEqual(await redirects.resolveMissingPath(`${first}/`), { kind: 'moved', to: second }, 'a trailing slash is the same path');

  a = await rename(a, 'harbour-reopens-on-monday');
  const third = a.publicPath!;
  assert.deepEqual(await redirects.resolveMissingPath(first), { kind: 'moved', to: third }, 'no chain: the first URL goes to the current one');
  assert.deepEqual(await redirects.resolveMissingPath(second), { kind: 'moved', to: third });
  const rows = await db.redirect.findMany({ where: { articleId: a.id }, orderBy: { createdAt: 'asc' } });
  assert.deepEqual(
    rows.map((r) => [r.fromPath, r.kind, r.toPath]),
    [
      [first, 'AUTO', null],
      [second, 'AUTO', null],
    ],
  );

  // Back to the first slug: its redirect goes (the article lives there again), the others lead to it.
  a = await rename(a, 'harbour-reopens');
  assert.equal(a.publicPath, first);
  assert.equal(await redirects.resolveMissingPath(first), null);
  assert.deepEqual(await redirects.resolveMissingPath(third), { kind: 'moved', to: first });
  assert.equal(await db.redirect.count({ where: { fromPath: first } }), 0);

  a = await move(a, 'unpublish');
  for (const path of [first, second, third]) assert.deepEqual(await redirects.resolveMissingPath(path), { kind: 'gone' }, path);
  a = await move(a, 'publish');
  assert.equal(a.publicPath, first, 'republishing keeps the date in the URL');
  assert.deepEqual(await redirects.resolveMissingPath(second), { kind: 'moved', to: first });
});

test('unknown paths and never-published drafts are 404s, not 410s', async () => {
  assert.equal(await redirects.resolveMissingPath('/news/2026/01/01/no-such-story'), null);
  assert.equal(await redirects.resolveMissingPath('/no/such/page'), null);
  const draft = await createArticle(db, editor, { title: 'Draft', slug: 'secret-draft', sectionId, body: para('x') });
  assert.ok(draft.result.ok);
  assert.equal(await redirects.resolveMissingPath('/news/2026/01/01/secret-draft'), null);
});

test('staff redirects: validated, no chains or loops, article targets follow the article', async () => {
  const target = await published('council-budget');
  const bad = await admin.createRedirect(db, editor, { fromPath: 'elections', toPath: 'https://evil.example/' });
  assert.equal(bad.ok, false);
  assert.ok(!bad.ok && bad.status === 400 && bad.fieldErrors.fromPath && bad.fieldErrors.toPath, JSON.stringify(bad));

  const made = await admin.createRedirect(db, editor, { fromPath: '/elections-2026/', toPath: target.publicPath });
  assert.ok(made.ok, JSON.stringify(made));
  assert.deepEqual(made.invalidate, ['redirects']);
  const row = await db.redirect.findUniqueOrThrow({ where: { fromPath: '/elections-2026' } });
  assert.equal(row.articleId, target.id, 'an article URL is stored as the article');
  assert.equal(row.kind, 'STAFF');
  assert.equal(row.createdById, editor.id);

  const renamed = await rename(target, 'council-budget-approved');
  assert.deepEqual(await redirects.resolveMissingPath('/elections-2026'), { kind: 'moved', to: renamed.publicPath });

  const dup = await admin.createRedirect(db, editor, { fromPath: '/elections-2026', toPath: '/section/news' });
  assert.ok(!dup.ok && dup.status === 409 && dup.fieldErrors.fromPath);
  const live = await admin.createRedirect(db, editor, { fromPath: renamed.publicPath, toPath: '/section/news' });
  assert.ok(!live.ok && live.status === 409 && live.fieldErrors.fromPath, 'a live article is never hidden by a redirect');
  const noArticle = await admin.createRedirect(db, editor, { fromPath: '/old-x', toPath: '/news/2020/01/01/nothing-here' });
  assert.ok(!noArticle.ok && noArticle.fieldErrors.toPath);

  const plain = await admin.createRedirect(db, editor, { fromPath: '/about-us', toPath: '/section/news' });
  assert.ok(plain.ok);
  assert.deepEqual(await redirects.resolveMissingPath('/about-us'), { kind: 'moved', to: '/section/news' });
  const chain = await admin.createRedirect(db, editor, { fromPath: '/team', toPath: '/about-us' });
  assert.ok(!chain.ok && chain.status === 409 && chain.fieldErrors.toPath, JSON.stringify(chain));
  const loop = await admin.createRedirect(db, editor, { fromPath: '/section/news', toPath: '/about-us' });
  assert.ok(!loop.ok && loop.status === 409, JSON.stringify(loop));

  const list = await admin.listRedirects(db);
  assert.ok(list.some((r) => r.fromPath === '/elections-2026' && r.to === renamed.publicPath && r.articleTitle));
  const removed = await admin.deleteRedirect(db, plain.ok ? plain.value.id : '');
  assert.ok(removed.ok);
  assert.equal(await redirects.resolveMissingPath('/about-us'), null);
  const again = await admin.deleteRedirect(db, plain.ok ? plain.value.id : '');
  assert.ok(!again.ok && again.status === 404);
  const junk = await admin.deleteRedirect(db, 'not-an-id');
  assert.ok(!junk.ok && junk.status === 400);
});

test('feeds: section, tag and author list their published stories; guid is the id; enclosures are the stored image', async () => {
  const withHero = await published('ferry-photo', { heroId: mediaId, heroAlt: 'A ferry' });
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
  for (const scope of [{ kind: 'section', slug: 'news' }, { kind: 'tag', slug: 'ferries' }, { kind: 'author', slug: 'ana' }, { kind: 'site' }] as const) {
    const rss = await feeds.buildFeed(scope, 'rss');
    assert.ok(rss, scope.kind);
    assert.equal(XMLValidator.validate(rss.body), true, scope.kind);
    const items = [parser.parse(rss.body).rss.channel.item].flat();
    const item = items.find((i) => i.guid['#text'] === withHero.id);
    assert.ok(item, `${scope.kind} lists the story`);
    assert.equal(item.guid['@isPermaLink'], 'false');
    assert.equal(item.enclosure['@type'], 'image/webp');
    assert.equal(item.enclosure['@length'], '4321');
    assert.ok(!rss.body.includes('secret-draft'), 'drafts never appear');
  }
  assert.equal(await feeds.buildFeed({ kind: 'tag', slug: 'no-such-tag' }, 'rss'), null);
  assert.equal(await feedQueries.getFeedData({ kind: 'author', slug: 'nobody' }), null);

  const atom = (await feeds.buildFeed({ kind: 'site' }, 'atom'))!;
  assert.equal(XMLValidator.validate(atom.body), true);
  assert.ok(atom.body.includes(`<id>urn:uuid:${withHero.id}</id>`));
  const json = JSON.parse((await feeds.buildFeed({ kind: 'site' }, 'json'))!.body);
  assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
  const before = json.items.find((i: { id: string }) => i.id === withHero.id);
  assert.ok(before);

  // A new slug: same guid, new link.
  const renamed = await rename(withHero, 'ferry-photo-renamed');
  const after = JSON.parse((await feeds.buildFeed({ kind: 'site' }, 'json'))!.body).items.find((i: { id: string }) => i.id === withHero.id);
  assert.equal(after.url, `https://news.example${renamed.publicPath}`);
  assert.notEqual(after.url, before.url);
});

test('share card: published articles only', async () => {
  const a = await published('card-story');
  assert.deepEqual(await share.getShareCard(a.id), { title: 'Story card-story', section: 'News', siteName: 'Meridian' });
  assert.match(share.shareImagePath({ id: a.id, publishedAt: new Date(a.publishedAt!), updatedAt: null }), new RegExp(`^/og/${a.id}\\.png\\?v=[0-9a-z]+$`));
  assert.equal(share.shareImageId(`${a.id}.png`), a.id);
  assert.equal(share.shareImageId('../../etc/passwd.png'), null);
  await move(a, 'unpublish');
  assert.equal(await share.getShareCard(a.id), null);
});

test('an article of another edition: its public path and the redirect from its old URL carry the edition’s prefix', async () => {
  let a = await published('mist-vidkryly', { language: 'uk', tags: [] });
  const first = a.publicPath!;
  assert.match(first, /^\/uk\/news\/\d{4}\/\d{2}\/\d{2}\/mist-vidkryly$/);
  a = await rename(a, 'mist-vidkryly-pislia-remontu');
  assert.equal(a.publicPath, first.replace('mist-vidkryly', 'mist-vidkryly-pislia-remontu'));
  assert.deepEqual(await redirects.resolveMissingPath(first), { kind: 'moved', to: a.publicPath });
  await move(a, 'unpublish');
});

test('staff redirects to and from an article of another edition know its prefixed URL', async () => {
  const a = await published('porom-povernuvsia', { language: 'uk', tags: [] });
  const path = a.publicPath!;
  assert.match(path, /^\/uk\/news\//);
  const made = await admin.createRedirect(db, editor, { fromPath: '/uk/porom', toPath: path });
  assert.ok(made.ok, JSON.stringify(made));
  assert.equal((await db.redirect.findUniqueOrThrow({ where: { fromPath: '/uk/porom' } })).articleId, a.id, 'stored as the article, so it follows a rename');
  const listed = (await admin.listRedirects(db)).find((r) => r.fromPath === '/uk/porom');
  assert.equal(listed?.to, path, 'the list shows the article’s URL with its edition’s prefix');
  const over = await admin.createRedirect(db, editor, { fromPath: path, toPath: '/uk' });
  assert.ok(!over.ok && over.status === 409 && over.fieldErrors.fromPath, 'a live Ukrainian article is never hidden by a redirect');
  const unprefixed = await admin.createRedirect(db, editor, { fromPath: '/porom-en', toPath: path.slice('/uk'.length) });
  assert.ok(!unprefixed.ok && unprefixed.fieldErrors.toPath, 'its path without the prefix is not its address');
  const renamed = await rename(a, 'porom-povernuvsia-na-liniiu');
  assert.deepEqual(await redirects.resolveMissingPath('/uk/porom'), { kind: 'moved', to: renamed.publicPath });
  await move(renamed, 'unpublish');
});

test('share card: in the article’s edition (its section name and site name)', async () => {
  await db.section.update({ where: { id: sectionId }, data: { translations: { uk: { name: 'Новини' } } } });
  await db.edition.update({ where: { code: 'uk' }, data: { siteName: 'Меридіан' } });
  const a = await published('kartka', { language: 'uk', title: 'Міст відкрили', tags: [] });
  assert.deepEqual(await share.getShareCard(a.id), { title: 'Міст відкрили', section: 'Новини', siteName: 'Меридіан' });
  await move(a, 'unpublish');
  await db.section.update({ where: { id: sectionId }, data: { translations: {} } });
});
