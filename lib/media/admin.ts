import sharp, { type Metadata } from 'sharp';
import { z } from 'zod';
import { parseInput, refused, saved, type AdminResult } from '../admin/result';
import { tags } from '../cache/tags';
import type { PrismaClient } from '../generated/prisma/client';
import { createGate, envInt, GateFullError } from '../server/gate';

/**
 * Media library writes: upload (normalised with sharp), alt/caption/credit
 * edits and deletion (refused while the image is used). Plain functions taking
 * the database explicitly, so they can be tested without Next.js; writes
 * return an AdminResult (lib/admin/result.ts) naming the cache tags they change.
 */

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_WIDTH = 2400;
/**
 * Largest image decoded (width × height of its first frame): a 50 MP image
 * takes about 200 MB decoded, and a tiny file can claim far more pixels
 * (a "decompression bomb"). Read from the header before decoding.
 */
export const MAX_PIXELS = 50_000_000;
/** Images decoded at once in this process (MEDIA_DECODE_CONCURRENCY, default 1); at most 8 more wait. */
const decodeGate = createGate('image decode', () => ({ concurrency: envInt('MEDIA_DECODE_CONCURRENCY', 1), queue: 8 }));
export const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'gif'] as const;
export const ACCEPTED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'] as const;

/** An image sharp cannot use; `status` is the HTTP status a route should answer with. */
export class MediaError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 | 413 | 415 | 503 = 400,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'MediaError';
  }
}

export const mediaTextSchema = z.object({
  alt: z.string().trim().max(300, 'Alt text is too long (300 characters at most)').default(''),
  caption: z.string().trim().max(500, 'Caption is too long (500 characters at most)').default(''),
  credit: z.string().trim().max(200, 'Credit is too long (200 characters at most)').default(''),
});
export type MediaText = z.infer<typeof mediaTextSchema>;

const idSchema = z.uuid({ error: 'Unknown image.' });

export const mediaItemSelect = {
  id: true,
  filename: true,
  mimeType: true,
  width: true,
  height: true,
  byteSize: true,
  alt: true,
  caption: true,
  credit: true,
  createdAt: true,
} as const;

export type ProcessedImage = { filename: string; mimeType: 'image/jpeg' | 'image/webp'; width: number; height: number; byteSize: number; data: Buffer };

/** "Harbour View.PNG" → "harbour-view.jpg" (the stored file's extension follows its new type). */
export function webFilename(original: string, ext: 'jpg' | 'webp'): string {
  const base = original
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return `${base || 'image'}.${ext}`;
}

/**
 * Reads an uploaded file with sharp: refuses what is too large in bytes or
 * pixels (413, read from the header before anything is decoded) or not a
 * JPEG/PNG/WebP/AVIF/GIF image (415), then, one decode at a time per process
 * (503 when too many wait), auto-rotates it, scales it down to
 * at most 2400 px wide and re-encodes it as JPEG (WebP when it has
 * transparency). GIFs keep their first frame.
 */
export async function processImage(bytes: Uint8Array, originalName: string): Promise<ProcessedImage> {
  if (bytes.byteLength === 0) throw new MediaError('The file is empty. Choose an image.', 400, 'file');
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new MediaError('The file is too large: images may be 10 MB at most.', 413, 'file');
  let meta: Metadata;
  try {
    // Only the header is read here; without the limit, so that the pixel check below can name the size.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new MediaError('The file is not an image. Upload a JPEG, PNG, WebP, AVIF or GIF.', 415, 'file');
  }
  // sharp reports AVIF as "heif" with compression av1.
  const format = meta.format === 'heif' && meta.compression === 'av1' ? 'avif' : meta.format;
  if (!format || !(ACCEPTED_FORMATS as readonly string[]).includes(format) || !meta.width || !meta.height) {
    throw new MediaError('The file is not a supported image. Upload a JPEG, PNG, WebP, AVIF or GIF.', 415, 'file');
  }
  if (meta.width * meta.height > MAX_PIXELS) {
    throw new MediaError(`The image is too large: ${meta.width} × ${meta.height} pixels; images may have ${MAX_PIXELS / 1_000_000} megapixels at most.`, 413, 'file');
  }
  const webp = Boolean(meta.hasAlpha);
  try {
    // limitInputPixels: sharp refuses to decode more, whatever the header said.
    const pipeline = sharp(bytes, { pages: 1, limitInputPixels: MAX_PIXELS }).rotate().resize({ width: MAX_WIDTH, withoutEnlargement: true });
    const { data, info } = await decodeGate.run(() =>
      (webp ? pipeline.webp({ quality: 82 }) : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true })).toBuffer({
        resolveWithObject: true,
      }),
    );
    return {
      filename: webFilename(originalName, webp ? 'webp' : 'jpg'),
      mimeType: webp ? 'image/webp' : 'image/jpeg',
      width: info.width,
      height: info.height,
      byteSize: data.byteLength,
      data,
    };
  } catch (error) {
    if (error instanceof GateFullError) throw new MediaError('Too many images are being processed right now. Try again in a moment.', 503, 'file');
    throw new MediaError('The image could not be read (it may be damaged). Try another file.', 415, 'file');
  }
}

/** Processes and stores an upload. A new image is used nowhere yet: no public page changes. */
export async function uploadMedia(db: PrismaClient, input: { bytes: Uint8Array; filename: string } & Partial<MediaText>) {
  const text = parseInput(mediaTextSchema, { alt: input.alt ?? '', caption: input.caption ?? '', credit: input.credit ?? '' }, 'image', 'uploaded');
  if (!text.ok) return text;
  let image: ProcessedImage;
  try {
    image = await processImage(input.bytes, input.filename);
  } catch (err) {
    if (err instanceof MediaError) return refused(err.message, err.field ? { [err.field]: err.message } : {}, err.status);
    throw err;
  }
  return saved(await db.media.create({ data: { ...image, data: new Uint8Array(image.data), ...text.data }, select: mediaItemSelect }));
}

/** The library, newest first (without the bytes). */
export async function listMedia(db: PrismaClient, options: { take?: number; q?: string } = {}) {
  const q = options.q?.trim();
  return db.media.findMany({
    where: q ? { OR: [{ filename: { contains: q, mode: 'insensitive' } }, { alt: { contains: q, mode: 'insensitive' } }, { caption: { contains: q, mode: 'insensitive' } }] } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.take ?? 200,
    select: mediaItemSelect,
  });
}

/**
 * Edits alt text, caption and credit. Public pages that show the library's
 * own text (author photos) carry the image's tag.
 */
export async function updateMediaText(db: PrismaClient, input: { id: string } & Partial<MediaText>) {
  const parsed = parseInput(mediaTextSchema.extend({ id: idSchema }), input, 'image');
  if (!parsed.ok) return parsed;
  const { id, ...text } = parsed.data;
  return db.$transaction(async (tx) => {
    const existing = await tx.media.findUnique({ where: { id }, select: { id: true } });
    if (!existing) return refused('That image no longer exists.', {}, 404);
    return saved(await tx.media.update({ where: { id }, data: text, select: mediaItemSelect }), [tags.media(id)]);
  });
}

export type MediaUsage = {
  heroes: { id: string; title: string }[];
  bodies: { id: string; title: string }[];
  authors: { id: string; name: string }[];
  campaigns: { id: string; name: string }[];
};

type Db = Pick<PrismaClient, 'article' | 'author' | 'adCampaign' | '$queryRaw'>;

/** Where an image is used: as a hero, in an article body, as an author photo, by an ad campaign. */
export async function mediaUsage(db: Db, id: string): Promise<MediaUsage> {
  const [heroes, bodies, authors, campaigns] = await Promise.all([
    db.article.findMany({ where: { heroId: id }, select: { id: true, title: true }, orderBy: { title: 'asc' } }),
    // Image blocks may sit anywhere in the body JSON; a media id is a uuid, so
    // finding it as a string value anywhere in the body is exact enough.
    db.$queryRaw<{ id: string; title: string }[]>`
      SELECT id, title FROM "Article"
      WHERE jsonb_path_exists(body, '$.** ? (@ == $id)', jsonb_build_object('id', ${id}::text))
      ORDER BY title`,
    db.author.findMany({ where: { photoId: id }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.adCampaign.findMany({ where: { imageId: id }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return { heroes, bodies, authors, campaigns };
}

const quoteList = (names: string[]) => {
  const shown = names.slice(0, 3).map((n) => `“${n}”`);
  return names.length > 3 ? `${shown.join(', ')} and ${names.length - 3} more` : shown.join(', ');
};

/** "the hero of “A”; an image in the body of “B”" — or '' when unused. */
export function describeUsage(usage: MediaUsage): string {
  const parts: string[] = [];
  if (usage.heroes.length) parts.push(`the hero image of ${quoteList(usage.heroes.map((a) => a.title))}`);
  if (usage.bodies.length) parts.push(`an image in the body of ${quoteList(usage.bodies.map((a) => a.title))}`);
  if (usage.authors.length) parts.push(`the photo of author ${quoteList(usage.authors.map((a) => a.name))}`);
  if (usage.campaigns.length) parts.push(`the image of ad campaign ${quoteList(usage.campaigns.map((c) => c.name))}`);
  return parts.join('; ');
}

/** Deletes an image, unless something uses it (409 saying where); so no public page changes. */
export async function deleteMedia(db: PrismaClient, id: string): Promise<AdminResult<{ id: string; filename: string }>> {
  const parsed = parseInput(idSchema, id, 'image');
  if (!parsed.ok) return parsed;
  return db.$transaction(async (tx) => {
    // Lock the row so nothing starts using it between the check and the delete.
    const locked = await tx.$queryRaw<{ id: string; filename: string }[]>`SELECT id, filename FROM "Media" WHERE id = ${parsed.data} FOR UPDATE`;
    if (!locked.length) return refused('That image no longer exists.', {}, 404);
    const where = describeUsage(await mediaUsage(tx, parsed.data));
    if (where) return refused(`This image cannot be deleted: it is used as ${where}. Replace it there first.`, {}, 409);
    await tx.media.delete({ where: { id: parsed.data } });
    return saved(locked[0]);
  });
}

/** For the library grid: where each of `ids` is used, as a sentence ('' when unused). */
export async function mediaUsageSummaries(db: PrismaClient, ids: string[]): Promise<Map<string, string>> {
  const usage = new Map<string, MediaUsage>(ids.map((id) => [id, { heroes: [], bodies: [], authors: [], campaigns: [] }]));
  if (!ids.length) return new Map();
  const [heroes, bodies, authors, campaigns] = await Promise.all([
    db.article.findMany({ where: { heroId: { in: ids } }, select: { id: true, title: true, heroId: true }, orderBy: { title: 'asc' } }),
    db.$queryRaw<{ id: string; title: string; mediaId: string }[]>`
      SELECT DISTINCT a.id, a.title, v #>> '{}' AS "mediaId"
      FROM "Article" a, jsonb_path_query(a.body, '$.**.mediaId') v
      WHERE v #>> '{}' = ANY(${ids}::text[])
      ORDER BY a.title`,
    db.author.findMany({ where: { photoId: { in: ids } }, select: { id: true, name: true, photoId: true }, orderBy: { name: 'asc' } }),
    db.adCampaign.findMany({ where: { imageId: { in: ids } }, select: { id: true, name: true, imageId: true }, orderBy: { name: 'asc' } }),
  ]);
  for (const a of heroes) usage.get(a.heroId!)?.heroes.push(a);
  for (const a of bodies) usage.get(a.mediaId)?.bodies.push(a);
  for (const a of authors) usage.get(a.photoId!)?.authors.push(a);
  for (const c of campaigns) usage.get(c.imageId!)?.campaigns.push(c);
  return new Map([...usage].map(([id, u]) => [id, describeUsage(u)]));
}
