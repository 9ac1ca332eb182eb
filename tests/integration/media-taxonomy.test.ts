import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { deleteMedia, MAX_UPLOAD_BYTES, MediaError, mediaUsageSummaries, processImage, updateMediaText, uploadMedia } from '../../lib/media/admin.ts';
import {
  createAuthor,
  createSection,
  createTag,
  deleteAuthor,
  deleteSection,
  deleteTag,
  listSections,
  moveSection,
  renameTag,
  reorderSections,
  TaxonomyError,
  updateAuthor,
  updateSection,
} from '../../lib/taxonomy/admin.ts';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';

// Media library and taxonomy writes against a real database.

let database: TestDatabase;
let db: PrismaClient;

before(async () => {
  database = await createTestDatabase({ prefix: 'media_taxonomy' });
  db = database.prisma;
});
after(() => database?.drop());

const png = (width: number, height: number, alpha = false) =>
  sharp({ create: { width, height, channels: alpha ? 4 : 3, background: alpha ? { r: 200, g: 30, b: 30, alpha: 0.5 } : { r: 200, g: 30, b: 30 } } })
    .png()
    .toBuffer();

async function rejects(fn: () => Promise<unknown>, check: (err: MediaError | TaxonomyError) => void) {
  await assert.rejects(fn, (err: unknown) => {
    assert.ok(err instanceof MediaError || err instanceof TaxonomyError, `expected a refused write, got ${String(err)}`);
    check(err);
    return true;
  });
}

async function article(sectionId: string, over: Record<string, unknown> = {}) {
  return db.article.create({
    data: { slug: `a-${Math.random().toString(36).slice(2, 10)}`, title: 'Harbour dredging approved', sectionId, ...over },
  });
}

test('an upload is normalised: real dimensions stored, JPEG, at most 2400 px wide', async () => {
  const item = await uploadMedia(db, { bytes: await png(40, 30), filename: 'Harbour View.PNG', alt: ' The harbour ' });
  assert.equal(item.width, 40);
  assert.equal(item.height, 30);
  assert.equal(item.mimeType, 'image/jpeg');
  assert.equal(item.filename, 'harbour-view.jpg');
  assert.equal(item.alt, 'The harbour');
  const row = await db.media.findUniqueOrThrow({ where: { id: item.id } });
  assert.equal(row.byteSize, row.data.byteLength);
  const meta = await sharp(row.data).metadata();
  assert.equal(meta.format, 'jpeg');
  assert.deepEqual([meta.width, meta.height], [40, 30]);

  const wide = await processImage(await png(3000, 100), 'wide.png');
  assert.deepEqual([wide.width, wide.height], [2400, 80]);

  const transparent = await processImage(await png(10, 10, true), 'logo.png');
  assert.equal(transparent.mimeType, 'image/webp');
  assert.equal(transparent.filename, 'logo.webp');
});

test('an upload is auto-rotated from its EXIF orientation', async () => {
  const rotated = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#336699' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();
  const out = await processImage(rotated, 'phone.jpg');
  assert.deepEqual([out.width, out.height], [20, 40]);
});

test('non-images and oversize files are refused and nothing is stored', async () => {
  const before = await db.media.count();
  await rejects(
    () => uploadMedia(db, { bytes: Buffer.from('<html>not an image</html>'), filename: 'x.png' }),
    (err) => assert.equal((err as MediaError).status, 415),
  );
  await rejects(
    () => uploadMedia(db, { bytes: Buffer.alloc(MAX_UPLOAD_BYTES + 1), filename: 'big.jpg' }),
    (err) => {
      assert.equal((err as MediaError).status, 413);
      assert.match(err.message, /10 MB/);
    },
  );
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
  await rejects(
    () => uploadMedia(db, { bytes: svg, filename: 'x.svg' }),
    (err) => assert.equal((err as MediaError).status, 415),
  );
  assert.equal(await db.media.count(), before);
});

test('alt, caption and credit edits; author photo usage reported', async () => {
  const item = await uploadMedia(db, { bytes: await png(8, 8), filename: 'p.png' });
  const author = await createAuthor(db, { name: 'Pat Photo', slug: 'pat-photo', photoId: item.id });
  const out = await updateMediaText(db, { id: item.id, alt: 'Pat', caption: 'At the desk', credit: 'Staff' });
  assert.deepEqual([out.item.alt, out.item.caption, out.item.credit], ['Pat', 'At the desk', 'Staff']);
  assert.deepEqual(out.authorIds, [author.id]);
  await rejects(
    () => updateMediaText(db, { id: item.id, alt: 'x'.repeat(301) }),
    (err) => assert.match(err.message, /Alt text/),
  );
});

test('deleting an image is refused while it is a hero, a body image or an author photo', async () => {
  const section = await createSection(db, { name: 'Media use', slug: 'media-use' });
  const hero = await uploadMedia(db, { bytes: await png(8, 8), filename: 'hero.png' });
  const inBody = await uploadMedia(db, { bytes: await png(8, 8), filename: 'body.png' });
  const photo = await uploadMedia(db, { bytes: await png(8, 8), filename: 'photo.png' });
  const unused = await uploadMedia(db, { bytes: await png(8, 8), filename: 'unused.png' });

  const a = await article(section.id, { title: 'Hero story', heroId: hero.id, heroAlt: 'x' });
  await article(section.id, {
    title: 'Body story',
    body: [
      { type: 'paragraph', content: [{ text: 'Text' }] },
      { type: 'image', mediaId: inBody.id, alt: 'x', caption: '', credit: '' },
    ],
  });
  await createAuthor(db, { name: 'Olga Photo', slug: 'olga-photo', photoId: photo.id });

  await rejects(() => deleteMedia(db, hero.id), (err) => {
    assert.equal((err as MediaError).status, 409);
    assert.match(err.message, /hero image of “Hero story”/);
  });
  await rejects(() => deleteMedia(db, inBody.id), (err) => assert.match(err.message, /body of “Body story”/));
  await rejects(() => deleteMedia(db, photo.id), (err) => assert.match(err.message, /photo of author “Olga Photo”/));
  assert.equal(await db.media.count({ where: { id: { in: [hero.id, inBody.id, photo.id] } } }), 3);

  const summaries = await mediaUsageSummaries(db, [hero.id, inBody.id, photo.id, unused.id]);
  assert.equal(summaries.get(hero.id), 'the hero image of “Hero story”');
  assert.equal(summaries.get(inBody.id), 'an image in the body of “Body story”');
  assert.equal(summaries.get(photo.id), 'the photo of author “Olga Photo”');
  assert.equal(summaries.get(unused.id), '');

  await deleteMedia(db, unused.id);
  assert.equal(await db.media.findUnique({ where: { id: unused.id } }), null);
  await rejects(() => deleteMedia(db, unused.id), (err) => assert.equal((err as MediaError).status, 404));

  // Once no longer used, it can go.
  await db.article.update({ where: { id: a.id }, data: { heroId: null } });
  await deleteMedia(db, hero.id);
});

test('sections: slug uniqueness, rename, delete only when unused', async () => {
  const s = await createSection(db, { name: 'Climate', slug: 'climate', description: 'Weather and more' });
  await rejects(() => createSection(db, { name: 'Climate 2', slug: 'climate' }), (err) => {
    assert.equal(err.field, 'slug');
    assert.match(err.message, /already used by the section “Climate”/);
  });
  await rejects(() => createSection(db, { name: '', slug: 'Bad Slug' }), (err) => assert.equal(err.field, 'name'));
  await rejects(() => createSection(db, { name: 'Ok', slug: 'Bad Slug' }), (err) => {
    assert.equal(err.field, 'slug');
    assert.match(err.message, /Slug/);
  });

  const renamed = await updateSection(db, { id: s.id, name: 'Climate & Energy', description: 'New' });
  assert.equal(renamed.name, 'Climate & Energy');
  assert.equal(renamed.slug, 'climate');

  await article(s.id);
  await rejects(() => deleteSection(db, s.id), (err) => assert.match(err.message, /cannot be deleted: 1 article is filed in it/));
  const empty = await createSection(db, { name: 'Empty', slug: 'empty' });
  await deleteSection(db, empty.id);
  assert.equal(await db.section.findUnique({ where: { id: empty.id } }), null);
});

test('sections are reordered by position', async () => {
  await db.article.deleteMany({});
  await db.section.deleteMany({});
  const a = await createSection(db, { name: 'A', slug: 'a' });
  const b = await createSection(db, { name: 'B', slug: 'b' });
  const c = await createSection(db, { name: 'C', slug: 'c' });
  assert.deepEqual([a.position, b.position, c.position], [0, 1, 2]);
  await reorderSections(db, [c.id, a.id, b.id]);
  assert.deepEqual((await listSections(db)).map((s) => s.slug), ['c', 'a', 'b']);
  await moveSection(db, b.id, 'up');
  assert.deepEqual((await listSections(db)).map((s) => s.slug), ['c', 'b', 'a']);
  await moveSection(db, c.id, 'up'); // already first: no change
  assert.deepEqual((await listSections(db)).map((s) => [s.slug, s.position]), [['c', 0], ['b', 1], ['a', 2]]);
  await rejects(() => reorderSections(db, [a.id, b.id]), (err) => assert.match(err.message, /changed meanwhile/));
});

test('tags: unique slug, rename keeps the slug, delete removes it from articles', async () => {
  const section = await createSection(db, { name: 'Tags host', slug: 'tags-host' });
  const t = await createTag(db, { name: 'Ports', slug: 'ports' });
  await rejects(() => createTag(db, { name: 'Ports again', slug: 'ports' }), (err) => assert.equal(err.field, 'slug'));
  const art = await article(section.id);
  await db.articleTag.create({ data: { articleId: art.id, tagId: t.id } });
  const renamed = await renameTag(db, { id: t.id, name: 'Seaports' });
  assert.equal(renamed.tag.slug, 'ports');
  assert.deepEqual(renamed.articleIds, [art.id]);
  const deleted = await deleteTag(db, t.id);
  assert.deepEqual(deleted.articleIds, [art.id]);
  assert.equal(await db.articleTag.count({ where: { articleId: art.id } }), 0);
  assert.ok(await db.article.findUnique({ where: { id: art.id } }), 'the article stays');
});

test('authors: unique slug, edit, delete only when no article credits them', async () => {
  const section = await createSection(db, { name: 'Authors host', slug: 'authors-host' });
  const au = await createAuthor(db, { name: 'Ivan Writer', slug: 'ivan-writer', jobTitle: 'Reporter' });
  await rejects(() => createAuthor(db, { name: 'Other', slug: 'ivan-writer' }), (err) => {
    assert.equal(err.field, 'slug');
    assert.match(err.message, /Ivan Writer/);
  });
  await rejects(() => createAuthor(db, { name: 'Other', slug: 'other', photoId: '7d0a3c8e-0000-4000-8000-000000000000' }), (err) =>
    assert.equal(err.field, 'photoId'),
  );
  const edited = await updateAuthor(db, { id: au.id, name: 'Ivan Writer', slug: 'ivan-w', jobTitle: 'Senior reporter', bio: 'Covers ports.' });
  assert.equal(edited.author.slug, 'ivan-w');
  assert.equal(edited.previousSlug, 'ivan-writer');
  const art = await article(section.id);
  await db.articleAuthor.create({ data: { articleId: art.id, authorId: au.id } });
  await rejects(() => deleteAuthor(db, au.id), (err) => assert.match(err.message, /1 article credits them/));
  await db.articleAuthor.deleteMany({ where: { authorId: au.id } });
  await deleteAuthor(db, au.id);
  assert.equal(await db.author.findUnique({ where: { id: au.id } }), null);
});
