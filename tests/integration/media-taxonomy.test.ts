import { after, before, test } from 'node:test';
import zlib from 'node:zlib';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import type { AdminResult } from '../../lib/admin/result.ts';
import { deleteMedia, MAX_PIXELS, MAX_UPLOAD_BYTES, MediaError, mediaUsageSummaries, processImage, updateMediaText, uploadMedia } from '../../lib/media/admin.ts';
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

type Refusal = { message: string; field?: string; status: number };

/** A refused write (returned, or an image sharp threw out): the message of its field, or of the whole. */
async function rejects(fn: () => Promise<AdminResult<unknown>>, check: (err: Refusal) => void) {
  let refusal: Refusal;
  try {
    const result = await fn();
    assert.ok(!result.ok, `expected a refused write, got ${JSON.stringify(result)}`);
    const field = Object.keys(result.fieldErrors)[0];
    refusal = { message: field ? result.fieldErrors[field] : result.error, field, status: result.status };
  } catch (err) {
    assert.ok(err instanceof MediaError, `expected a refused write, got ${String(err)}`);
    refusal = { message: err.message, field: err.field, status: err.status };
  }
  check(refusal);
}

/** The value of a write that must succeed. */
async function ok<T>(pending: Promise<AdminResult<T>>): Promise<T & {}> {
  const result = await pending;
  assert.ok(result.ok, `expected the write to succeed: ${JSON.stringify(result)}`);
  return result.value as T & {};
}

async function article(sectionId: string, over: Record<string, unknown> = {}) {
  return db.article.create({
    data: { slug: `a-${Math.random().toString(36).slice(2, 10)}`, title: 'Harbour dredging approved', sectionId, ...over },
  });
}

test('an upload is normalised: real dimensions stored, JPEG, at most 2400 px wide', async () => {
  const item = await ok(uploadMedia(db, { bytes: await png(40, 30), filename: 'Harbour View.PNG', alt: ' The harbour ' }));
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
    (err) => assert.equal(err.status, 415),
  );
  await rejects(
    () => uploadMedia(db, { bytes: Buffer.alloc(MAX_UPLOAD_BYTES + 1), filename: 'big.jpg' }),
    (err) => {
      assert.equal(err.status, 413);
      assert.match(err.message, /10 MB/);
    },
  );
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
  await rejects(
    () => uploadMedia(db, { bytes: svg, filename: 'x.svg' }),
    (err) => assert.equal(err.status, 415),
  );
  assert.equal(await db.media.count(), before);
});

/** A PNG whose header claims `width` × `height` (the classic decompression bomb: a tiny file, a huge decode). */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const real = Buffer.from(await png(8, 8));
  // IHDR is the first chunk: length (4) "IHDR" (4) width (4) height (4) ... CRC over type + data.
  real.writeUInt32BE(width, 16);
  real.writeUInt32BE(height, 20);
  real.writeUInt32BE(zlib.crc32(real.subarray(12, 29)), 29);
  return real;
}

test(`decompression bombs: images over ${MAX_PIXELS / 1e6} megapixels are refused (413) before they are decoded`, async () => {
  const before = await db.media.count();
  const header = await pngClaiming(100_000, 100_000);
  assert.ok(header.byteLength < 1000);
  await rejects(
    () => uploadMedia(db, { bytes: header, filename: 'bomb.png' }),
    (err) => {
      assert.equal(err.status, 413);
      assert.equal(err.message, 'The image is too large: 100000 × 100000 pixels; images may have 50 megapixels at most.');
    },
  );
  // A real one: 8000 × 7000 grey pixels (56 MP, 224 MB decoded as RGBA) compress to a small PNG.
  const real = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: '#808080' } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  assert.ok(real.byteLength < MAX_UPLOAD_BYTES);
  const rss = process.memoryUsage().rss;
  await rejects(
    () => uploadMedia(db, { bytes: real, filename: 'grey.png' }),
    (err) => assert.equal(err.status, 413),
  );
  assert.ok(process.memoryUsage().rss - rss < 50 * 1024 * 1024, 'refused without decoding it');
  // Just under the limit is fine (7000 × 7000 = 49 MP).
  const header49 = await pngClaiming(7000, 7000);
  await assert.rejects(
    () => processImage(header49, 'claims-49mp.png'),
    (err) => err instanceof MediaError && err.status === 415, // passes the pixel check, then fails to decode the missing data
  );
  assert.equal(await db.media.count(), before);
});

test('alt, caption and credit edits; author photo usage reported', async () => {
  const item = await ok(uploadMedia(db, { bytes: await png(8, 8), filename: 'p.png' }));
  const author = await ok(createAuthor(db, { name: 'Pat Photo', slug: 'pat-photo', photoId: item.id }));
  const out = await updateMediaText(db, { id: item.id, alt: 'Pat', caption: 'At the desk', credit: 'Staff' });
  assert.ok(out.ok);
  assert.deepEqual([out.value.alt, out.value.caption, out.value.credit], ['Pat', 'At the desk', 'Staff']);
  // The author page showing the photo is tagged with the image (lib/articles/queries.ts getListing).
  assert.deepEqual(out.invalidate, [`media:${item.id}`]);
  assert.ok(author.photoId === item.id);
  await rejects(
    () => updateMediaText(db, { id: item.id, alt: 'x'.repeat(301) }),
    (err) => assert.match(err.message, /Alt text/),
  );
});

test('deleting an image is refused while it is a hero, a body image or an author photo', async () => {
  const section = await ok(createSection(db, { name: 'Media use', slug: 'media-use' }));
  const hero = await ok(uploadMedia(db, { bytes: await png(8, 8), filename: 'hero.png' }));
  const inBody = await ok(uploadMedia(db, { bytes: await png(8, 8), filename: 'body.png' }));
  const photo = await ok(uploadMedia(db, { bytes: await png(8, 8), filename: 'photo.png' }));
  const unused = await ok(uploadMedia(db, { bytes: await png(8, 8), filename: 'unused.png' }));

  const a = await article(section.id, { title: 'Hero story', heroId: hero.id, heroAlt: 'x' });
  await article(section.id, {
    title: 'Body story',
    body: [
      { type: 'paragraph', content: [{ text: 'Text' }] },
      { type: 'image', mediaId: inBody.id, alt: 'x', caption: '', credit: '' },
    ],
  });
  await ok(createAuthor(db, { name: 'Olga Photo', slug: 'olga-photo', photoId: photo.id }));

  await rejects(
    () => deleteMedia(db, hero.id),
    (err) => {
      assert.equal(err.status, 409);
      assert.match(err.message, /hero image of “Hero story”/);
    },
  );
  await rejects(
    () => deleteMedia(db, inBody.id),
    (err) => assert.match(err.message, /body of “Body story”/),
  );
  await rejects(
    () => deleteMedia(db, photo.id),
    (err) => assert.match(err.message, /photo of author “Olga Photo”/),
  );
  assert.equal(await db.media.count({ where: { id: { in: [hero.id, inBody.id, photo.id] } } }), 3);

  const summaries = await mediaUsageSummaries(db, [hero.id, inBody.id, photo.id, unused.id]);
  assert.equal(summaries.get(hero.id), 'the hero image of “Hero story”');
  assert.equal(summaries.get(inBody.id), 'an image in the body of “Body story”');
  assert.equal(summaries.get(photo.id), 'the photo of author “Olga Photo”');
  assert.equal(summaries.get(unused.id), '');

  await ok(deleteMedia(db, unused.id));
  assert.equal(await db.media.findUnique({ where: { id: unused.id } }), null);
  await rejects(
    () => deleteMedia(db, unused.id),
    (err) => assert.equal(err.status, 404),
  );

  // Once no longer used, it can go.
  await db.article.update({ where: { id: a.id }, data: { heroId: null } });
  await ok(deleteMedia(db, hero.id));
});

test('sections: slug uniqueness, rename, delete only when unused', async () => {
  const s = await ok(createSection(db, { name: 'Climate', slug: 'climate', description: 'Weather and more' }));
  await rejects(
    () => createSection(db, { name: 'Climate 2', slug: 'climate' }),
    (err) => {
      assert.equal(err.field, 'slug');
      assert.match(err.message, /already used by the section “Climate”/);
    },
  );
  await rejects(
    () => createSection(db, { name: '', slug: 'Bad Slug' }),
    (err) => assert.equal(err.field, 'name'),
  );
  await rejects(
    () => createSection(db, { name: 'Ok', slug: 'Bad Slug' }),
    (err) => {
      assert.equal(err.field, 'slug');
      assert.match(err.message, /Slug/);
    },
  );

  const renamed = await ok(updateSection(db, { id: s.id, name: 'Climate & Energy', description: 'New' }));
  assert.equal(renamed.name, 'Climate & Energy');
  assert.equal(renamed.slug, 'climate');

  await article(s.id);
  await rejects(
    () => deleteSection(db, s.id),
    (err) => assert.match(err.message, /cannot be deleted: 1 article is filed in it/),
  );
  const empty = await ok(createSection(db, { name: 'Empty', slug: 'empty' }));
  await ok(deleteSection(db, empty.id));
  assert.equal(await db.section.findUnique({ where: { id: empty.id } }), null);
});

test('sections are reordered by position', async () => {
  await db.article.deleteMany({});
  await db.section.deleteMany({});
  const a = await ok(createSection(db, { name: 'A', slug: 'a' }));
  const b = await ok(createSection(db, { name: 'B', slug: 'b' }));
  const c = await ok(createSection(db, { name: 'C', slug: 'c' }));
  assert.deepEqual([a.position, b.position, c.position], [0, 1, 2]);
  await ok(reorderSections(db, [c.id, a.id, b.id]));
  assert.deepEqual(
    (await listSections(db)).map((s) => s.slug),
    ['c', 'a', 'b'],
  );
  await ok(moveSection(db, b.id, 'up'));
  assert.deepEqual(
    (await listSections(db)).map((s) => s.slug),
    ['c', 'b', 'a'],
  );
  await ok(moveSection(db, c.id, 'up')); // already first: no change
  assert.deepEqual(
    (await listSections(db)).map((s) => [s.slug, s.position]),
    [
      ['c', 0],
      ['b', 1],
      ['a', 2],
    ],
  );
  await rejects(
    () => reorderSections(db, [a.id, b.id]),
    (err) => assert.match(err.message, /changed meanwhile/),
  );
});

test('tags: unique slug, rename keeps the slug, delete removes it from articles', async () => {
  const section = await ok(createSection(db, { name: 'Tags host', slug: 'tags-host' }));
  const t = await ok(createTag(db, { name: 'Ports', slug: 'ports' }));
  await rejects(
    () => createTag(db, { name: 'Ports again', slug: 'ports' }),
    (err) => assert.equal(err.field, 'slug'),
  );
  const art = await article(section.id);
  await db.articleTag.create({ data: { articleId: art.id, tagId: t.id } });
  // Article pages showing the tag carry its cache tag: renaming or deleting it names only that.
  const renamed = await renameTag(db, { id: t.id, name: 'Seaports' });
  assert.ok(renamed.ok);
  assert.equal(renamed.value.slug, 'ports');
  assert.deepEqual(renamed.invalidate, [`tag:${t.id}`]);
  const deleted = await deleteTag(db, t.id);
  assert.ok(deleted.ok);
  assert.equal(deleted.value.articles, 1);
  assert.deepEqual(deleted.invalidate, [`tag:${t.id}`]);
  assert.equal(await db.articleTag.count({ where: { articleId: art.id } }), 0);
  assert.ok(await db.article.findUnique({ where: { id: art.id } }), 'the article stays');
});

test('authors: unique slug, edit, delete only when no article credits them', async () => {
  const section = await ok(createSection(db, { name: 'Authors host', slug: 'authors-host' }));
  const au = await ok(createAuthor(db, { name: 'Ivan Writer', slug: 'ivan-writer', jobTitle: 'Reporter' }));
  await rejects(
    () => createAuthor(db, { name: 'Other', slug: 'ivan-writer' }),
    (err) => {
      assert.equal(err.field, 'slug');
      assert.match(err.message, /Ivan Writer/);
    },
  );
  await rejects(
    () => createAuthor(db, { name: 'Other', slug: 'other', photoId: '7d0a3c8e-0000-4000-8000-000000000000' }),
    (err) => assert.equal(err.field, 'photoId'),
  );
  const edited = await ok(updateAuthor(db, { id: au.id, name: 'Ivan Writer', slug: 'ivan-w', jobTitle: 'Senior reporter', bio: 'Covers ports.' }));
  assert.equal(edited.author.slug, 'ivan-w');
  assert.equal(edited.previousSlug, 'ivan-writer');
  // Bylines on article pages and the author page carry the author's tag: that is all an edit names.
  const again = await updateAuthor(db, { id: au.id, name: 'Ivan W.', slug: 'ivan-w' });
  assert.ok(again.ok);
  assert.deepEqual(again.invalidate, [`author:${au.id}`]);
  const art = await article(section.id);
  await db.articleAuthor.create({ data: { articleId: art.id, authorId: au.id } });
  await rejects(
    () => deleteAuthor(db, au.id),
    (err) => assert.match(err.message, /1 article credits them/),
  );
  await db.articleAuthor.deleteMany({ where: { authorId: au.id } });
  await ok(deleteAuthor(db, au.id));
  assert.equal(await db.author.findUnique({ where: { id: au.id } }), null);
});
