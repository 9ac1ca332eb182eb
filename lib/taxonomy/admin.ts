import { z } from 'zod';
import { SLUG_PATTERN } from '../editorial/input';
import type { PrismaClient } from '../generated/prisma/client';

/**
 * Sections, tags and authors: the admin's writes. Plain functions taking the
 * database explicitly (no Next.js), validated with zod, transactional. Each
 * returns what the caller needs to invalidate the public caches.
 */

/** A refused write; `field` names the form field the message belongs to. */
export class TaxonomyError extends Error {
  constructor(
    message: string,
    readonly field?: string,
    readonly status: 400 | 404 | 409 = 400,
  ) {
    super(message);
    this.name = 'TaxonomyError';
  }
}

const slugSchema = z
  .string()
  .trim()
  .min(1, 'Slug is required')
  .max(80, 'Slug is too long (80 characters at most)')
  .regex(SLUG_PATTERN, 'Slug: use lower-case letters, digits and single hyphens');
const nameSchema = (what: string, max: number) =>
  z.string().trim().min(1, `${what} is required`).max(max, `${what} is too long (${max} characters at most)`);
const idOf = (what: string) => z.uuid({ error: `Unknown ${what}.` });

export const sectionInputSchema = z.object({
  name: nameSchema('Name', 60),
  slug: slugSchema,
  description: z.string().trim().max(500, 'Description is too long (500 characters at most)').default(''),
});
export const sectionUpdateSchema = sectionInputSchema.omit({ slug: true }).extend({ id: idOf('section') });
export const tagInputSchema = z.object({ name: nameSchema('Name', 60), slug: slugSchema });
export const tagRenameSchema = z.object({ id: idOf('tag'), name: nameSchema('Name', 60) });
export const authorInputSchema = z.object({
  name: nameSchema('Name', 120),
  slug: slugSchema,
  jobTitle: z.string().trim().max(120, 'Job title is too long (120 characters at most)').default(''),
  bio: z.string().trim().max(2000, 'Bio is too long (2000 characters at most)').default(''),
  photoId: z
    .union([z.uuid({ error: 'Photo: choose an image from the library' }), z.literal('')])
    .nullable()
    .default(null)
    .transform((v) => v || null),
});
export const authorUpdateSchema = authorInputSchema.extend({ id: idOf('author') });

export type SectionInput = z.input<typeof sectionInputSchema>;
export type AuthorInput = z.input<typeof authorInputSchema>;

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TaxonomyError(issue.message, issue.path.length ? String(issue.path[0]) : undefined);
  }
  return parsed.data;
}

/** Every field error at once (for forms), keyed by field name. */
export function fieldErrorsOf(schema: z.ZodType, input: unknown): Record<string, string> | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return null;
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) out[String(issue.path[0] ?? 'form')] ??= issue.message;
  return out;
}

const isUniqueViolation = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: string }).code === 'P2002';

// ---------------------------------------------------------------------------
// Sections

export async function listSections(db: PrismaClient) {
  return db.section.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, description: true, position: true, _count: { select: { articles: true } } },
  });
}

export async function createSection(db: PrismaClient, input: SectionInput) {
  const data = parse(sectionInputSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const clash = await tx.section.findUnique({ where: { slug: data.slug }, select: { name: true } });
      if (clash) throw new TaxonomyError(`Slug “${data.slug}” is already used by the section “${clash.name}”.`, 'slug', 409);
      const last = await tx.section.aggregate({ _max: { position: true } });
      return tx.section.create({ data: { ...data, position: (last._max.position ?? -1) + 1 } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new TaxonomyError(`Slug “${data.slug}” is already used by another section.`, 'slug', 409);
    throw err;
  }
}

/** Renames a section and/or edits its description (the slug, part of public URLs, stays). */
export async function updateSection(db: PrismaClient, input: z.input<typeof sectionUpdateSchema>) {
  const { id, ...data } = parse(sectionUpdateSchema, input);
  return db.$transaction(async (tx) => {
    const existing = await tx.section.findUnique({ where: { id }, select: { id: true } });
    if (!existing) throw new TaxonomyError('That section no longer exists.', undefined, 404);
    return tx.section.update({ where: { id }, data });
  });
}

/** Sets the order of sections: `ids` lists every section, first to last. */
export async function reorderSections(db: PrismaClient, ids: string[]) {
  const list = parse(z.array(idOf('section')).min(1, 'No sections to order.'), ids);
  return db.$transaction(async (tx) => {
    const all = await tx.section.findMany({ select: { id: true } });
    const known = new Set(all.map((s) => s.id));
    if (new Set(list).size !== list.length || list.length !== known.size || !list.every((id) => known.has(id))) {
      throw new TaxonomyError('The list of sections changed meanwhile. Reload the page and try again.', undefined, 409);
    }
    for (const [position, id] of list.entries()) await tx.section.update({ where: { id }, data: { position } });
    return list;
  });
}

/** Moves one section up or down by one place (positions are renumbered 0..n-1). */
export async function moveSection(db: PrismaClient, id: string, direction: 'up' | 'down') {
  const sectionId = parse(idOf('section'), id);
  const order = (await db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true } })).map((s) => s.id);
  const i = order.indexOf(sectionId);
  if (i < 0) throw new TaxonomyError('That section no longer exists.', undefined, 404);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (j >= 0 && j < order.length) [order[i], order[j]] = [order[j], order[i]];
  return reorderSections(db, order);
}

export async function deleteSection(db: PrismaClient, id: string) {
  const sectionId = parse(idOf('section'), id);
  return db.$transaction(async (tx) => {
    const section = await tx.section.findUnique({ where: { id: sectionId }, select: { id: true, name: true, _count: { select: { articles: true } } } });
    if (!section) throw new TaxonomyError('That section no longer exists.', undefined, 404);
    const used = section._count.articles;
    if (used > 0) {
      throw new TaxonomyError(
        `The section “${section.name}” cannot be deleted: ${used} article${used === 1 ? ' is' : 's are'} filed in it. Move ${used === 1 ? 'it' : 'them'} to another section first.`,
        undefined,
        409,
      );
    }
    await tx.section.delete({ where: { id: sectionId } });
    return { id: section.id, name: section.name };
  });
}

// ---------------------------------------------------------------------------
// Tags

export async function listTags(db: PrismaClient) {
  return db.tag.findMany({ orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true, _count: { select: { articles: true } } } });
}

export async function createTag(db: PrismaClient, input: z.input<typeof tagInputSchema>) {
  const data = parse(tagInputSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const clash = await tx.tag.findUnique({ where: { slug: data.slug }, select: { name: true } });
      if (clash) throw new TaxonomyError(`Slug “${data.slug}” is already used by the tag “${clash.name}”.`, 'slug', 409);
      return tx.tag.create({ data });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new TaxonomyError(`Slug “${data.slug}” is already used by another tag.`, 'slug', 409);
    throw err;
  }
}

/** Renames a tag (its slug, part of public URLs, stays). Returns the ids of articles showing it. */
export async function renameTag(db: PrismaClient, input: z.input<typeof tagRenameSchema>) {
  const { id, name } = parse(tagRenameSchema, input);
  return db.$transaction(async (tx) => {
    const existing = await tx.tag.findUnique({ where: { id }, select: { id: true } });
    if (!existing) throw new TaxonomyError('That tag no longer exists.', undefined, 404);
    const tag = await tx.tag.update({ where: { id }, data: { name } });
    const articles = await tx.articleTag.findMany({ where: { tagId: id }, select: { articleId: true } });
    return { tag, articleIds: articles.map((a) => a.articleId) };
  });
}

/** Deletes a tag, removing it from every article. Returns the ids of those articles. */
export async function deleteTag(db: PrismaClient, id: string) {
  const tagId = parse(idOf('tag'), id);
  return db.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id: tagId }, select: { id: true, name: true } });
    if (!tag) throw new TaxonomyError('That tag no longer exists.', undefined, 404);
    const articles = await tx.articleTag.findMany({ where: { tagId }, select: { articleId: true } });
    await tx.articleTag.deleteMany({ where: { tagId } });
    await tx.tag.delete({ where: { id: tagId } });
    return { tag, articleIds: articles.map((a) => a.articleId) };
  });
}

// ---------------------------------------------------------------------------
// Authors

export async function listAuthors(db: PrismaClient) {
  return db.author.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      slug: true,
      name: true,
      jobTitle: true,
      bio: true,
      photoId: true,
      photo: { select: { id: true, filename: true, width: true, height: true, alt: true } },
      _count: { select: { articles: true } },
    },
  });
}

async function checkAuthor(tx: Pick<PrismaClient, 'author' | 'media'>, data: { slug: string; photoId: string | null }, exceptId?: string) {
  const clash = await tx.author.findUnique({ where: { slug: data.slug }, select: { id: true, name: true } });
  if (clash && clash.id !== exceptId) throw new TaxonomyError(`Slug “${data.slug}” is already used by the author “${clash.name}”.`, 'slug', 409);
  if (data.photoId && !(await tx.media.findUnique({ where: { id: data.photoId }, select: { id: true } }))) {
    throw new TaxonomyError('Photo: that image is no longer in the library.', 'photoId');
  }
}

export async function createAuthor(db: PrismaClient, input: AuthorInput) {
  const data = parse(authorInputSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await checkAuthor(tx, data);
      return tx.author.create({ data });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new TaxonomyError(`Slug “${data.slug}” is already used by another author.`, 'slug', 409);
    throw err;
  }
}

/** Edits an author. Returns the author, their old slug and the ids of articles crediting them. */
export async function updateAuthor(db: PrismaClient, input: z.input<typeof authorUpdateSchema>) {
  const { id, ...data } = parse(authorUpdateSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.author.findUnique({ where: { id }, select: { id: true, slug: true } });
      if (!existing) throw new TaxonomyError('That author no longer exists.', undefined, 404);
      await checkAuthor(tx, data, id);
      const author = await tx.author.update({ where: { id }, data });
      const articles = await tx.articleAuthor.findMany({ where: { authorId: id }, select: { articleId: true } });
      return { author, previousSlug: existing.slug, articleIds: articles.map((a) => a.articleId) };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new TaxonomyError(`Slug “${data.slug}” is already used by another author.`, 'slug', 409);
    throw err;
  }
}

export async function deleteAuthor(db: PrismaClient, id: string) {
  const authorId = parse(idOf('author'), id);
  return db.$transaction(async (tx) => {
    const author = await tx.author.findUnique({ where: { id: authorId }, select: { id: true, name: true, _count: { select: { articles: true } } } });
    if (!author) throw new TaxonomyError('That author no longer exists.', undefined, 404);
    const used = author._count.articles;
    if (used > 0) {
      throw new TaxonomyError(
        `The author “${author.name}” cannot be deleted: ${used} article${used === 1 ? ' credits' : 's credit'} them. Remove them from ${used === 1 ? 'that article' : 'those articles'} first.`,
        undefined,
        409,
      );
    }
    await tx.author.delete({ where: { id: authorId } });
    return { id: author.id, name: author.name };
  });
}
